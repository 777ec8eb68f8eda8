package org.tokensphere.sweep;

import org.tokensphere.model.ScalarObservable;

import java.util.List;

/**
 * A finished sweep: its definition and the statistics of every grid point ({@link PointResult}), read by grid
 * point {@code g}, sample time {@code k} and observable.
 *
 * @param sweep  what was computed
 * @param points the statistics, indexed by grid point
 */
public record SweepResult(Sweep sweep, List<PointResult> points) {
    public SweepResult {
        points = List.copyOf(points);
        if (points.size() != sweep.points()) {
            throw new IllegalArgumentException(points.size() + " results for " + sweep.points() + " grid points");
        }
    }

    private static int column(ScalarObservable o) {
        int c = Sweep.OBSERVABLES.indexOf(o);
        if (c < 0) {
            throw new IllegalArgumentException(o.column() + " is not a measured observable");
        }
        return c;
    }

    /** Mean of {@code o} at grid point {@code g}, sample time {@code k}. */
    public double mean(int g, int k, ScalarObservable o) {
        return points.get(g).mean()[k * Sweep.OBSERVABLES.size() + column(o)];
    }

    /** Its standard error. */
    public double se(int g, int k, ScalarObservable o) {
        return points.get(g).se()[k * Sweep.OBSERVABLES.size() + column(o)];
    }

    /** Replicas measured at grid point {@code g}, sample time {@code k}. */
    public int count(int g, int k) {
        return points.get(g).count()[k];
    }

    /** Mean of {@code min(tStop, t_k)} over all replicas (the restricted mean first-passage time). */
    public double stopMean(int g, int k) {
        return points.get(g).stopMean()[k];
    }

    /** Its standard error. */
    public double stopSe(int g, int k) {
        return points.get(g).stopSe()[k];
    }

    /** Replicas stopped by sample time {@code k}. */
    public int stopped(int g, int k) {
        return points.get(g).stopped()[k];
    }
}
