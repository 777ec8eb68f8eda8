package org.tokensphere.app.view;

import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import org.tokensphere.model.ThreadBudget;
import org.tokensphere.sweep.Sweep;
import org.tokensphere.sweep.SweepProgress;
import org.tokensphere.sweep.SweepResult;
import org.tokensphere.sweep.SweepRunner;

import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

/**
 * One sweep of the Sweep window, run off the FX thread: a daemon thread drives {@link SweepRunner} on the
 * process's shared workers ({@link ThreadBudget}), in slices that hand the workers back so the main window's run
 * keeps stepping. The progress is handed over through one {@link AtomicReference} and read once a frame; the
 * result, a cancellation or a failure reaches the FX thread through {@link Platform#runLater}.
 */
final class SweepJob {
    private final AtomicBoolean cancelled = new AtomicBoolean();
    private final AtomicReference<SweepProgress> progress = new AtomicReference<>();
    private final AnimationTimer poll;
    private final Thread thread;

    /**
     * Starts {@code sweep}; {@code onProgress} hears the latest progress once a frame, then exactly one of
     * {@code onDone} (the result), {@code onStopped} (cancelled) or {@code onFailed} (the reason), all on the FX
     * thread.
     */
    SweepJob(Sweep sweep, Consumer<SweepProgress> onProgress, Consumer<SweepResult> onDone, Runnable onStopped,
             Consumer<String> onFailed) {
        poll = new AnimationTimer() {
            @Override
            public void handle(long now) {
                SweepProgress p = progress.getAndSet(null);
                if (p != null) {
                    onProgress.accept(p);
                }
            }
        };
        thread = new Thread(() -> {
            try {
                SweepResult r = SweepRunner.run(sweep, ThreadBudget.parallel(), cancelled::get, progress::set);
                Platform.runLater(() -> finish(() -> onDone.accept(r)));
            } catch (CancellationException e) {
                Platform.runLater(() -> finish(onStopped));
            } catch (RuntimeException e) {
                String why = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
                Platform.runLater(() -> finish(() -> onFailed.accept(why)));
            }
        }, "tokensphere-sweep");
        thread.setDaemon(true);
        poll.start();
        thread.start();
    }

    private void finish(Runnable then) {
        poll.stop();
        then.run();
    }

    /** Asks the sweep to stop; it stops within a step of every replica running. */
    void cancel() {
        cancelled.set(true);
    }
}
