package org.tokensphere.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * {@code tokensphere run} reproduces an exact law through its own columns and its replicas (MATH.md §5.1, §9):
 * with no shared noise ({@code sharing=0}) the tokens of a replica are independent, each a Brownian motion on S²
 * started uniformly on a cap of half-angle {@code θ} around the pole {@code e_3}. Then {@code E x_t = μ_t e_3}
 * with {@code μ_t = e^{−(d−1)st/2}(1 + cos θ)/2} exactly ({@code ⟨x, e_3⟩} is uniform on {@code [cos θ, 1]} at the
 * start, and linear functions are eigenfunctions of {@code ½sΔ}), so for {@code N} independent tokens
 * <ul>
 *   <li>the pair columns of {@code --pairs} (8 disjoint pairs, averaged per row): {@code E⟨x_i, x_j⟩ = μ_t²};</li>
 *   <li>the {@code polarOrder} column {@code r = |(1/N) Σ x_i|}: {@code E r² = μ_t² + (1 − μ_t²)/N}.</li>
 * </ul>
 * {@code d = 3}, {@code σ_Q = 1} ({@code s = 1}), {@code N = 50}, {@code θ = 0.5}, 400 replicas (seeds 500 + r, the
 * command's own replica seeding), rows at {@code t = 0, 0.5, 1}. Tolerance: 4 standard errors of the replica mean
 * (sample SD over √400) plus the scheme's bias at the automatic step: the rate is within 1 %, so {@code μ_t²} within
 * {@code 2·0.01·λt·μ_t²}. Identical replicas (one seed for all) would have no spread and miss the exact value by the
 * fluctuation of one run, many times a zero standard error; a wrong rate by 10 % moves {@code μ_1²} by 20 %, about
 * 9 standard errors.
 */
class RunStatisticsTest {
    private static final int N = 50;
    private static final int REPLICAS = 400;
    private static final double CAP = 0.5;
    private static final int PAIRS = 8;

    @Test
    void independentTokensFollowTheExactOnePointLaw() {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.execute(new String[] {"run", "d=3", "n=" + N, "sharing=0", "init=cap", "capAngle=" + CAP,
            "--time", "1", "--every", "0.5", "--replicas", String.valueOf(REPLICAS), "--seed", "500", "--threads", "2",
            "--pairs", "0-1,2-3,4-5,6-7,8-9,10-11,12-13,14-15"},
                new PrintWriter(out), new PrintWriter(err));
        assertEquals(0, code, err.toString());
        List<String> lines = out.toString().lines().filter(l -> !l.startsWith("#")).toList();
        List<String> header = Arrays.asList(lines.get(0).split(","));
        int tColumn = header.indexOf("t");
        int firstPair = header.indexOf("rho_0_1");
        int polar = header.indexOf("polarOrder");
        double[] times = {0, 0.5, 1};
        for (int k = 0; k < times.length; k++) {
            double[] pair = new double[REPLICAS];
            double[] order2 = new double[REPLICAS];
            int count = 0;
            for (String line : lines.subList(1, lines.size())) {
                String[] f = line.split(",");
                if (Math.abs(Double.parseDouble(f[tColumn]) - times[k]) < 0.01) {
                    for (int q = 0; q < PAIRS; q++) {
                        pair[count] += Double.parseDouble(f[firstPair + q]) / PAIRS;
                    }
                    double r = Double.parseDouble(f[polar]);
                    order2[count] = r * r;
                    count++;
                }
            }
            assertEquals(REPLICAS, count, "one row per replica at t = " + times[k]);
            double mu = Math.exp(-times[k]) * (1 + Math.cos(CAP)) / 2;
            double bias = 2 * 0.01 * times[k] * mu * mu;
            check("E rho_2k_2k+1 at t=" + times[k], pair, mu * mu, bias);
            check("E polarOrder^2 at t=" + times[k], order2, mu * mu + (1 - mu * mu) / N, bias);
        }
    }

    private static void check(String what, double[] values, double exact, double bias) {
        double mean = Arrays.stream(values).average().orElseThrow();
        double variance = Arrays.stream(values).map(v -> (v - mean) * (v - mean)).sum() / (values.length - 1);
        double tolerance = 4 * Math.sqrt(variance / values.length) + bias;
        String line = String.format(Locale.ROOT, "%s: %.5f vs %.5f (diff %+.4f, tol %.4f)", what, mean, exact,
                mean - exact, tolerance);
        System.out.println(line);
        assertTrue(Math.abs(mean - exact) <= tolerance, line);
    }
}
