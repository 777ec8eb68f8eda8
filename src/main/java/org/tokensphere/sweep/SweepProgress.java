package org.tokensphere.sweep;

import java.util.Locale;

/**
 * How far a sweep is.
 *
 * @param pointsDone   grid points with every replica done
 * @param points       grid points
 * @param replicasDone replicas done
 * @param replicas     replicas in all
 * @param elapsedNanos wall time so far (on Spark: since the first task started, so the time left leaves out the
 *                     start-up)
 */
public record SweepProgress(int pointsDone, int points, long replicasDone, long replicas, long elapsedNanos) {

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

    /** One line, e.g. {@code 12/41 grid points, 31 % of 328 replicas, 1 min 20 s left}. */
    public String line() {
        double left = secondsLeft();
        return String.format(Locale.ROOT, "%d/%d grid points, %d %% of %d replicas, %s", pointsDone, points,
                (int) Math.floor(100 * fraction()), replicas, Double.isNaN(left) ? "time left unknown yet"
                        : duration(left) + " left");
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
