package org.tokensphere.engine;

import org.tokensphere.model.Measurement;
import org.tokensphere.model.Params;
import org.tokensphere.model.Parallel;
import org.tokensphere.model.Simulation;
import org.tokensphere.model.TokenPairs;

import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

/**
 * The background simulation: its own thread steps a {@link Simulation} with a fixed time step, independent of
 * any frame rate, and publishes immutable {@link Frame}s through one {@link AtomicReference}; readers take the
 * newest and skip the rest, so a slow reader never blocks it. Commands and parameter changes may be posted from
 * any thread; they run on the engine thread at the next step boundary.
 *
 * <p>A failure — a step too large, a value that is not finite, an exception while measuring — pauses the engine
 * with a message naming the cause and shows the last good frame; it never ends the thread. Play (or a step, a
 * parameter change) first puts the run back at its last good state, saved in full at every frame published, from
 * where it continues exactly as it did the first time.
 *
 * <p>The pieces: {@link EngineLoop} (what the engine thread does), {@link RunSlots} and {@link EngineRun} (the run,
 * the one kept for undo, recovery), {@link Pacing} (how long to step between frames), {@link FrameAssembler}
 * (measuring, the checkpoint, the history, the frame).
 */
public final class SimulationEngine implements AutoCloseable {

    private final LinkedBlockingQueue<Runnable> commands = new LinkedBlockingQueue<>();
    private final AtomicReference<Frame> latest = new AtomicReference<>();
    private final EngineLoop loop;
    private final Thread thread;
    private volatile boolean closed;
    private long closeWaitMillis = 2000;

    /** An engine for {@code p}, paused at time 0, stepping tokens on {@code threads} threads of its own. */
    public SimulationEngine(Params p, int threads) {
        this(p, threads, Measurement.DEFAULT);
    }

    /** Likewise, with given measurement settings. */
    public SimulationEngine(Params p, int threads, Measurement measurement) {
        this(p, new Parallel(threads), true, measurement.bins(), measurement::measure);
    }

    /**
     * An engine for {@code p}, paused at time 0, stepping tokens on {@code workers} — the process's shared
     * {@link org.tokensphere.model.ThreadBudget#parallel()} in the app — which it uses but does not close.
     */
    public SimulationEngine(Params p, Parallel workers) {
        this(p, workers, false, Measurement.DEFAULT.bins(), Measurement.DEFAULT::measure);
    }

    /** The engine, measuring with {@code measurer} (tests give one that fails on purpose). */
    SimulationEngine(Params p, Parallel workers, boolean ownsWorkers, int bins, Measurer measurer) {
        this.loop = new EngineLoop(p, workers, bins, measurer, commands, latest, () -> closed);
        this.thread = new Thread(() -> {
            try {
                loop.run();
            } finally {
                if (ownsWorkers) {
                    workers.close();
                }
            }
        }, "tokensphere-simulation");
        thread.setDaemon(true);
        thread.start();
    }

    /** The newest published frame (never null). */
    public Frame latest() {
        return latest.get();
    }

    /** Starts or resumes stepping; after a failure, from the last good state. */
    public void play() {
        post(loop::play);
    }

    /** Pauses after the current step. */
    public void pause() {
        post(loop::pause);
    }

    /** Plays when paused, pauses when playing. */
    public void togglePlay() {
        post(loop::togglePlay);
    }

    /** Pauses and takes exactly one step (after a failure, from the last good state). */
    public void stepOnce() {
        post(loop::stepOnce);
    }

    /** Back to time 0 with the same parameters, seed and starting points: the same run again. Undoable. */
    public void reset() {
        post(loop::reset);
    }

    /** Back to time 0 with new starting points and the same noise: synchronization by noise made visible. */
    public void replaySameNoise() {
        post(loop::replaySameNoise);
    }

    /** Back to time 0 with the next seed: new noise and new starting points. */
    public void newSeed() {
        post(loop::newSeed);
    }

    /** Goes back to the run before the last reset, where it was. */
    public void undoReset() {
        post(loop::undoReset);
    }

    /**
     * New parameters from the next step on. A change of {@code n}, {@code d}, seed or initial state restarts the
     * run (undoably); anything else carries the current positions over (after a failure, those of the last good
     * state). Refused parameters leave the run as it was, with a message.
     */
    public void setParams(Params p) {
        post(() -> loop.setParams(p));
    }

    /**
     * A new run of {@code p} from time 0 tracing {@code chosen} pairs (a loaded preset): always a restart, even
     * with the parameters of the current run, and undoable like a reset. Pairs naming a token {@code ≥ n} are
     * replaced by the default pairs; at most {@link TokenPairs#MAX_TRACED} are kept. Refused parameters leave the
     * run as it was, with a message.
     */
    public void load(Params p, int[][] chosen) {
        int[][] copy = TokenPairs.copy(chosen, TokenPairs.MAX_TRACED);
        post(() -> loop.load(p, copy));
    }

    /**
     * A new run of {@code p} from time 0 tracing {@code chosen} pairs, with the run on screen set aside — kept as it
     * is, not stepped — until {@link #bringBack()} (a guided tour leaves the user's run untouched). While a run is
     * aside, a further call replaces the current run and keeps the one aside. Refused parameters leave everything
     * as it was, with a message.
     */
    public void loadAside(Params p, int[][] chosen) {
        int[][] copy = TokenPairs.copy(chosen, TokenPairs.MAX_TRACED);
        post(() -> loop.loadAside(p, copy));
    }

    /**
     * The run set aside by {@link #loadAside} comes back where it was, with its pairs; the runs made meanwhile are
     * closed (undo again holds what it held before). Nothing happens when no run is aside.
     */
    public void bringBack() {
        post(loop::bringBack);
    }

    /** Simulated time per wall-clock second; {@code Double.POSITIVE_INFINITY} for as fast as possible. */
    public void setSpeed(double simulatedTimePerSecond) {
        if (!(simulatedTimePerSecond > 0)) {
            throw new IllegalArgumentException("speed must be positive, got " + simulatedTimePerSecond);
        }
        post(() -> loop.setSpeed(simulatedTimePerSecond));
    }

    /**
     * Pairs {@code {i, j}} whose scalar products are traced (at most {@link TokenPairs#MAX_TRACED}); a pair that
     * was traced already keeps its trace, a new one starts now. A pair that cannot be traced is refused with a
     * message.
     */
    public void setPairs(int[][] chosen) {
        int[][] copy = TokenPairs.copy(chosen, TokenPairs.MAX_TRACED);
        post(() -> loop.setPairs(copy));
    }

    /** Runs {@code action} on the engine thread at the next step boundary, with the current simulation (tests). */
    void onEngineThread(Consumer<Simulation> action) {
        post(() -> action.accept(loop.sim()));
    }

    /** True while the engine thread runs (tests). */
    boolean threadAlive() {
        return thread.isAlive();
    }

    /** How long {@link #close()} waits for the engine thread (tests shorten it). */
    void closeWait(long millis) {
        closeWaitMillis = millis;
    }

    /** Waits up to {@code millis} for the engine thread to end after {@link #close()}; true when it has (tests). */
    boolean awaitStopped(long millis) throws InterruptedException {
        thread.join(millis);
        return !thread.isAlive();
    }

    private void post(Runnable command) {
        if (!closed) {
            commands.add(command);
        }
    }

    /**
     * Stops the engine thread and waits for it (up to two seconds). Its runs are closed by that thread after its
     * last step, never here while a step may still be running; commands posted after this are ignored.
     */
    @Override
    public void close() {
        closed = true;
        thread.interrupt();
        try {
            thread.join(closeWaitMillis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
