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

    /**
     * The smallest and largest pair product {@code ⟨x_i, x_j⟩} ({@code i < j}) of the {@code n} rows of {@code x}, and
     * the largest distance of one from {@code reference}: {@code {low, high, worst}}.
     */
    static double[] pairProducts(double[] x, int n, int d, double reference) {
        double low = 1;
        double high = -1;
        double worst = 0;
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                double rho = dot(x, i, x, j, d);
                low = Math.min(low, rho);
                high = Math.max(high, rho);
                worst = Math.max(worst, Math.abs(rho - reference));
            }
        }
        return new double[] {low, high, worst};
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
