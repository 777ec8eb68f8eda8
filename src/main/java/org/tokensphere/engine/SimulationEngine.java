package org.tokensphere.engine;

import org.tokensphere.model.Measurement;
import org.tokensphere.model.ObservableValues;
import org.tokensphere.model.Params;
import org.tokensphere.model.Simulation;

import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.LockSupport;

/**
 * The background simulation: its own thread steps a {@link Simulation} with a fixed time step, independent of
 * any frame rate, and publishes immutable {@link Frame}s through one {@link AtomicReference}; readers take the
 * newest and skip the rest, so a slow reader never blocks it. Commands and parameter changes may be posted from
 * any thread; they run on the engine thread at the next step boundary. A numerical blow-up pauses the engine
 * with a message naming the cause.
 */
public final class SimulationEngine implements AutoCloseable {
    /** Largest number of traced pairs. */
    public static final int MAX_PAIRS = 8;
    private static final double FRAME_SECONDS = 1.0 / 60;

    private final LinkedBlockingQueue<Runnable> commands = new LinkedBlockingQueue<>();
    private final AtomicReference<Frame> latest = new AtomicReference<>();
    private final Thread thread;
    private final int threads;
    private final Measurement measurement;
    private volatile boolean closed;

    // Engine-thread state.
    private final Run current = new Run();
    private Run previous;
    /** The run set aside by {@link #loadAside} (a guided tour), its traced pairs, and whether undo holds a tour run. */
    private Run aside;
    private int[][] asidePairs;
    private boolean previousIsFromAside;
    private boolean running;
    private int stepsRequested;
    private double speed = 1;
    private int[][] pairs;
    private String message = "";
    private boolean error;
    private long sequence;
    private double measuredStepsPerSecond;
    private long lastPublishNanos;

    /** State of one run from a reset to the next. */
    private static final class Run {
        Simulation sim;
        float[] initial;
        History history;
    }

    /** An engine for {@code p}, paused at time 0, stepping tokens on {@code threads} threads. */
    public SimulationEngine(Params p, int threads) {
        this(p, threads, Measurement.DEFAULT);
    }

    /** Likewise, with given measurement settings. */
    public SimulationEngine(Params p, int threads, Measurement measurement) {
        this.threads = threads;
        this.measurement = measurement;
        this.pairs = TracedPairs.defaults(p.n());
        startRun(current, p);
        publish();
        this.thread = new Thread(this::loop, "tokensphere-simulation");
        thread.setDaemon(true);
        thread.start();
    }

    /** The newest published frame (never null). */
    public Frame latest() {
        return latest.get();
    }

    /** Starts or resumes stepping. */
    public void play() {
        post(() -> {
            if (error) {
                recoverFromError();
            }
            running = !error;
        });
    }

    /** Pauses after the current step. */
    public void pause() {
        post(() -> running = false);
    }

    /** Plays when paused, pauses when playing. */
    public void togglePlay() {
        post(() -> {
            if (running) {
                running = false;
            } else {
                if (error) {
                    recoverFromError();
                }
                running = !error;
            }
        });
    }

    /** Pauses and takes exactly one step. */
    public void stepOnce() {
        post(() -> {
            running = false;
            stepsRequested++;
        });
    }

    /** Back to time 0 with the same parameters, seed and starting points: the same run again. Undoable. */
    public void reset() {
        post(() -> restart(current.sim.params()));
    }

    /** Back to time 0 with new starting points and the same noise: synchronization by noise made visible. */
    public void replaySameNoise() {
        post(() -> {
            Params p = current.sim.params();
            restart(p.toBuilder().init(p.init().nextVariant()).build());
        });
    }

    /** Back to time 0 with the next seed: new noise and new starting points. */
    public void newSeed() {
        post(() -> {
            Params p = current.sim.params();
            restart(p.toBuilder().seed(p.seed() + 1).build());
        });
    }

    /** Goes back to the run before the last reset, where it was. */
    public void undoReset() {
        post(() -> {
            if (previous == null) {
                return;
            }
            current.sim.close();
            current.sim = previous.sim;
            current.initial = previous.initial;
            current.history = previous.history;
            previous = null;
            message = "Reset undone";
            error = false;
            publish();
        });
    }

    /**
     * New parameters from the next step on. A change of {@code n}, {@code d}, seed or initial state restarts the
     * run (undoably); anything else carries the current positions over. Refused parameters leave the run as it
     * was, with a message.
     */
    public void setParams(Params p) {
        post(() -> {
            Params old = current.sim.params();
            boolean structural = p.n() != old.n() || p.d() != old.d() || p.seed() != old.seed()
                    || !p.init().equals(old.init());
            try {
                if (structural) {
                    restart(p);
                } else {
                    current.sim.setParams(p);
                    message = "";
                    publish();
                }
            } catch (IllegalArgumentException e) {
                message = "Refused: " + e.getMessage();
                publish();
            }
        });
    }

    /**
     * A new run of {@code p} from time 0 tracing {@code chosen} pairs (a loaded preset): always a restart, even
     * with the parameters of the current run, and undoable like a reset. Pairs naming a token {@code ≥ n} are
     * replaced by the default pairs; at most {@link #MAX_PAIRS} are kept. Refused parameters leave the run as it
     * was, with a message.
     */
    public void load(Params p, int[][] chosen) {
        int[][] copy = TracedPairs.copy(chosen, MAX_PAIRS);
        post(() -> {
            int[][] before = pairs;
            // Set before the restart, so the one frame it publishes already traces the chosen pairs.
            pairs = TracedPairs.valid(copy, p.n()) ? copy : TracedPairs.defaults(p.n());
            try {
                restart(p);
            } catch (IllegalArgumentException e) {
                pairs = before;
                message = "Refused: " + e.getMessage();
                publish();
            }
        });
    }

    /**
     * A new run of {@code p} from time 0 tracing {@code chosen} pairs, with the run on screen set aside — kept as it
     * is, not stepped — until {@link #bringBack()} (a guided tour leaves the user's run untouched). While a run is
     * aside, a further call replaces the current run and keeps the one aside. Refused parameters leave everything
     * as it was, with a message.
     */
    public void loadAside(Params p, int[][] chosen) {
        int[][] copy = TracedPairs.copy(chosen, MAX_PAIRS);
        post(() -> {
            Run next = new Run();
            try {
                startRun(next, p);
            } catch (IllegalArgumentException e) {
                message = "Refused: " + e.getMessage();
                publish();
                return;
            }
            if (aside == null) {
                aside = new Run();
                aside.sim = current.sim;
                aside.initial = current.initial;
                aside.history = current.history;
                asidePairs = pairs;
            } else {
                current.sim.close();
            }
            current.sim = next.sim;
            current.initial = next.initial;
            current.history = next.history;
            pairs = TracedPairs.valid(copy, p.n()) ? copy : TracedPairs.defaults(p.n());
            error = false;
            message = "";
            publish();
        });
    }

    /**
     * The run set aside by {@link #loadAside} comes back where it was, with its pairs; the runs made meanwhile are
     * closed (undo again holds what it held before). Nothing happens when no run is aside.
     */
    public void bringBack() {
        post(() -> {
            if (aside == null) {
                return;
            }
            current.sim.close();
            if (previousIsFromAside && previous != null) {
                previous.sim.close();
                previous = null;
            }
            current.sim = aside.sim;
            current.initial = aside.initial;
            current.history = aside.history;
            pairs = asidePairs;
            aside = null;
            asidePairs = null;
            previousIsFromAside = false;
            error = false;
            message = "Back to your run";
            publish();
        });
    }

    /** Simulated time per wall-clock second; {@code Double.POSITIVE_INFINITY} for as fast as possible. */
    public void setSpeed(double simulatedTimePerSecond) {
        if (!(simulatedTimePerSecond > 0)) {
            throw new IllegalArgumentException("speed must be positive, got " + simulatedTimePerSecond);
        }
        post(() -> speed = simulatedTimePerSecond);
    }

    /**
     * Pairs {@code {i, j}} whose scalar products are traced (at most {@link #MAX_PAIRS}); a pair that was traced
     * already keeps its trace, a new one starts now.
     */
    public void setPairs(int[][] chosen) {
        int[][] copy = TracedPairs.copy(chosen, MAX_PAIRS);
        post(() -> {
            int n = current.sim.n();
            if (!TracedPairs.valid(copy, n)) {
                message = "Refused pair: tokens must be two different indices below " + n;
                publish();
                return;
            }
            current.history.remapPairs(TracedPairs.previousSlots(pairs, copy));
            pairs = copy;
            publish();
        });
    }

    /** Runs {@code command} on the engine thread at the next step boundary. */
    private void post(Runnable command) {
        if (!closed) {
            commands.add(command);
        }
    }

    private void loop() {
        long frameStart = System.nanoTime();
        double simStart = current.sim.time();
        while (!closed) {
            try {
                Runnable c = running || stepsRequested > 0 ? commands.poll() : commands.poll(50, TimeUnit.MILLISECONDS);
                boolean wasRunning = running;
                if (c != null) {
                    c.run();
                    while ((c = commands.poll()) != null) {
                        c.run();
                    }
                    frameStart = System.nanoTime();
                    simStart = current.sim.time();
                    if (!running && stepsRequested == 0) {
                        if (wasRunning) {
                            publish();
                        }
                        continue;
                    }
                }
                if (stepsRequested > 0) {
                    stepsRequested--;
                    current.sim.step();
                    publish();
                    continue;
                }
                if (!running) {
                    continue;
                }
                runOneFrame(frameStart, simStart);
            } catch (ArithmeticException e) {
                running = false;
                error = true;
                message = "Paused: " + e.getMessage();
                publish();
            } catch (InterruptedException e) {
                return;
            } catch (RuntimeException e) {
                running = false;
                error = true;
                message = "Paused by an internal error: " + e;
                publish();
            }
        }
    }

    /** Steps for one frame's worth of wall time (or up to the simulated time the speed allows), then publishes. */
    private void runOneFrame(long wallStart, double simStart) {
        long t0 = System.nanoTime();
        // At least as much time stepping as the last publication took (measuring a million tokens takes tens of
        // milliseconds), so large ensembles still spend half their time simulating.
        long budget = Math.max((long) (FRAME_SECONDS * 1e9), lastPublishNanos);
        long steps = 0;
        Simulation sim = current.sim;
        double target = Double.isInfinite(speed) ? Double.POSITIVE_INFINITY
                : simStart + speed * (t0 - wallStart + budget) * 1e-9;
        while (sim.time() + 0.5 * sim.dt() < target && System.nanoTime() - t0 < budget && commands.isEmpty()) {
            int k = (int) Math.max(1, Math.min(8, Math.floor((target - sim.time()) / sim.dt())));
            sim.advance(k);
            steps += k;
        }
        long elapsed = System.nanoTime() - t0;
        if (steps > 0) {
            measuredStepsPerSecond = steps / Math.max(1e-9, elapsed * 1e-9);
        }
        publish();
        if (!Double.isInfinite(speed)) {
            long rest;
            while ((rest = budget - (System.nanoTime() - t0)) > 0 && commands.isEmpty() && !closed) {
                LockSupport.parkNanos(Math.min(rest, 2_000_000L));
            }
        }
    }

    private void restart(Params p) {
        Run next = new Run();
        startRun(next, p);
        if (previous != null) {
            previous.sim.close();
        }
        previous = new Run();
        previousIsFromAside = aside != null;
        previous.sim = current.sim;
        previous.initial = current.initial;
        previous.history = current.history;
        current.sim = next.sim;
        current.initial = next.initial;
        current.history = next.history;
        if (!TracedPairs.valid(pairs, p.n())) {
            pairs = TracedPairs.defaults(p.n());
        }
        error = false;
        message = "";
        publish();
    }

    private void startRun(Run run, Params p) {
        Simulation sim = new Simulation(p, threads);
        run.sim = sim;
        run.initial = Frame.toFloats(sim.positions());
        run.history = new History(4096, measurement.bins(), MAX_PAIRS, Math.max(sim.dt(), 0.01));
    }

    private void recoverFromError() {
        Frame f = latest.get();
        double[] x = new double[f.positions().length];
        for (int k = 0; k < x.length; k++) {
            x[k] = f.positions()[k];
        }
        Simulation sim = new Simulation(current.sim.params(), threads, x);
        current.sim.close();
        current.sim = sim;
        error = false;
        message = "Resumed from the last good frame (time restarts at 0)";
        current.history.clear();
    }

    private void publish() {
        long start = System.nanoTime();
        publishFrame();
        lastPublishNanos = System.nanoTime() - start;
    }

    private void publishFrame() {
        Simulation sim = current.sim;
        ObservableValues v = measurement.measure(sim, pairs);
        if (current.history.due(sim.time())) {
            current.history.append(v);
        }
        Frame f = new Frame(++sequence, sim.time(), sim.steps(), sim.dt(), sim.params(),
                error ? EngineStatus.ERROR : running ? EngineStatus.RUNNING : EngineStatus.PAUSED, message,
                sim.n(), sim.d(), Frame.toFloats(sim.positions()), current.initial, v, current.history.snapshot(),
                TracedPairs.copy(pairs, MAX_PAIRS), sim.integratorName(), sim.attractor(), sim.matrixEigenvalues(),
                measuredStepsPerSecond, previous != null);
        latest.set(f);
    }

    @Override
    public void close() {
        closed = true;
        thread.interrupt();
        try {
            thread.join(2000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        current.sim.close();
        if (previous != null) {
            previous.sim.close();
        }
        if (aside != null) {
            aside.sim.close();
        }
    }
}
