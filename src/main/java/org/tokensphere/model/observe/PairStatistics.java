package org.tokensphere.model.observe;

import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.simple.RandomSource;

/**
 * Statistics of the pairwise scalar products ρ_ij = ⟨x_i, x_j⟩, i &lt; j (MATH.md §7): polar and
 * anti-polar fractions and the histogram over [−1, 1] (paper 2, Figure 1). Immutable.
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
     * Computes the statistics of n tokens in R^d (x not modified) with polar threshold δ ≥ 0 (ρ &gt; 1−δ
     * polar, ρ &lt; −1+δ anti-polar), {@code bins} ≥ 1 histogram bins, exact when n ≤ exactLimit, else
     * {@code samplePairs} ≥ 1 uniform pairs from a generator seeded by {@code seed}. n &lt; 2 gives no pairs.
     */
    public static PairStatistics compute(double[] x, int n, int d, double delta, int bins,
                                         int exactLimit, int samplePairs, long seed) {
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
        } else if (d == 3) {
            // Four histograms filled in turn, so that successive pairs in the same bin (a clustered state) do not
            // wait for each other's increments; the counts are the same as one histogram's.
            long[] four = new long[4 * bins];
            for (int i = 0; i < n; i++) {
                double x0 = x[3 * i];
                double x1 = x[3 * i + 1];
                double x2 = x[3 * i + 2];
                for (int j = i + 1; j < n; j++) {
                    int b = 3 * j;
                    double rho = x0 * x[b] + x1 * x[b + 1] + x2 * x[b + 2];
                    polar += rho > polarAbove ? 1 : 0;
                    antipolar += rho < antipolarBelow ? 1 : 0;
                    four[(j & 3) * bins + bin(rho, bins)]++;
                }
            }
            for (int q = 0; q < 4; q++) {
                for (int k = 0; k < bins; k++) {
                    binCounts[k] += four[q * bins + k];
                }
            }
            examined = total;
        } else {
            for (int i = 0; i < n; i++) {
                int a = i * d;
                for (int j = i + 1; j < n; j++) {
                    int b = j * d;
                    double rho = 0;
                    for (int k = 0; k < d; k++) {
                        rho += x[a + k] * x[b + k];
                    }
                    polar += rho > polarAbove ? 1 : 0;
                    antipolar += rho < antipolarBelow ? 1 : 0;
                    binCounts[bin(rho, bins)]++;
                }
            }
            examined = total;
        }
        return new PairStatistics(examined, sample, total, polar, antipolar, binCounts);
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
