package org.tokensphere.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The shared bound that stands for the check of every token in a d = 3 block step ({@link Block3}): a step whose
 * chord bound is at most {@link Simulation#MAX_CHORD_PER_STEP} takes every token that passed the check to a finite
 * unit vector. Checked by brute force at the edge of that region (the increments scaled until the bound is just
 * below the limit), on the tokens where the step is closest to failing (the eigenvectors of {@code ΔQ}, where
 * {@code |Ex|} is smallest and largest; {@code ±ŵ}, where the Möbius denominator is smallest) and on random ones,
 * each put off the sphere by as much as the check lets through. And through {@link BlockedState}: tokens that
 * have not passed the check are checked, step after step, until they do.
 */
class Block3BoundTest {
    /**
     * Every token after a step: {@code ||x|² − 1|} at most this, 9 ulps (measured: 3 ulps; without the Newton step
     * after the Möbius map, 30).
     */
    private static final double UNIT = 2e-15;
    /** The largest {@code ||x|² − 1|} of a token that passes the check's lane sums (10⁻²⁰ is their limit). */
    private static final double ADMITTED = 1e-10;

    private enum Shape { QUADRATIC, BIAS, BOTH }

    @Test
    void stepsAtTheEdgeOfTheBoundKeepEveryTokenOnTheSphere() {
        SplittableRandom rng = new SplittableRandom(11);
        for (boolean heun : new boolean[] {false, true}) {
            for (Shape shape : Shape.values()) {
                for (int trial = 0; trial < 20; trial++) {
                    double[] q = randomSymmetric(rng);
                    double[] w = randomUnit(rng);
                    StepInputs in = atTheEdge(q, w, shape, heun);
                    double[] x = worstTokens(q, w, rng, 3000);
                    int n = x.length / 3;
                    step(x, n, in, heun);
                    assertOnTheSphere(x, n, heun + " " + shape + " trial " + trial);
                }
            }
        }
    }

    @Test
    void manyStepsAtTheEdgeKeepEveryTokenOnTheSphere() {
        SplittableRandom rng = new SplittableRandom(12);
        for (boolean heun : new boolean[] {false, true}) {
            int n = 2000;
            double[] x = InitialStates.sample(InitialState.UNIFORM, n, 3, 5);
            double[][] blocks = BlockedState.allocate(n);
            BlockedState.pack(x, n, blocks);
            Block3 kernel = new Block3();
            StepCheck check = new StepCheck();
            for (int s = 0; s < 300; s++) {
                StepInputs in = atTheEdge(randomSymmetric(rng), randomUnit(rng), Shape.BOTH, heun);
                check.begin(1);
                kernel.step(blocks, 0, blocks.length, n, in, heun, true, check, 0);
                assertTrue(check.passed());
                BlockedState.unpack(blocks, n, x);
                assertOnTheSphere(x, n, (heun ? "Heun" : "splitting") + " step " + s);
            }
        }
    }

    @Test
    void tokensNotYetCheckedAreCheckedUntilTheyPass() {
        int n = 5000;
        Params p = Params.defaults().toBuilder().sigmaB(0.5).build();
        for (boolean heun : new boolean[] {false, true}) {
            for (boolean fused : new boolean[] {false, true}) {
                double[] x = InitialStates.sample(InitialState.UNIFORM, n, 3, 4);
                x[3 * 3333 + 1] = Double.NaN;
                try (Parallel parallel = new Parallel(2)) {
                    BlockedState state = new BlockedState(x, n, 2);
                    SharedDriving driving = new SharedDriving(3, 4);
                    StepCheck check = new StepCheck();
                    for (int s = 0; s < 3; s++) {
                        // The NaN stays, so every step names it: the blocks never passed the check.
                        step(state, driving, p, heun, fused, parallel, check);
                        assertEquals("token 3333 became NaN at t = 1.000: the step dt = 0.0100 is too large for these "
                                + "parameters", check.failure(1, 0.01, 1).getMessage(), heun + " " + fused);
                    }
                    x[3 * 3333 + 1] = 0;
                    x[3 * 3333] = 1;
                    state = new BlockedState(x, n, 2);
                    step(state, driving, p, heun, fused, parallel, check);
                    assertTrue(check.passed());
                }
            }
        }
    }

    private static void step(BlockedState state, SharedDriving driving, Params p, boolean heun, boolean fused,
                             Parallel parallel, StepCheck check) {
        StepInputs[] inputs = state.inputs();
        int m = fused ? 4 : 1;
        for (int s = 0; s < m; s++) {
            inputs[s].h = 0.01;
            driving.next(p, 0.01, inputs[s].dQ, inputs[s].dL);
            inputs[s].derive(p, new SymmetricExp(3), !heun, heun, null);
            assertFalse(inputs[s].exactChords());
        }
        if (fused) {
            state.stepFused(m, heun, parallel, check);
        } else {
            state.step(inputs[0], heun, parallel, check);
        }
    }

    /** One block step of {@code x} (row-major, {@code n} tokens) with {@code in}, from checked tokens. */
    private static void step(double[] x, int n, StepInputs in, boolean heun) {
        double[][] blocks = BlockedState.allocate(n);
        BlockedState.pack(x, n, blocks);
        StepCheck check = new StepCheck();
        check.begin(1);
        new Block3().step(blocks, 0, blocks.length, n, in, heun, true, check, 0);
        assertTrue(check.passed());
        BlockedState.unpack(blocks, n, x);
    }

    /**
     * The inputs of {@code t·q} and {@code t·c·w} (the bias a quarter of the quadratic part's norm when both act),
     * with {@code t} the largest for which no token's chord needs computing (to 0.1 %).
     */
    private static StepInputs atTheEdge(double[] q, double[] w, Shape shape, boolean heun) {
        double lo = 0;
        double hi = 64;
        for (int i = 0; i < 60 && hi - lo > 1e-3 * hi; i++) {
            double t = 0.5 * (lo + hi);
            if (inputs(q, w, shape, heun, t).exactChords()) {
                hi = t;
            } else {
                lo = t;
            }
        }
        StepInputs in = inputs(q, w, shape, heun, lo);
        assertFalse(in.exactChords());
        assertTrue(inputs(q, w, shape, heun, hi * 1.01).exactChords(), "the edge is the edge");
        return in;
    }

    private static StepInputs inputs(double[] q, double[] w, Shape shape, boolean heun, double t) {
        StepInputs in = new StepInputs(3);
        in.h = 0.01;
        double cq = shape == Shape.BIAS ? 0 : t;
        double cb = shape == Shape.QUADRATIC ? 0 : shape == Shape.BIAS ? t : 0.25 * t;
        for (int k = 0; k < 9; k++) {
            in.dQ[k] = cq * q[k];
        }
        for (int k = 0; k < 3; k++) {
            in.dL[k] = cb * w[k];
        }
        in.derive(Params.defaults(), new SymmetricExp(3), !heun, heun, null);
        return in;
    }

    /** A random symmetric 3×3 matrix with Frobenius norm 1. */
    private static double[] randomSymmetric(SplittableRandom rng) {
        double[] q = new double[9];
        for (int i = 0; i < 3; i++) {
            for (int j = i; j < 3; j++) {
                q[3 * i + j] = q[3 * j + i] = rng.nextDouble(-1, 1);
            }
        }
        double s = 0;
        for (double v : q) {
            s += v * v;
        }
        for (int k = 0; k < 9; k++) {
            q[k] /= Math.sqrt(s);
        }
        return q;
    }

    private static double[] randomUnit(SplittableRandom rng) {
        double[] v = {rng.nextGaussian(), rng.nextGaussian(), rng.nextGaussian()};
        double r = Math.sqrt(v[0] * v[0] + v[1] * v[1] + v[2] * v[2]);
        return new double[] {v[0] / r, v[1] / r, v[2] / r};
    }

    /**
     * The eigenvectors of {@code q} and {@code ±w}, each with both signs, then {@code random} uniform tokens; every
     * token scaled so that {@code |x|² − 1} is {@code ±}{@link #ADMITTED} (alternately).
     */
    private static double[] worstTokens(double[] q, double[] w, SplittableRandom rng, int random) {
        org.ejml.data.DMatrixRMaj m = new org.ejml.data.DMatrixRMaj(3, 3, true, q);
        var eig = org.ejml.dense.row.factory.DecompositionFactory_DDRM.eig(3, true, true);
        assertTrue(eig.decompose(m));
        int n = 2 * 3 + 2 + random;
        double[] x = new double[3 * n];
        int i = 0;
        for (int e = 0; e < 3; e++) {
            org.ejml.data.DMatrixRMaj v = eig.getEigenVector(e);
            for (int sign = -1; sign <= 1; sign += 2) {
                for (int k = 0; k < 3; k++) {
                    x[3 * i + k] = sign * v.get(k) / org.ejml.dense.row.NormOps_DDRM.normF(v);
                }
                i++;
            }
        }
        for (int sign = -1; sign <= 1; sign += 2) {
            for (int k = 0; k < 3; k++) {
                x[3 * i + k] = sign * w[k];
            }
            i++;
        }
        while (i < n) {
            double[] u = randomUnit(rng);
            System.arraycopy(u, 0, x, 3 * i, 3);
            i++;
        }
        for (i = 0; i < n; i++) {
            double f = Math.sqrt(1 + (i % 2 == 0 ? ADMITTED : -ADMITTED));
            for (int k = 0; k < 3; k++) {
                x[3 * i + k] *= f;
            }
        }
        return x;
    }

    private static void assertOnTheSphere(double[] x, int n, String what) {
        for (int i = 0; i < n; i++) {
            double s = Linalg.dot(x, 3 * i, x, 3 * i, 3);
            assertTrue(Math.abs(s - 1) <= UNIT, what + ": token " + i + " has |x|² − 1 = " + (s - 1));
        }
    }
}
