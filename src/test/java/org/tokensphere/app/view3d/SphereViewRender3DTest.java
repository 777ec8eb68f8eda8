package org.tokensphere.app.view3d;

import static org.tokensphere.app.FxTestSupport.onFx;
import static org.tokensphere.app.FxTestSupport.waitPulses;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicReference;
import javafx.application.ConditionalFeature;
import javafx.application.Platform;
import javafx.embed.swing.SwingFXUtils;
import javafx.geometry.Point3D;
import javafx.scene.Scene;
import javafx.scene.image.Image;
import javafx.scene.image.PixelReader;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledIfSystemProperty;
import org.tokensphere.app.FxTestSupport;

/**
 * Renders a SphereView on a real display with the GL pipeline (run under Xvfb with
 * -Dprism.forceGPU=true) and checks what a person would see: red tokens at the poles, the
 * background around the sphere, the translucent sphere in the middle.
 *
 * <p>It belongs to the {@code render3d} surefire execution. {@code -Dtest=...} overrides the
 * {@code default-test} execution's exclude of {@code *Render3DTest}, so without the guard below
 * it would also run under Monocle headless, which has no 3D, and fail there before the
 * {@code render3d} execution gets its turn. On a real display it fails (never skips) without 3D.
 */
@DisabledIfSystemProperty(named = "glass.platform", matches = "Monocle",
        disabledReason = "3D needs the render3d execution (real display, GL pipeline)")
class SphereViewRender3DTest {

    private static final int SIZE = 600;
    private static final long SEED = 7L;
    private static Stage stage;
    private static Stage stage2;

    private static boolean toolkitStarted;

    @BeforeAll
    static void startToolkit() throws Exception {
        FxTestSupport.startToolkit();
        toolkitStarted = true;
    }

    @AfterAll
    static void closeStage() throws Exception {
        if (!toolkitStarted) {
            return;
        }
        onFx(() -> {
            if (stage != null) {
                stage.close();
            }
            return null;
        });
    }

    /** 500 tokens: half in a 12° cap around +z, half around −z. */
    private static float[] polarClusters(int n) {
        SplittableRandom rng = new SplittableRandom(SEED);
        float[] xyz = new float[3 * n];
        for (int i = 0; i < n; i++) {
            double polar = Math.toRadians(12) * Math.sqrt(rng.nextDouble());
            double azimuth = 2 * Math.PI * rng.nextDouble();
            double sign = i % 2 == 0 ? 1 : -1;
            xyz[3 * i] = (float) (Math.sin(polar) * Math.cos(azimuth));
            xyz[3 * i + 1] = (float) (Math.sin(polar) * Math.sin(azimuth));
            xyz[3 * i + 2] = (float) (sign * Math.cos(polar));
        }
        return xyz;
    }

    @Test
    void tokensAtThePolesAreRedOnTheDarkBackground() throws Exception {
        assertTrue(Platform.isSupported(ConditionalFeature.SCENE3D),
                "SCENE3D not supported: run on a GL display with -Dprism.forceGPU=true");
        int n = 500;
        float[] xyz = polarClusters(n);
        AtomicReference<SphereView> viewRef = new AtomicReference<>();
        onFx(() -> {
            SphereView view = new SphereView(SIZE, SIZE);
            view.setPalette(new Color[] {Color.RED});
            view.setDarkBackground(true);
            view.setTokenSize(0.025);
            view.setTokens(xyz, n, new int[n]);
            stage = new Stage();
            stage.setScene(new Scene(view));
            stage.show();
            viewRef.set(view);
            return null;
        });
        waitPulses(4);
        SphereView view = viewRef.get();
        Image image = onFx(() -> view.snapshot(1));
        File png = new File("target/sphereview-render3d.png");
        save(image, png);
        Image image2 = onFx(() -> view.snapshot(2));
        save(image2, new File("target/sphereview-render3d-x2.png"));
        assertEquals(2 * SIZE, image2.getWidth(), 0.5, "snapshot(2) doubles the size");

        Point3D north = onFx(() -> view.tokenNode().localToScene(0, 0, 1, true));
        Point3D south = onFx(() -> view.tokenNode().localToScene(0, 0, -1, true));
        Point3D centre = onFx(() -> view.tokenNode().localToScene(0, 0, 0, true));
        Color bg = view.background();
        PixelReader px = image.getPixelReader();
        String where = " (snapshot " + png.getAbsolutePath() + ")";

        assertTrue(north.getY() < centre.getY() - 150, "+z projects to the upper part: " + north);
        assertTrue(south.getY() > centre.getY() + 150, "-z projects to the lower part: " + south);
        int redNorth = countReddish(px, north, 20);
        int redSouth = countReddish(px, south, 20);
        assertTrue(redNorth > 200, "red pixels around +z: " + redNorth + where);
        assertTrue(redSouth > 100, "red pixels around -z (behind the sphere face): " + redSouth + where);
        double brightNorth = meanRed(px, north, 20);
        double brightSouth = meanRed(px, south, 20);
        assertTrue(brightNorth > brightSouth + 0.1, "far-side (-z) tokens are dimmed: mean red "
                + brightSouth + " vs near side " + brightNorth + where);

        assertClose(bg, px.getColor(3, 3), "top-left corner is background" + where);
        assertClose(bg, px.getColor(SIZE - 4, SIZE - 4), "bottom-right corner is background" + where);
        // left of the sphere at the height of its centre: no tokens, no sphere
        int leftX = (int) (centre.getX() - 0.42 * SIZE);
        assertClose(bg, px.getColor(leftX, (int) centre.getY()), "left of the sphere" + where);
        assertEquals(0, countReddish(px, new Point3D(leftX + 20, centre.getY(), 0), 15),
                "no red left of the sphere" + where);

        Color mid = px.getColor((int) centre.getX(), (int) centre.getY());
        assertTrue(distance(bg, mid) > 0.05, "sphere visible at the centre: " + mid + " vs " + bg + where);
        assertEquals(0, countReddish(px, centre, 15), "no tokens at the equator" + where);
    }

    @Test
    void clickingATokenReportsItsIndex() throws Exception {
        assertTrue(Platform.isSupported(ConditionalFeature.SCENE3D), "SCENE3D not supported");
        // three tokens on the visible side: front of the equator, left, and up towards +z
        float[] xyz = {
            0.5f, -0.866f, 0f,
            -0.6f, -0.8f, 0f,
            0f, -0.8f, 0.6f,
        };
        AtomicReference<SphereView> viewRef = new AtomicReference<>();
        java.util.List<Integer> picked = java.util.Collections.synchronizedList(new java.util.ArrayList<>());
        onFx(() -> {
            SphereView view = new SphereView(SIZE, SIZE);
            view.setTokenSize(0.03);
            view.setTokens(xyz, 3, new int[] {0, 1, 0});
            view.setOnTokenPicked(picked::add);
            Stage s = new Stage();
            s.setScene(new Scene(view));
            s.setX(0);
            s.setY(0);
            s.show();
            stage2 = s;
            viewRef.set(view);
            return null;
        });
        waitPulses(4);
        SphereView view = viewRef.get();
        javafx.scene.robot.Robot[] robot = new javafx.scene.robot.Robot[1];
        onFx(() -> robot[0] = new javafx.scene.robot.Robot());
        for (int token : new int[] {2, 0, 1}) {
            // on the marker, then 8 px beside its centre: off the ~7 px marker, inside the
            // 10 px slop of the nearest-token fallback
            for (double offset : new double[] {0, 8}) {
                javafx.geometry.Point2D at = onFx(() -> view.tokenNode().localToScreen(
                        xyz[3 * token], xyz[3 * token + 1], xyz[3 * token + 2]));
                int before = picked.size();
                onFx(() -> {
                    robot[0].mouseMove(at.getX() + offset, at.getY());
                    robot[0].mouseClick(javafx.scene.input.MouseButton.PRIMARY);
                    return null;
                });
                waitPulses(3);
                assertEquals(before + 1, picked.size(), "one pick for token " + token + " offset " + offset);
                assertEquals(token, picked.get(before), "picked token at offset " + offset);
                Thread.sleep(400); // let the next click not count as a double-click
            }
        }
        onFx(() -> {
            stage2.close();
            return null;
        });
    }

    @Test
    void circleModeLooksDownZWithTrails() throws Exception {
        assertTrue(Platform.isSupported(ConditionalFeature.SCENE3D), "SCENE3D not supported");
        int n = 60;
        float[] xyz = new float[3 * n];
        int[] colours = new int[n];
        AtomicReference<SphereView> viewRef = new AtomicReference<>();
        onFx(() -> {
            SphereView view = new SphereView(SIZE, SIZE);
            view.setPalette(new Color[] {Color.RED, Color.LIME, Color.DODGERBLUE});
            view.setCircleMode(true);
            view.setTrails(true, 10);
            view.setTokenSize(0.03);
            Stage s = new Stage();
            s.setScene(new Scene(view));
            s.show();
            stage2 = s;
            viewRef.set(view);
            return null;
        });
        SphereView view = viewRef.get();
        // tokens in the first quadrant arc, moving counter-clockwise for 10 frames
        for (int frame = 0; frame < 10; frame++) {
            for (int i = 0; i < n; i++) {
                double a = Math.toRadians(90.0 * i / n + 3 * frame);
                xyz[3 * i] = (float) Math.cos(a);
                xyz[3 * i + 1] = (float) Math.sin(a);
                colours[i] = i % 3;
            }
            onFx(() -> {
                view.setTokens(xyz, n, colours);
                return null;
            });
            waitPulses(1);
        }
        waitPulses(2);
        Image image = onFx(() -> view.snapshot(1));
        save(image, new File("target/sphereview-circle.png"));
        Point3D centre = onFx(() -> view.tokenNode().localToScene(0, 0, 0, true));
        Point3D east = onFx(() -> view.tokenNode().localToScene(1, 0, 0, true));
        Point3D north = onFx(() -> view.tokenNode().localToScene(0, 1, 0, true));
        Point3D south = onFx(() -> view.tokenNode().localToScene(0, -1, 0, true));
        assertTrue(east.getX() > centre.getX() + 150 && Math.abs(east.getY() - centre.getY()) < 2,
                "+x to the right: " + east);
        assertTrue(north.getY() < centre.getY() - 150 && Math.abs(north.getX() - centre.getX()) < 2,
                "+y up: " + north);
        PixelReader px = image.getPixelReader();
        Color ring = px.getColor((int) Math.round(south.getX()), (int) Math.round(south.getY()));
        assertTrue(distance(view.background(), ring) > 0.3, "unit circle drawn at -y: " + ring);
        assertClose(view.background(), px.getColor((int) centre.getX(), (int) centre.getY()),
                "no sphere in circle mode");
        // token 0 (red) passed 21° two frames ago; no token is there now, only its trail dab,
        // looked at 0.01 inside the ring line
        Point3D dab = onFx(() -> view.tokenNode().localToScene(
                0.99 * Math.cos(Math.toRadians(21)), 0.99 * Math.sin(Math.toRadians(21)), 0, true));
        assertTrue(countReddish(px, dab, 2) > 0, "red trail dab at 21°: "
                + px.getColor((int) dab.getX(), (int) dab.getY()));
        onFx(() -> {
            stage2.close();
            return null;
        });
    }

    @Test
    void axesTrailsAndLightBackground() throws Exception {
        assertTrue(Platform.isSupported(ConditionalFeature.SCENE3D), "SCENE3D not supported");
        int n = 2000;
        SplittableRandom rng = new SplittableRandom(SEED);
        float[] xyz = new float[3 * n];
        int[] colours = new int[n];
        for (int i = 0; i < n; i++) {
            double z = 2 * rng.nextDouble() - 1;
            double phi = 2 * Math.PI * rng.nextDouble();
            double r = Math.sqrt(1 - z * z);
            xyz[3 * i] = (float) (r * Math.cos(phi));
            xyz[3 * i + 1] = (float) (r * Math.sin(phi));
            xyz[3 * i + 2] = (float) z;
            colours[i] = z > 0 ? 0 : 1;
        }
        AtomicReference<SphereView> viewRef = new AtomicReference<>();
        onFx(() -> {
            SphereView view = new SphereView(SIZE, SIZE);
            view.setDarkBackground(false);
            view.setTokenSize(0.012);
            view.setTrails(true, 6);
            view.setAxis(AxisKind.POLE_AXIS, new double[] {0, 0, 1});
            view.setAxis(AxisKind.ATTRACTOR, new double[] {1, 0, 0});
            view.setAxis(AxisKind.BIAS, new double[] {0, -1, 1});
            Stage s = new Stage();
            s.setScene(new Scene(view));
            s.show();
            stage2 = s;
            viewRef.set(view);
            return null;
        });
        SphereView view = viewRef.get();
        for (int frame = 0; frame < 6; frame++) {
            double a = Math.toRadians(2);
            for (int i = 0; i < n; i++) { // turn about z by 2° per frame
                float x = xyz[3 * i];
                float y = xyz[3 * i + 1];
                xyz[3 * i] = (float) (Math.cos(a) * x - Math.sin(a) * y);
                xyz[3 * i + 1] = (float) (Math.sin(a) * x + Math.cos(a) * y);
            }
            onFx(() -> {
                view.setTokens(xyz, n, colours);
                return null;
            });
            waitPulses(1);
        }
        waitPulses(2);
        Image image = onFx(() -> view.snapshot(1));
        save(image, new File("target/sphereview-axes-light.png"));
        PixelReader px = image.getPixelReader();
        assertClose(view.background(), px.getColor(3, 3), "light background in the corner");
        Point3D attractorTip = onFx(() -> view.tokenNode().localToScene(1.2, 0, 0, true));
        Color arrow = px.getColor((int) Math.round(attractorTip.getX()), (int) Math.round(attractorTip.getY()));
        assertTrue(arrow.getRed() > arrow.getGreen() + 0.2 && arrow.getBlue() > arrow.getGreen() + 0.2,
                "magenta attractor arrow outside the sphere at +x: " + arrow);
        onFx(() -> {
            stage2.close();
            return null;
        });
    }

    private static int countReddish(PixelReader px, Point3D at, int radius) {
        int count = 0;
        for (int y = (int) at.getY() - radius; y <= (int) at.getY() + radius; y++) {
            for (int x = (int) at.getX() - radius; x <= (int) at.getX() + radius; x++) {
                if (x < 0 || y < 0 || x >= SIZE || y >= SIZE) {
                    continue;
                }
                Color c = px.getColor(x, y);
                if (c.getRed() > 0.3 && c.getRed() > c.getGreen() + 0.15 && c.getRed() > c.getBlue() + 0.1) {
                    count++;
                }
            }
        }
        return count;
    }

    /** Mean red channel of the red-ish pixels in the square. */
    private static double meanRed(PixelReader px, Point3D at, int radius) {
        double sum = 0;
        int count = 0;
        for (int y = (int) at.getY() - radius; y <= (int) at.getY() + radius; y++) {
            for (int x = (int) at.getX() - radius; x <= (int) at.getX() + radius; x++) {
                Color c = px.getColor(x, y);
                if (c.getRed() > 0.3 && c.getRed() > c.getGreen() + 0.15 && c.getRed() > c.getBlue() + 0.1) {
                    sum += c.getRed();
                    count++;
                }
            }
        }
        return count == 0 ? 0 : sum / count;
    }

    private static double distance(Color a, Color b) {
        return Math.abs(a.getRed() - b.getRed()) + Math.abs(a.getGreen() - b.getGreen())
                + Math.abs(a.getBlue() - b.getBlue());
    }

    private static void assertClose(Color expected, Color actual, String message) {
        assertTrue(distance(expected, actual) < 0.03, message + ": " + actual + " vs " + expected);
    }

    private static void save(Image image, File file) throws IOException {
        file.getParentFile().mkdirs();
        ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png", file);
    }
}
