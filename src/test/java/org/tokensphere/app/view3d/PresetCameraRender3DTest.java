package org.tokensphere.app.view3d;

import javafx.application.ConditionalFeature;
import javafx.application.Platform;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Scene;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledIfSystemProperty;
import org.tokensphere.app.FxTestSupport;
import org.tokensphere.app.TokenPixels;
import org.tokensphere.app.viewmodel.CameraPose;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.File;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.tokensphere.app.FxTestSupport.onFx;
import static org.tokensphere.app.FxTestSupport.waitPulses;

/**
 * A preset's camera in the real 3D view (render3d execution: a display and the GL pipeline): the coordinate axes
 * appear in the picture where the presets' convention puts them, and the camera reads back as it was set. For
 * each axis {@code k} one token in its own colour (red, green, magenta: not the bluish sphere's hue) sits at
 * {@code 0.6·(±e_k)}, on the side facing the camera (inside the sphere, so that it stays in the picture at every
 * distance); in the snapshot its colour must lie right of or left of the centre, above or below it, as
 * {@link CameraPose#right()} and {@link CameraPose#up()} say. A blank picture, a camera turned the other way or
 * axes swapped fail.
 */
@DisabledIfSystemProperty(named = "glass.platform", matches = "Monocle",
        disabledReason = "3D needs the render3d execution (real display, GL pipeline)")
class PresetCameraRender3DTest {
    private static final int SIZE = 500;
    private static final Color[] AXIS_COLOURS = {Color.RED, Color.LIME, Color.MAGENTA};
    private static Stage stage;
    private static SphereView view;

    @BeforeAll
    static void show() throws Exception {
        FxTestSupport.startToolkit();
        onFx(() -> {
            view = new SphereView(SIZE, SIZE);
            view.setPalette(AXIS_COLOURS);
            view.setTokenSize(0.05);
            stage = new Stage();
            stage.setScene(new Scene(view));
            stage.show();
            return null;
        });
    }

    @AfterAll
    static void close() throws Exception {
        onFx(() -> {
            stage.close();
            return null;
        });
    }

    @Test
    void axesAppearWhereTheConventionPutsThemAndThePoseReadsBack() throws Exception {
        assertTrue(Platform.isSupported(ConditionalFeature.SCENE3D), "SCENE3D not supported");
        int shot = 0;
        for (CameraPose pose : new CameraPose[] {new CameraPose(30, 20, 4), new CameraPose(-120, -35, 6),
                new CameraPose(0, 90, 4), new CameraPose(75, 0, 3)}) {
            double[] toward = pose.towardViewer();
            double[] side = new double[3];
            float[] xyz = new float[9];
            for (int k = 0; k < 3; k++) {
                side[k] = toward[k] < 0 ? -1 : 1;
                xyz[3 * k + k] = (float) (0.6 * side[k]);
            }
            double[] read = onFx(() -> {
                view.setCamera(pose.azimuth(), pose.elevation(), pose.distance());
                view.setTokens(xyz, 3, new int[] {0, 1, 2});
                return view.camera();
            });
            assertEquals(pose.azimuth(), read[0], 1e-9);
            assertEquals(pose.elevation(), read[1], 1e-9);
            assertEquals(pose.distance(), read[2], 1e-9);
            waitPulses(3);
            BufferedImage img = SwingFXUtils.fromFXImage(onFx(() -> view.snapshot(1)), null);
            File png = new File("target/preset-camera-render3d-" + shot++ + ".png");
            ImageIO.write(img, "png", png);
            double[] right = pose.right();
            double[] up = pose.up();
            for (int k = 0; k < 3; k++) {
                TokenPixels.Blob blob = TokenPixels.find(img, AXIS_COLOURS[k], 15);
                String what = "token at " + (side[k] > 0 ? "+" : "−") + "0.6 e_" + (k + 1) + " seen from " + pose
                        + ": " + blob + " (snapshot " + png.getAbsolutePath() + ")";
                assertTrue(blob.count() >= 10, what);
                double screenRight = blob.x() - SIZE / 2.0;
                double screenUp = SIZE / 2.0 - blob.y();
                if (Math.abs(right[k]) > 0.2) {
                    assertEquals(Math.signum(side[k] * right[k]), Math.signum(screenRight), "right: " + what);
                    assertTrue(Math.abs(screenRight) > 20, "clearly right or left: " + what);
                }
                if (Math.abs(up[k]) > 0.2) {
                    assertEquals(Math.signum(side[k] * up[k]), Math.signum(screenUp), "up: " + what);
                    assertTrue(Math.abs(screenUp) > 20, "clearly above or below: " + what);
                }
            }
        }
    }
}
