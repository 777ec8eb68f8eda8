package org.tokensphere.app.view3d;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.SplittableRandom;
import javafx.animation.AnimationTimer;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.SceneAntialiasing;
import javafx.scene.paint.Color;
import javafx.stage.Stage;

/**
 * A window with N random tokens (default 20 000) turning slowly about a wandering axis, for a
 * person to look at and for a rough frame-rate measurement. Prints, every 2 s, the frames per
 * second and the FX-thread CPU time per frame spent in {@link SphereView#setTokens}.
 *
 * <p>System properties: {@code demo.n} (tokens), {@code demo.trails} (frames, 0 = off),
 * {@code demo.seconds} (quit after that many seconds, 0 = stay open), {@code demo.autoRotate},
 * {@code demo.static} (tokens do not move: with autoRotate this measures drawing alone),
 * {@code demo.aa} (false: no multisampling, for software OpenGL).
 * Under Xvfb run with {@code -Dprism.forceGPU=true}. Seeded (42).
 */
public final class SphereViewDemo {

    private static final int HUES = 12;

    /** The JavaFX application; kept nested so that {@code main} runs from the class path. */
    public static final class App extends Application {
        @Override
        public void start(Stage stage) {
            show(stage);
        }
    }

    private static void show(Stage stage) {
        int n = Integer.getInteger("demo.n", 20_000);
        int trails = Integer.getInteger("demo.trails", 0);
        int seconds = Integer.getInteger("demo.seconds", 0);
        boolean moving = !Boolean.getBoolean("demo.static");
        SplittableRandom rng = new SplittableRandom(42);

        float[] xyz = new float[3 * n];
        int[] colours = new int[n];
        for (int i = 0; i < n; i++) {
            double z = 2 * rng.nextDouble() - 1;
            double phi = 2 * Math.PI * rng.nextDouble();
            double r = Math.sqrt(1 - z * z);
            xyz[3 * i] = (float) (r * Math.cos(phi));
            xyz[3 * i + 1] = (float) (r * Math.sin(phi));
            xyz[3 * i + 2] = (float) z;
            colours[i] = (int) (HUES * phi / (2 * Math.PI)) % HUES; // hue by initial longitude
        }
        Color[] hueWheel = new Color[HUES];
        for (int k = 0; k < HUES; k++) {
            hueWheel[k] = Color.hsb(360.0 * k / HUES, 0.75, 0.95);
        }

        SphereView view = new SphereView(1200, 900, Boolean.parseBoolean(
                System.getProperty("demo.aa", "true")) ? SceneAntialiasing.BALANCED : SceneAntialiasing.DISABLED);
        view.setPalette(hueWheel);
        view.setTokenSize(0.008);
        view.setTrails(trails > 0, Math.max(1, trails));
        view.setAxis(AxisKind.POLE_AXIS, new double[] {0, 0, 1});
        view.setAxis(AxisKind.BIAS, new double[] {0.6, -0.3, 0.74});
        view.setAutoRotate(Boolean.getBoolean("demo.autoRotate"));
        view.setTokens(xyz, n, colours);
        stage.setTitle("SphereView demo: " + n + " tokens");
        stage.setScene(new Scene(view));
        stage.show();

        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        double[] axis = {0.3, 0.5, 0.81};
        new AnimationTimer() {
            private long windowStart = -1;
            private long started = -1;
            private int frames;
            private long cpuNanos;
            private long wallNanos;

            @Override
            public void handle(long now) {
                if (started < 0) {
                    started = now;
                    windowStart = now;
                }
                long cpu0 = threads.getCurrentThreadCpuTime();
                long wall0 = System.nanoTime();
                if (moving) {
                    wanderAndTurn(axis, rng, xyz, n, Math.toRadians(0.3));
                    view.setTokens(xyz, n, colours);
                }
                wallNanos += System.nanoTime() - wall0;
                cpuNanos += threads.getCurrentThreadCpuTime() - cpu0;
                frames++;
                if (now - windowStart >= 2_000_000_000L) {
                    double s = (now - windowStart) * 1e-9;
                    System.out.printf("n=%d fps=%.1f turn+setTokens cpu=%.2f ms wall=%.2f ms per frame%n",
                            n, frames / s, cpuNanos * 1e-6 / frames, wallNanos * 1e-6 / frames);
                    windowStart = now;
                    frames = 0;
                    cpuNanos = 0;
                    wallNanos = 0;
                }
                if (seconds > 0 && now - started > seconds * 1_000_000_000L) {
                    Platform.exit();
                }
            }
        }.start();
    }

    /** Lets the unit axis wander a little, then turns all tokens about it by {@code angle}. */
    private static void wanderAndTurn(double[] axis, SplittableRandom rng, float[] xyz, int n,
            double angle) {
        double len = 0;
        for (int k = 0; k < 3; k++) {
            axis[k] += 0.02 * (rng.nextDouble() - 0.5);
            len += axis[k] * axis[k];
        }
        len = Math.sqrt(len);
        double x = axis[0] / len;
        double y = axis[1] / len;
        double z = axis[2] / len;
        double c = Math.cos(angle);
        double s = Math.sin(angle);
        double t = 1 - c;
        // Rodrigues rotation matrix
        float m00 = (float) (t * x * x + c);
        float m01 = (float) (t * x * y - s * z);
        float m02 = (float) (t * x * z + s * y);
        float m10 = (float) (t * x * y + s * z);
        float m11 = (float) (t * y * y + c);
        float m12 = (float) (t * y * z - s * x);
        float m20 = (float) (t * x * z - s * y);
        float m21 = (float) (t * y * z + s * x);
        float m22 = (float) (t * z * z + c);
        for (int i = 0; i < 3 * n; i += 3) {
            float px = xyz[i];
            float py = xyz[i + 1];
            float pz = xyz[i + 2];
            xyz[i] = m00 * px + m01 * py + m02 * pz;
            xyz[i + 1] = m10 * px + m11 * py + m12 * pz;
            xyz[i + 2] = m20 * px + m21 * py + m22 * pz;
        }
    }

    public static void main(String[] args) {
        Application.launch(App.class, args);
    }
}
