package org.tokensphere.sweep;

import org.tokensphere.model.Measurement;
import org.tokensphere.model.Parallel;
import org.tokensphere.model.Params;
import org.tokensphere.model.ReplicaRun;
import org.tokensphere.model.ScalarObservable;
import org.tokensphere.model.Simulation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

/**
 * Runs a sweep on one machine: the grid points × replicas are tasks, taken in order by the workers of a
 * {@link Parallel} (a pool of its own for the command line, the process's shared workers for the window), each
 * replica on one thread; each grid point folds its replicas in replica order ({@link PointFold}), so the result
 * is the same bit for bit on any number of threads. The workers take tasks in slices of about half a second and
 * hand the pool back in between, so a simulation sharing the pool (the window's engine) keeps getting its turn.
 * Cancellation is checked at every step of every replica.
 */
public final class SweepRunner {
    private static final int[][] NO_PAIRS = new int[0][];
    private static final long SLICE_NANOS = 500_000_000L;

    private SweepRunner() {
    }

    /** Runs replica {@code r} of grid point {@code g}, alone on the calling thread. */
    public static ReplicaResult replica(Sweep sweep, int g, int r, BooleanSupplier cancelled) {
        Params p = sweep.replicaParams(g, r);
        List<ScalarObservable> obs = Sweep.OBSERVABLES;
        int width = obs.size();
        double[] values = new double[sweep.samples() * width];
        Arrays.fill(values, Double.NaN);
        int[] measured = {0};
        double stop;
        try (Simulation sim = new Simulation(p, 1)) {
            stop = ReplicaRun.run(sim, sweep.time(), sweep.every(), sweep.stop(), Measurement.DEFAULT, NO_PAIRS,
                    (k, s, v) -> {
                        for (int o = 0; o < width; o++) {
                            values[k * width + o] = obs.get(o).of(v);
                        }
                        measured[0] = k + 1;
                    }, cancelled);
        }
        return new ReplicaResult(g, r, values, measured[0], stop);
    }

    /**
     * Runs {@code sweep} on {@code workers}; {@code progress} hears after every replica (from a worker thread).
     * Throws {@link CancellationException} when {@code cancelled} turns true; a replica that fails (a blow-up)
     * fails the sweep with its grid point named.
     */
    public static SweepResult run(Sweep sweep, Parallel workers, BooleanSupplier cancelled,
                                  Consumer<SweepProgress> progress) {
        int points = sweep.points();
        int replicas = sweep.replicas();
        long tasks = (long) points * replicas;
        PointFold[] folds = new PointFold[points];
        PointResult[] results = new PointResult[points];
        AtomicLong nextTask = new AtomicLong();
        AtomicLong done = new AtomicLong();
        AtomicInteger pointsDone = new AtomicInteger();
        AtomicBoolean failed = new AtomicBoolean();
        AtomicReference<RuntimeException> failure = new AtomicReference<>();
        BooleanSupplier stop = () -> failed.get() || cancelled.getAsBoolean();
        long start = System.nanoTime();
        int threads = Math.max(1, workers.threads());
        while (nextTask.get() < tasks && !stop.getAsBoolean()) {
            workers.forChunks(threads, (from, to) -> {
                long sliceEnd = System.nanoTime() + SLICE_NANOS;
                while (System.nanoTime() < sliceEnd && !stop.getAsBoolean()) {
                    long task = nextTask.getAndIncrement();
                    if (task >= tasks) {
                        return;
                    }
                    int g = (int) (task / replicas);
                    int r = (int) (task % replicas);
                    try {
                        ReplicaResult result = replica(sweep, g, r, stop);
                        PointFold fold = fold(folds, sweep, g);
                        if (fold.add(result)) {
                            results[g] = fold.result();
                            folds[g] = null;
                            pointsDone.incrementAndGet();
                        }
                        progress.accept(new SweepProgress(pointsDone.get(), points, done.incrementAndGet(), tasks,
                                System.nanoTime() - start));
                    } catch (CancellationException e) {
                        return;
                    } catch (RuntimeException e) {
                        failure.compareAndSet(null, new IllegalArgumentException("grid point "
                                + String.join(" ", sweep.assignments(g)) + ", replica " + r + " (seed "
                                + sweep.seed(g, r) + "): " + e.getMessage(), e));
                        failed.set(true);
                        return;
                    }
                }
            }, 1);
        }
        if (failure.get() != null) {
            throw failure.get();
        }
        if (cancelled.getAsBoolean() || done.get() < tasks) {
            throw new CancellationException("the sweep was cancelled");
        }
        List<PointResult> list = new ArrayList<>(Arrays.asList(results));
        return new SweepResult(sweep, list);
    }

    private static PointFold fold(PointFold[] folds, Sweep sweep, int g) {
        synchronized (folds) {
            if (folds[g] == null) {
                folds[g] = new PointFold(sweep, g);
            }
            return folds[g];
        }
    }
}
