package org.tokensphere.model;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The d = 3 block kernels compute the same step as the general per-token kernels, to rounding. */
class Block3Test {

    private static void compare(boolean heun, boolean quadratic, boolean bias) {
        int n = 1000; // three full blocks and a partial one
        Params p = Params.defaults().toBuilder().sigmaQ(quadratic ? 1 : 0).sigmaB(bias ? 0.5 : 0).build();
        double[] x = InitialStates.sample(InitialState.UNIFORM, n, 3, 42);
        StepInputs in = new StepInputs(3);
        in.h = 0.02;
        new SharedDriving(3, 42).next(p, in.h, in.dQ, in.dL);
        in.derive(p, new SymmetricExp(3), true, heun, null);
        double[] expected = x.clone();
        TokenKernels.Scratch s = new TokenKernels.Scratch(3);
        for (int i = 0; i < n; i++) {
            if (heun) {
                TokenKernels.heun(expected, 3 * i, in, null, null, s);
            } else {
                TokenKernels.splitting(expected, 3 * i, in, null, null, s);
            }
        }
        double[][] blocks = BlockedState.allocate(n);
        BlockedState.pack(x, n, blocks);
        StepCheck check = new StepCheck();
        check.begin(1);
        new Block3().step(blocks, 0, blocks.length, n, in, heun, false, check, 0);
        assertEquals(null, check.failure(1, in.h, 1), "no token flagged");
        double[] actual = new double[3 * n];
        BlockedState.unpack(blocks, n, actual);
        double moved = 0;
        for (int k = 0; k < 3 * n; k++) {
            assertEquals(expected[k], actual[k], 2e-15, "coordinate " + k);
            moved = Math.max(moved, Math.abs(actual[k] - x[k]));
        }
        if (quadratic || bias) {
            assertEquals(true, moved > 1e-3, "the step moved the tokens");
        }
        for (int i = 0; i < n; i++) {
            double norm = Math.sqrt(Linalg.dot(actual, 3 * i, actual, 3 * i, 3));
            assertEquals(1, norm, 4e-16);
        }
    }

    @Test
    void splittingMatchesTheGeneralKernel() {
        compare(false, true, true);
        compare(false, true, false);
        compare(false, false, true);
    }

    @Test
    void heunMatchesTheGeneralKernel() {
        compare(true, true, true);
        compare(true, false, true);
    }

    @Test
    void fusedStepsGiveTheSameRunAsSingleSteps() {
        for (Scheme scheme : new Scheme[] {Scheme.SPLITTING, Scheme.HEUN}) {
            Params p = Params.defaults().toBuilder().n(5000).sigmaB(0.4).scheme(scheme).seed(5).build();
            try (Simulation fused = new Simulation(p, 2); Simulation single = new Simulation(p, 1)) {
                fused.advance(37);
                for (int k = 0; k < 37; k++) {
                    single.step();
                }
                assertEquals(single.time(), fused.time());
                assertEquals(37, fused.steps());
                org.junit.jupiter.api.Assertions.assertArrayEquals(single.positions(), fused.positions(), scheme.name());
                assertEquals(single.lyapunov().estimate(), fused.lyapunov().estimate());
            }
        }
    }
}
