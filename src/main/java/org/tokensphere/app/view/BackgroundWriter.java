package org.tokensphere.app.view;

import javafx.application.Platform;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.DoubleConsumer;

/**
 * Writes the window's files (snapshots, CSV exports) off the FX thread, one after another on one background
 * thread, with a progress bar in the status bar; then the status bar says where the file went or, plainly, why
 * it could not be written. Writers go through {@code AtomicFile}, so a failure leaves no half-written file.
 * Called on the FX thread.
 */
final class BackgroundWriter {
    /** Writing one file; throws {@link IllegalArgumentException} with a readable reason when it cannot. */
    @FunctionalInterface
    interface Work {
        /** Writes the file, telling {@code progress} the fraction done (0 to 1) now and then. */
        void write(DoubleConsumer progress);
    }

    private final StatusBar status;
    private final ExecutorService thread = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "tokensphere-writer");
        t.setDaemon(true);
        return t;
    });
    private int active;

    BackgroundWriter(StatusBar status) {
        this.status = status;
    }

    /**
     * Runs {@code work} on the writing thread, showing {@code busy} with its progress meanwhile, then {@code done},
     * or {@code failurePrefix} and the reason. The future completes, after the status bar says so, with null or the
     * reason of the failure.
     */
    CompletableFuture<String> write(String busy, Work work, String done, String failurePrefix) {
        active++;
        status.work(busy, -1);
        CompletableFuture<String> result = new CompletableFuture<>();
        Progress progress = new Progress(busy);
        thread.execute(() -> {
            String failure = run(work, progress);
            Platform.runLater(() -> {
                active--;
                String text = failure == null ? done : failurePrefix + failure;
                if (active > 0) {
                    status.say(text);
                } else {
                    status.endWork(text);
                }
                result.complete(failure);
            });
        });
        return result;
    }

    private static String run(Work work, DoubleConsumer progress) {
        try {
            work.write(progress);
            return null;
        } catch (IllegalArgumentException e) {
            return e.getMessage();
        } catch (OutOfMemoryError e) {
            return "not enough memory for this file (try a smaller scale)";
        } catch (RuntimeException e) {
            return e.toString();
        }
    }

    /** Lets a write in progress finish (for a few seconds at most), so that no temporary file is left behind. */
    void close() {
        thread.shutdown();
        try {
            thread.awaitTermination(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Progress from the writing thread to the status bar: one update in flight at a time, the newest value. */
    private final class Progress implements DoubleConsumer {
        private final String text;
        private final AtomicLong latest = new AtomicLong();
        private final AtomicBoolean posted = new AtomicBoolean();

        Progress(String text) {
            this.text = text;
        }

        @Override
        public void accept(double fraction) {
            latest.set(Double.doubleToLongBits(fraction));
            if (posted.compareAndSet(false, true)) {
                Platform.runLater(() -> {
                    posted.set(false);
                    status.work(text, Double.longBitsToDouble(latest.get()));
                });
            }
        }
    }
}
