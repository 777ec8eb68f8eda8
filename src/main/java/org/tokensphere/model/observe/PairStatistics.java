package org.tokensphere.model.observe;

import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.simple.RandomSource;

import java.util.function.IntConsumer;

/**
 * Statistics of the pairwise scalar products ρ_ij = ⟨x_i, x_j⟩, i &lt; j (MATH.md §7): polar and
 * anti-polar fractions and the histogram over [−1, 1] (Rigollet (2025), Figure 1). Immutable.
 *
 * <p>Exact over all N(N−1)/2 pairs when {@code n <= exactLimit} (O(N²d), no allocation per pair);
 * otherwise over {@code samplePairs} pairs drawn uniformly with replacement among unordered pairs
 * i ≠ j by a generator seeded with {@code seed}, so the same inputs give the same result. A sampled
 * fraction p has standard error √(p(1−p)/pairsExamined()).
 */
public final class PairStatistics {

    private final long pairsExamined;
    private final boolean sampled;
    private final long totalPairs;
    private final long polarCount;
    private final long antipolarCount;
    private final double[] histogram;

    private PairStatistics(long pairsExamined, boolean sampled, long totalPairs,
                           long polarCount, long antipolarCount, long[] binCounts) {
        this.pairsExamined = pairsExamined;
        this.sampled = sampled;
        this.totalPairs = totalPairs;
        this.polarCount = polarCount;
        this.antipolarCount = antipolarCount;
        this.histogram = new double[binCounts.length];
        for (int b = 0; b < binCounts.length; b++) {
            histogram[b] = pairsExamined == 0 ? 0 : binCounts[b] / (double) pairsExamined;
        }
    }

    /**
     * Runs {@code chunk.accept(c)} for every {@code c < chunks}, in any order and on any threads, and returns when
     * all are done: how {@link #compute(double[], int, int, double, int, int, int, long, Chunks)} shares out its
     * rows.
     */
    @FunctionalInterface
    public interface Chunks {
        void run(int chunks, IntConsumer chunk);
    }

    /** Every chunk in order on the calling thread. */
    public static final Chunks SERIAL = (chunks, chunk) -> {
        for (int c = 0; c < chunks; c++) {
            chunk.accept(c);
        }
    };

    /** Chunks of rows the exact count is cut into (fixed, so the work never depends on the threads). */
    static final int ROW_CHUNKS = 16;

    /** As {@link #compute(double[], int, int, double, int, int, int, long, Chunks)} on the calling thread. */
    public static PairStatistics compute(double[] x, int n, int d, double delta, int bins,
                                         int exactLimit, int samplePairs, long seed) {
        return compute(x, n, d, delta, bins, exactLimit, samplePairs, seed, SERIAL);
    }

    /**
     * Computes the statistics of n tokens in R^d (x not modified) with polar threshold δ ≥ 0 (ρ &gt; 1−δ
     * polar, ρ &lt; −1+δ anti-polar), {@code bins} ≥ 1 histogram bins, exact when n ≤ exactLimit, else
     * {@code samplePairs} ≥ 1 uniform pairs from a generator seeded by {@code seed}. n &lt; 2 gives no pairs.
     * The exact count is shared out by {@code chunks} in {@link #ROW_CHUNKS} chunks of rows holding about as many
     * pairs each; the counts are integers, so the result does not depend on who ran which chunk.
     */
    public static PairStatistics compute(double[] x, int n, int d, double delta, int bins,
                                         int exactLimit, int samplePairs, long seed, Chunks chunks) {
        Observables.checkPositions(x, n, d, 0);
        if (!(delta >= 0)) {
            throw new IllegalArgumentException("delta must be >= 0, got " + delta);
        }
        if (bins < 1) {
            throw new IllegalArgumentException("bins must be >= 1, got " + bins);
        }
        long total = (long) n * (n - 1) / 2;
        boolean sample = n > exactLimit && total > 0;
        if (sample && samplePairs < 1) {
            throw new IllegalArgumentException("samplePairs must be >= 1 when n > exactLimit, got " + samplePairs);
        }
        double polarAbove = 1 - delta;
        double antipolarBelow = -1 + delta;
        long[] binCounts = new long[bins];
        long polar = 0;
        long antipolar = 0;
        long examined;
        if (sample) {
            UniformRandomProvider rng = RandomSource.XO_RO_SHI_RO_128_PP.create(seed);
            for (int s = 0; s < samplePairs; s++) {
                int i = rng.nextInt(n);
                int j = rng.nextInt(n - 1);
                if (j >= i) {
                    j++; // uniform over j ≠ i, hence uniform over unordered pairs
                }
                double rho = Observables.dot(x, d, i, j);
                polar += rho > polarAbove ? 1 : 0;
                antipolar += rho < antipolarBelow ? 1 : 0;
                binCounts[bin(rho, bins)]++;
            }
            examined = samplePairs;
        } else {
            ExactCount count = new ExactCount(x, n, d, polarAbove, antipolarBelow, bins);
            chunks.run(ROW_CHUNKS, count::rows);
            for (long[] c : count.counts) {
                for (int k = 0; k < bins; k++) {
                    binCounts[k] += c[k];
                }
                polar += c[bins];
                antipolar += c[bins + 1];
            }
            examined = total;
        }
        return new PairStatistics(examined, sample, total, polar, antipolar, binCounts);
    }

    /** The exact count over all pairs, chunk by chunk of rows; each chunk counts into its own array. */
    private static final class ExactCount {
        private final double[] x;
        private final int n;
        private final int d;
        private final double polarAbove;
        private final double antipolarBelow;
        private final int bins;
        /** Per chunk: the bins' counts, then the polar and the anti-polar count. */
        final long[][] counts = new long[ROW_CHUNKS][];
        /** At d = 3 the coordinates one by one, so that a row's products are one vector loop. */
        private final double[][] columns;

        ExactCount(double[] x, int n, int d, double polarAbove, double antipolarBelow, int bins) {
            this.x = x;
            this.n = n;
            this.d = d;
            this.polarAbove = polarAbove;
            this.antipolarBelow = antipolarBelow;
            this.bins = bins;
            columns = d == 3 ? new double[3][n] : null;
            if (columns != null) {
                for (int i = 0; i < n; i++) {
                    columns[0][i] = x[3 * i];
                    columns[1][i] = x[3 * i + 1];
                    columns[2][i] = x[3 * i + 2];
                }
            }
        }

        /** First row of chunk {@code c}: row i has n − 1 − i pairs, so the chunks split the triangle evenly. */
        int firstRow(int c) {
            return c == 0 ? 0 : (int) Math.round(n - n * Math.sqrt(1 - c / (double) ROW_CHUNKS));
        }

        void rows(int c) {
            long[] out = new long[bins + 2];
            int from = firstRow(c);
            int to = c + 1 == ROW_CHUNKS ? n : firstRow(c + 1);
            if (columns != null) {
                rows3(from, to, out);
            } else {
                rowsAnyD(from, to, out);
            }
            counts[c] = out;
        }

        private void rows3(int from, int to, long[] out) {
            double[] c0 = columns[0];
            double[] c1 = columns[1];
            double[] c2 = columns[2];
            double[] rho = new double[n];
            // Four histograms filled in turn, so that successive pairs in the same bin (a clustered state) do not
            // wait for each other's increments; the counts are the same as one histogram's.
            long[] four = new long[4 * bins];
            long polar = 0;
            long antipolar = 0;
            for (int i = from; i < to; i++) {
                products(rho, c0, c1, c2, c0[i], c1[i], c2[i], i + 1, n);
                for (int j = i + 1; j < n; j++) {
                    double r = rho[j];
                    polar += r > polarAbove ? 1 : 0;
                    antipolar += r < antipolarBelow ? 1 : 0;
                    four[(j & 3) * bins + bin(r, bins)]++;
                }
            }
            for (int q = 0; q < 4; q++) {
                for (int k = 0; k < bins; k++) {
                    out[k] += four[q * bins + k];
                }
            }
            out[bins] = polar;
            out[bins + 1] = antipolar;
        }

        /** {@code rho[j] = ⟨x_i, x_j⟩} for {@code j ∈ [from, to)}, as {@code (a·x + b·y) + c·z} (a vector loop). */
        private static void products(double[] rho, double[] c0, double[] c1, double[] c2, double a, double b,
                                     double c, int from, int to) {
            for (int j = from; j < to; j++) {
                rho[j] = a * c0[j] + b * c1[j] + c * c2[j];
            }
        }

        private void rowsAnyD(int from, int to, long[] out) {
            for (int i = from; i < to; i++) {
                int a = i * d;
                for (int j = i + 1; j < n; j++) {
                    int b = j * d;
                    double rho = 0;
                    for (int k = 0; k < d; k++) {
                        rho += x[a + k] * x[b + k];
                    }
                    out[bins] += rho > polarAbove ? 1 : 0;
                    out[bins + 1] += rho < antipolarBelow ? 1 : 0;
                    out[bin(rho, bins)]++;
                }
            }
        }
    }

    /** Histogram bin of ρ among {@code bins} equal bins over [−1, 1]; ρ = 1 and rounding overshoot go to the end bins. */
    private static int bin(double rho, int bins) {
        int b = (int) ((rho + 1) * 0.5 * bins);
        return b < 0 ? 0 : Math.min(b, bins - 1);
    }

    /** Number of pairs used (count): totalPairs() when exact, the sample size when sampled. */
    public long pairsExamined() {
        return pairsExamined;
    }

    /** True when the pairs were sampled (n &gt; exactLimit), false when all pairs were examined. */
    public boolean sampled() {
        return sampled;
    }

    /** Number of unordered pairs N(N−1)/2 (count). */
    public long totalPairs() {
        return totalPairs;
    }

    /** Fraction of examined pairs with ρ &gt; 1−δ (dimensionless, NaN when there are no pairs). */
    public double polarFraction() {
        return pairsExamined == 0 ? Double.NaN : polarCount / (double) pairsExamined;
    }

    /** Fraction of examined pairs with ρ &lt; −1+δ (dimensionless, NaN when there are no pairs). */
    public double antipolarFraction() {
        return pairsExamined == 0 ? Double.NaN : antipolarCount / (double) pairsExamined;
    }

    /** Polar pairs among all N(N−1)/2 (count): exact when not sampled, else polarFraction·totalPairs rounded. */
    public long polarPairsEstimate() {
        return sampled ? Math.round(polarFraction() * totalPairs) : polarCount;
    }

    /** Anti-polar pairs among all N(N−1)/2 (count): exact when not sampled, else antipolarFraction·totalPairs rounded. */
    public long antipolarPairsEstimate() {
        return sampled ? Math.round(antipolarFraction() * totalPairs) : antipolarCount;
    }

    /** Fractions of pairs in {@code bins} equal bins over [−1, 1], summing to 1 (all 0 without pairs); a copy. */
    public double[] histogram() {
        return histogram.clone();
    }

    /** Short summary for logs. */
    @Override
    public String toString() {
        return "PairStatistics[pairs=" + pairsExamined + "/" + totalPairs + (sampled ? " sampled" : " exact")
                + ", polar=" + polarFraction() + ", antipolar=" + antipolarFraction() + "]";
    }
}
