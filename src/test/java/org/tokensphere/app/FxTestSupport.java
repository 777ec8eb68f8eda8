package org.tokensphere.app;

import javafx.animation.AnimationTimer;
import javafx.application.Platform;

import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** Starting the JavaFX toolkit once per test JVM, and running code on its thread, for the 3D rendering tests. */
public final class FxTestSupport {
    private FxTestSupport() {
    }

    /**
     * Starts the toolkit (or finds it running) and keeps it alive between test classes. Without a display
     * {@code Platform.startup} throws, so a test fails here rather than hangs.
     */
    public static void startToolkit() throws InterruptedException {
        CountDownLatch started = new CountDownLatch(1);
        try {
            Platform.startup(started::countDown);
        } catch (IllegalStateException alreadyRunning) {
            started.countDown();
        }
        assertTrue(started.await(20, TimeUnit.SECONDS), "JavaFX toolkit did not start");
        Platform.setImplicitExit(false);
    }

    /** Runs {@code call} on the FX thread and returns its result; its failure fails the test. */
    public static <T> T onFx(Callable<T> call) throws Exception {
        AtomicReference<T> result = new AtomicReference<>();
        AtomicReference<Throwable> error = new AtomicReference<>();
        CountDownLatch done = new CountDownLatch(1);
        Platform.runLater(() -> {
            try {
                result.set(call.call());
            } catch (Throwable t) {
                error.set(t);
            } finally {
                done.countDown();
            }
        });
        assertTrue(done.await(30, TimeUnit.SECONDS), "FX call timed out");
        if (error.get() != null) {
            throw new AssertionError(error.get());
        }
        return result.get();
    }

    /** Waits until {@code n} pulses have run (an AnimationTimer frame is one pulse). */
    public static void waitPulses(int n) throws Exception {
        CountDownLatch frames = new CountDownLatch(n);
        onFx(() -> {
            new AnimationTimer() {
                @Override
                public void handle(long now) {
                    frames.countDown();
                    if (frames.getCount() == 0) {
                        stop();
                    }
                }
            }.start();
            return null;
        });
        assertTrue(frames.await(30, TimeUnit.SECONDS), "no pulses");
    }

    /** Waits up to {@code seconds} for {@code condition} to hold; fails naming {@code what}. */
    public static void await(String what, int seconds, Callable<Boolean> condition) {
        try {
            org.testfx.util.WaitForAsyncUtils.waitFor(seconds, TimeUnit.SECONDS, condition);
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("timed out waiting for: " + what, e);
        }
    }
}
