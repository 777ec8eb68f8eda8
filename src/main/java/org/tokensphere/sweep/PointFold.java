package org.tokensphere.sweep;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * Folds the replicas of one grid point into its {@link PointResult}, always in replica order
 * {@code 0, 1, …, R−1} (Welford's update of the mean and the sum of squared deviations), whatever order they
 * arrive in: replicas that arrive early wait until their predecessors are in. So the result is bit-identical
 * whoever computed the replicas, on how many threads or machines.
 */
public final class PointFold {
    private final int point;
    private final int replicas;
    private final int samples;
    private final int observables;
    private final double[] times;
    private final boolean stopRule;
    /** Replicas that arrived before their predecessors, by replica index. */
    private final Map<Integer, ReplicaResult> waiting = new HashMap<>();
    private int next;
    private final int[] count;
    private final double[] mean;
    private final double[] m2;
    private final double[] stopMean;
    private final double[] stopM2;
    private final int[] stopped;

    /** A fold for grid point {@code point} of {@code sweep}. */
    public PointFold(Sweep sweep, int point) {
        this.point = point;
        this.replicas = sweep.replicas();
        this.samples = sweep.samples();
        this.observables = Sweep.OBSERVABLES.size();
        this.times = new double[samples];
        for (int k = 0; k < samples; k++) {
            times[k] = sweep.sampleTime(k);
        }
        this.stopRule = sweep.stop() != null;
        this.count = new int[samples];
        this.mean = new double[samples * observables];
        this.m2 = new double[samples * observables];
        this.stopMean = new double[samples];
        this.stopM2 = new double[samples];
        this.stopped = new int[samples];
    }

    /**
     * Takes one replica (each exactly once); folds it and every waiting successor that can follow. True when
     * this call folded the last replica.
     */
    public synchronized boolean add(ReplicaResult r) {
        if (r.point() != point || r.replica() < next || r.replica() >= replicas
                || waiting.putIfAbsent(r.replica(), r) != null) {
            throw new IllegalArgumentException("replica " + r.replica() + " of grid point " + r.point()
                    + " given twice or to the wrong grid point");
        }
        for (ReplicaResult ready = waiting.remove(next); ready != null; ready = waiting.remove(next)) {
            fold(ready);
            next++;
        }
        // Only the call that folds the last replica sees this: any later one is refused above.
        return next == replicas;
    }

    /** True when every replica is folded. */
    public synchronized boolean complete() {
        return next == replicas;
    }

    private void fold(ReplicaResult r) {
        for (int k = 0; k < r.measured(); k++) {
            int n = ++count[k];
            int base = k * observables;
            for (int o = 0; o < observables; o++) {
                double x = r.values()[base + o];
                double delta = x - mean[base + o];
                mean[base + o] += delta / n;
                m2[base + o] += delta * (x - mean[base + o]);
            }
        }
        if (stopRule) {
            int n = next + 1;
            for (int k = 0; k < samples; k++) {
                boolean by = r.stopTime() <= times[k];
                double x = by ? r.stopTime() : times[k];
                if (by) {
                    stopped[k]++;
                }
                double delta = x - stopMean[k];
                stopMean[k] += delta / n;
                stopM2[k] += delta * (x - stopMean[k]);
            }
        }
    }

    /** The statistics; needs {@link #complete()}. */
    public synchronized PointResult result() {
        if (!complete()) {
            throw new IllegalStateException("grid point " + point + " has " + next + " of " + replicas + " replicas");
        }
        double[] se = new double[mean.length];
        for (int k = 0; k < samples; k++) {
            for (int o = 0; o < observables; o++) {
                se[k * observables + o] = standardError(m2[k * observables + o], count[k]);
            }
        }
        double[] sm = stopRule ? stopMean.clone() : nans(samples);
        double[] sse = new double[samples];
        for (int k = 0; k < samples; k++) {
            sse[k] = stopRule ? standardError(stopM2[k], replicas) : Double.NaN;
        }
        double[] means = mean.clone();
        for (int k = 0; k < samples; k++) {
            if (count[k] == 0) {
                Arrays.fill(means, k * observables, (k + 1) * observables, Double.NaN);
            }
        }
        return new PointResult(point, count.clone(), means, se, sm, sse, stopped.clone());
    }

    private static double standardError(double m2, int n) {
        return n < 2 ? Double.NaN : Math.sqrt(m2 / (n - 1) / n);
    }

    private static double[] nans(int n) {
        double[] a = new double[n];
        Arrays.fill(a, Double.NaN);
        return a;
    }
}
