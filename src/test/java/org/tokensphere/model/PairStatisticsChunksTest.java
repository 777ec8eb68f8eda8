package org.tokensphere.model;

import org.junit.jupiter.api.Test;
import org.tokensphere.model.observe.PairStatistics;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The exact pair count shared out in chunks of rows over a pool counts every pair once: the same counts as one
 * plain loop over all pairs, for any number of threads and for sizes smaller than the number of chunks.
 */
class PairStatisticsChunksTest {
    private static long[] plainCounts(double[] x, int n, int d, double delta, int bins) {
        long[] c = new long[bins + 2];
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                double rho = 0;
                for (int k = 0; k < d; k++) {
                    rho += x[i * d + k] * x[j * d + k];
                }
                c[Math.min(bins - 1, Math.max(0, (int) ((rho + 1) * 0.5 * bins)))]++;
                c[bins] += rho > 1 - delta ? 1 : 0;
                c[bins + 1] += rho < -1 + delta ? 1 : 0;
            }
        }
        return c;
    }

    @Test
    void everyPairIsCountedOnceWhateverTheThreads() {
        for (int d : new int[] {3, 5}) {
            for (int n : new int[] {2, 7, 300, 1001}) {
                // A cap and its mirror image: polar, anti-polar and spread-out pairs.
                double[] x = InitialStates.sample(new InitialState(InitKind.CAP, 0.5, 0.3, new double[0], 0), n, d, 11);
                for (int i = n / 2 * d; i < n * d; i++) {
                    x[i] = -x[i];
                }
                long[] want = plainCounts(x, n, d, 0.05, 20);
                long pairs = (long) n * (n - 1) / 2;
                for (int threads : new int[] {1, 2, 3}) {
                    try (Parallel pool = new Parallel(threads)) {
                        PairStatistics s = PairStatistics.compute(x, n, d, 0.05, 20, n, 1, 1,
                                Measurement.chunksOn(pool));
                        String where = "d = " + d + ", n = " + n + ", threads = " + threads;
                        assertEquals(pairs, s.pairsExamined(), where);
                        double[] hist = s.histogram();
                        long[] got = new long[20];
                        for (int k = 0; k < 20; k++) {
                            got[k] = Math.round(hist[k] * pairs);
                        }
                        assertArrayEquals(java.util.Arrays.copyOf(want, 20), got, where);
                        assertEquals(want[20], s.polarPairsEstimate(), where);
                        assertEquals(want[21], s.antipolarPairsEstimate(), where);
                    }
                }
            }
        }
    }
}
