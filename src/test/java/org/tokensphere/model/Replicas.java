package org.tokensphere.model;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import java.util.function.IntFunction;
import java.util.stream.IntStream;

/**
 * Shared pieces of the seeded statistical tests: independent replicas run in parallel with their results kept in
 * replica order (so every sum is the same whatever the scheduling), sample moments, and a tolerance check that
 * prints what it compared.
 */
final class Replicas {
    private Replicas() {
    }

    /**
     * Runs replica {@code r = 0 … count−1}; each must depend on {@code r} only (its own seed). The rows come back
     * in replica order.
     */
    static double[][] run(int count, IntFunction<double[]> replica) {
        double[][] rows = new double[count][];
        IntStream.range(0, count).parallel().forEach(r -> rows[r] = replica.apply(r));
        return rows;
    }

    /** Mean of column {@code col}. */
    static double mean(double[][] rows, int col) {
        double s = 0;
        for (double[] row : rows) {
            s += row[col];
        }
        return s / rows.length;
    }

    /** Sample variance of column {@code col}. */
    static double variance(double[][] rows, int col) {
        double m = mean(rows, col);
        double s = 0;
        for (double[] row : rows) {
            s += (row[col] - m) * (row[col] - m);
        }
        return s / (rows.length - 1);
    }

    /** Scalar product of token {@code i} of {@code x} and token {@code j} of {@code y} (both {@code n×d}). */
    static double dot(double[] x, int i, double[] y, int j, int d) {
        return Linalg.dot(x, i * d, y, j * d, d);
    }

    /** Asserts {@code measured ≤ bound}, printing the comparison. */
    static void assertAtMost(String what, double measured, double bound) {
        String line = String.format(Locale.ROOT, "%s: %.6g, at most %.6g", what, measured, bound);
        System.out.println(line);
        assertTrue(measured <= bound, line);
    }

    /** Asserts {@code |measured − expected| ≤ tolerance}, printing the comparison. */
    static void assertNear(String what, double measured, double expected, double tolerance) {
        String line = String.format(Locale.ROOT, "%s: %.6g vs %.6g (diff %+.3g, tol %.3g)", what, measured, expected,
                measured - expected, tolerance);
        System.out.println(line);
        assertTrue(Math.abs(measured - expected) <= tolerance, line);
    }
}
