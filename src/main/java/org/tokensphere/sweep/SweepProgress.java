package org.tokensphere.sweep;

import java.util.Locale;

/**
 * How far a sweep is.
 *
 * @param pointsDone   grid points with every replica done, or {@link #UNKNOWN} when the executor cannot tell
 *                     (Spark reports finished slices of tasks, which cut across grid points)
 * @param points       grid points
 * @param replicasDone replicas done
 * @param replicas     replicas in all
 * @param elapsedNanos wall time so far (on Spark: since the first task started, so the time left leaves out the
 *                     start-up)
 */
public record SweepProgress(int pointsDone, int points, long replicasDone, long replicas, long elapsedNanos) {
    /** {@link #pointsDone} when the executor does not know it. */
    public static final int UNKNOWN = -1;

    /** Fraction done, by replicas. */
    public double fraction() {
        return replicas == 0 ? 1 : (double) replicasDone / replicas;
    }

    /** Estimated wall time left in seconds (from the rate so far), NaN before the first replica is done. */
    public double secondsLeft() {
        if (replicasDone == 0) {
            return Double.NaN;
        }
        return elapsedNanos * 1e-9 * (replicas - replicasDone) / replicasDone;
    }

    /**
     * One line, e.g. {@code 12/41 grid points, 31 % of 328 replicas, 1 min 20 s left} ({@code 41 grid points, ...}
     * when the points done are unknown).
     */
    public String line() {
        double left = secondsLeft();
        String grid = pointsDone == UNKNOWN ? points + " grid points" : pointsDone + "/" + points + " grid points";
        return String.format(Locale.ROOT, "%s, %d %% of %d replicas, %s", grid, (int) Math.floor(100 * fraction()),
                replicas, Double.isNaN(left) ? "time left unknown yet" : duration(left) + " left");
    }

    /** A duration as a person writes it: {@code 45 s}, {@code 3 min 05 s}, {@code 2 h 10 min}. */
    public static String duration(double seconds) {
        long s = Math.round(seconds);
        if (s < 60) {
            return s + " s";
        }
        if (s < 3600) {
            return String.format(Locale.ROOT, "%d min %02d s", s / 60, s % 60);
        }
        return String.format(Locale.ROOT, "%d h %02d min", s / 3600, (s % 3600) / 60);
    }
}
