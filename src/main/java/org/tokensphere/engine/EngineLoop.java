package org.tokensphere.engine;

import org.tokensphere.model.Params;
import org.tokensphere.model.Parallel;
import org.tokensphere.model.Simulation;
import org.tokensphere.model.TokenPairs;

import java.util.Arrays;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;

/**
 * What the engine thread does: runs the commands {@link SimulationEngine} posts, steps, publishes frames, and
 * turns every failure into a pause with a message — nothing a step or a measurement throws ends the thread.
 * All its state belongs to the engine thread.
 */
final class EngineLoop {
    private final BlockingQueue<Runnable> commands;
    private final AtomicReference<Frame> latest;
    private final BooleanSupplier closed;
    private final RunSlots runs;
    private final FrameAssembler frames;
    private final Pacing pacing = new Pacing();
    private boolean running;
    private int stepsRequested;
    private int[][] pairs;
    private String message = "";
    /** The traced pairs of the run set aside by {@link #loadAside}, or null. */
    private int[][] asidePairs;

    /** The loop for a run of {@code p}; publishes its first frame (on the calling thread). */
    EngineLoop(Params p, Parallel workers, int bins, Measurer measurer, BlockingQueue<Runnable> commands,
               AtomicReference<Frame> latest, BooleanSupplier closed) {
        this.commands = commands;
        this.latest = latest;
        this.closed = closed;
        this.frames = new FrameAssembler(measurer);
        this.pairs = TokenPairs.defaults(p.n());
        this.runs = new RunSlots(p, workers, bins);
        publish();
    }

    /** Runs until closed, then closes the runs: only here, after the last step, never from another thread. */
    void run() {
        try {
            while (!closed.getAsBoolean()) {
                try {
                    iterate();
                } catch (InterruptedException e) {
                    // close() interrupts; the loop condition ends the thread.
                } catch (RuntimeException | Error e) {
                    failed(e);
                }
            }
        } finally {
            runs.close();
        }
    }

    /** Runs the waiting commands, then one step (asked for) or one frame of stepping (playing). */
    private void iterate() throws InterruptedException {
        Runnable c = running || stepsRequested > 0 ? commands.poll() : commands.poll(50, TimeUnit.MILLISECONDS);
        boolean wasRunning = running;
        if (c != null) {
            do {
                c.run();
            } while ((c = commands.poll()) != null);
            pacing.restart(sim().time());
            if (!running && stepsRequested == 0) {
                if (wasRunning) {
                    publish();
                }
                return;
            }
        }
        if (stepsRequested > 0) {
            stepsRequested--;
            sim().step();
            publish();
        } else if (running) {
            pacing.stepFrame(sim(), this::interrupted);
            publish();
            pacing.rest(this::interrupted);
        }
    }

    private boolean interrupted() {
        return !commands.isEmpty() || closed.getAsBoolean();
    }

    // Commands (engine thread).

    void play() {
        running = healthy();
    }

    void pause() {
        running = false;
    }

    void togglePlay() {
        running = !running && healthy();
    }

    void stepOnce() {
        running = false;
        if (healthy()) {
            stepsRequested++;
        }
    }

    void reset() {
        restart(sim().params());
    }

    void replaySameNoise() {
        Params p = sim().params();
        restart(p.toBuilder().init(p.init().nextVariant()).build());
    }

    void newSeed() {
        Params p = sim().params();
        restart(p.toBuilder().seed(p.seed() + 1).build());
    }

    void undoReset() {
        if (runs.undo()) {
            message = "Reset undone";
            if (healthy()) {
                publish();
            }
        }
    }

    void setParams(Params p) {
        Params old = sim().params();
        boolean structural = p.n() != old.n() || p.d() != old.d() || p.seed() != old.seed()
                || !p.init().equals(old.init());
        try {
            if (structural) {
                restart(p);
            } else {
                boolean wasBroken = runs.current().broken();
                if (!healthy()) {
                    return;
                }
                sim().setParams(p);
                message = wasBroken ? message : "";
                publish();
            }
        } catch (IllegalArgumentException e) {
            refused(e.getMessage());
        }
    }

    void load(Params p, int[][] chosen) {
        int[][] before = pairs;
        // Set before the restart, so the one frame it publishes already traces the chosen pairs.
        pairs = TokenPairs.valid(chosen, p.n()) ? chosen : TokenPairs.defaults(p.n());
        try {
            restart(p);
        } catch (IllegalArgumentException e) {
            pairs = before;
            refused(e.getMessage());
        }
    }

    void loadAside(Params p, int[][] chosen) {
        EngineRun next;
        try {
            next = runs.start(p);
        } catch (IllegalArgumentException e) {
            refused(e.getMessage());
            return;
        }
        if (!runs.hasAside()) {
            asidePairs = pairs;
        }
        runs.setAside(next);
        pairs = TokenPairs.valid(chosen, p.n()) ? chosen : TokenPairs.defaults(p.n());
        message = "";
        publish();
    }

    void bringBack() {
        if (runs.bringBack()) {
            pairs = asidePairs;
            asidePairs = null;
            message = "Back to your run";
            publish();
        }
    }

    void setSpeed(double simulatedTimePerSecond) {
        pacing.setSpeed(simulatedTimePerSecond);
    }

    void setPairs(int[][] chosen) {
        int n = sim().n();
        for (int[] pr : chosen) {
            String problem = pr.length == 2 ? TokenPairs.problem(pr[0], pr[1], n) : "is not two tokens";
            if (problem != null) {
                refused("pair " + Arrays.toString(pr) + " " + problem);
                return;
            }
        }
        if (healthy()) {
            runs.current().history.remapPairs(pairs, chosen);
            pairs = chosen;
            publish();
        }
    }

    /** The current simulation (for the engine thread's own use and tests). */
    Simulation sim() {
        return runs.current().sim;
    }

    /** A step, a measurement or a command failed: the run is broken until it is put back at its checkpoint. */
    private void failed(Throwable e) {
        running = false;
        stepsRequested = 0;
        message = runs.current().fail(e);
        try {
            publish();
        } catch (RuntimeException | Error again) {
            // The last frame stays; the loop goes on.
        }
    }

    /** True when the current run can step: it is not broken, or it was and is back at its last good state. */
    private boolean healthy() {
        EngineRun run = runs.current();
        if (!run.broken()) {
            return true;
        }
        String resumed = run.recover();
        if (resumed == null) {
            message = "Cannot resume: this run has no good state; reset it or change n, d, the seed or the start";
            publish();
            return false;
        }
        message = resumed;
        return true;
    }

    private void refused(String why) {
        message = "Refused: " + why;
        publish();
    }

    private void restart(Params p) {
        runs.replace(runs.start(p));
        if (!TokenPairs.valid(pairs, p.n())) {
            pairs = TokenPairs.defaults(p.n());
        }
        message = "";
        publish();
    }

    /** Publishes the current run's frame; a broken run's last good frame again, with the error, unmeasured. */
    private void publish() {
        long start = System.nanoTime();
        EngineRun run = runs.current();
        latest.set(run.broken() ? frames.failed(run, latest.get(), message)
                : frames.assemble(run, pairs, running ? EngineStatus.RUNNING : EngineStatus.PAUSED, message,
                        pacing.stepsPerSecond(), runs.canUndo()));
        pacing.published(System.nanoTime() - start);
    }
}
