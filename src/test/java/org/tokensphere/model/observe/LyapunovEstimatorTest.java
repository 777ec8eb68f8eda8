package org.tokensphere.model.observe;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.ZigguratSampler;
import org.apache.commons.rng.simple.RandomSource;
import org.junit.jupiter.api.Test;

class LyapunovEstimatorTest {

    private static final double LAMBDA = -2.0;
    private static final double S = 2.0;

    /** Feeds logGrowth = λ·dt + s·√dt·Z; returns the exact Σ dt. dt = fixed, or uniform in [dt/2, 3dt/2] when varying. */
    private static double feed(LyapunovEstimator estimator, int steps, double dt, boolean varying, long seed) {
        UniformRandomProvider rng = RandomSource.XO_RO_SHI_RO_128_PP.create(seed);
        ZigguratSampler.NormalizedGaussian z = ZigguratSampler.NormalizedGaussian.of(rng);
        for (int k = 0; k < steps; k++) {
            double h = varying ? dt * (0.5 + rng.nextDouble()) : dt;
            estimator.add(LAMBDA * h + S * Math.sqrt(h) * z.sample(), h);
        }
        return estimator.time();
    }

    @Test
    void estimateAndBandMatchIidIncrements() {
        // Σ logGrowth = λT + s·W_T exactly, so the estimate has standard error s/√T, and the true
        // band half-width is 2s/√T. 31·4096 steps end with 31 complete batches (30 degrees of freedom):
        // the band estimate is off by a factor 2 with probability P(χ²_30 < 7.5) ≈ 1e-5. Seeds 41, 42.
        for (boolean varying : new boolean[] {false, true}) {
            LyapunovEstimator estimator = new LyapunovEstimator();
            double time = feed(estimator, 31 * 4096, 0.01, varying, varying ? 42L : 41L);
            double se = S / Math.sqrt(time);
            assertEquals(LAMBDA, estimator.estimate(), 4 * se, "estimate within 4 SE");
            double band = estimator.bandHalfWidth();
            assertTrue(band > se && band < 4 * se, "band " + band + " vs 2·SE = " + 2 * se);
            int batches = estimator.batchDurations().length - 1;
            assertTrue(batches >= 16 && batches <= 31, "complete batches: " + batches);
        }
    }

    @Test
    void mergingKeepsExactTotals() {
        // Dyadic inputs (dt = 1/64, logGrowth = k/1024) make every sum exact in floating point.
        // 1000 steps: merges after 32, 64, 128, 256, 512 steps, so batches of 32 steps: 31 complete
        // (16 merged + 15 new) and an open batch of 8 steps.
        LyapunovEstimator estimator = new LyapunovEstimator();
        UniformRandomProvider rng = RandomSource.XO_RO_SHI_RO_128_PP.create(7L);
        double dt = 1.0 / 64;
        double sumLog = 0;
        for (int k = 0; k < 1000; k++) {
            double logGrowth = (rng.nextInt(201) - 100) / 1024.0;
            sumLog += logGrowth;
            estimator.add(logGrowth, dt);
        }
        double[] logs = estimator.batchLogGrowths();
        double[] durations = estimator.batchDurations();
        assertEquals(32, logs.length);
        assertEquals(32 * dt, estimator.batchLength(), 0);
        for (int b = 0; b < 31; b++) {
            assertEquals(32 * dt, durations[b], 0);
        }
        assertEquals(8 * dt, durations[31], 0);
        assertEquals(sumLog, Arrays.stream(logs).sum(), 0);
        assertEquals(1000 * dt, Arrays.stream(durations).sum(), 0);
        assertEquals(1000 * dt, estimator.time(), 0);
        assertEquals(sumLog / (1000 * dt), estimator.estimate(), 0);
    }

    @Test
    void bandNeedsFourBatchesAndResetForgets() {
        LyapunovEstimator estimator = new LyapunovEstimator();
        assertTrue(Double.isNaN(estimator.estimate()));
        estimator.add(0.5, 0); // no time: neither an estimate nor a batch
        assertTrue(Double.isNaN(estimator.estimate()));
        estimator.add(-0.01, 0.01);
        estimator.add(-0.03, 0.01);
        estimator.add(-0.02, 0.01);
        assertTrue(Double.isNaN(estimator.bandHalfWidth()), "3 batches");
        assertEquals((0.5 - 0.06) / 0.03, estimator.estimate(), 1e-12);
        estimator.add(-0.02, 0.01);
        assertTrue(estimator.bandHalfWidth() > 0, "4 batches");
        estimator.reset();
        assertEquals(0, estimator.time());
        assertTrue(Double.isNaN(estimator.estimate()));
        assertTrue(Double.isNaN(estimator.bandHalfWidth()));
        assertEquals(1, estimator.batchLogGrowths().length);
    }
}
