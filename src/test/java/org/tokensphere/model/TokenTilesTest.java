package org.tokensphere.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * The tiled kernels ({@link TokenTiles}, pairs of tokens) compute the steps of the one-token kernels
 * ({@link TokenKernels}) to rounding: the two sum in other orders, so a coordinate may differ by a few units in
 * the last place of the sums of {@code d} terms, {@code ≈ d u}; allowed {@code 64 d u}. An odd number of tokens uses
 * the single-token tail. Their checks name the same first token as a brute-force check of every token's chord.
 */
class TokenTilesTest {
    private static final double U = 0x1p-53;

    private static StepInputs inputs(int d, double sigmaQ, double sigmaB, double h, boolean heun, long seed) {
        Params p = Params.defaults().toBuilder().d(d).sigmaQ(sigmaQ).sigmaB(sigmaB).build();
        StepInputs in = new StepInputs(d);
        in.h = h;
        new SharedDriving(d, seed).next(p, h, in.dQ, in.dL);
        in.derive(p, new SymmetricExp(d), !heun, heun, null);
        return in;
    }

    /** Steps {@code x} by the one-token kernels; returns each token's squared chord. */
    private static double[] reference(double[] x, int n, StepInputs in, boolean heun) {
        int d = in.d;
        TokenKernels.Scratch s = new TokenKernels.Scratch(d);
        double[] chords = new double[n];
        for (int i = 0; i < n; i++) {
            chords[i] = heun ? TokenKernels.heun(x, i * d, in, null, null, s)
                    : TokenKernels.splitting(x, i * d, in, null, null, s);
        }
        return chords;
    }

    private static void tiles(double[] x, int n, StepInputs in, boolean heun, StepCheck check) {
        check.begin(1);
        TokenTiles.Work w = new TokenTiles.Work(in.d);
        if (heun) {
            TokenTiles.heun(x, 0, n, in, w, check, 0);
        } else {
            TokenTiles.splitting(x, 0, n, in, w, check, 0);
        }
    }

    @Test
    void tilesComputeTheOneTokenSteps() {
        int n = 101;
        for (int d : new int[] {2, 5, 8, 64}) {
            for (boolean heun : new boolean[] {false, true}) {
                double[][] cases = {{1, 0.5}, {1, 0}, {0, 0.5}};
                for (double[] c : cases) {
                    StepInputs in = inputs(d, c[0], c[1], 0.01 / d, heun, 11);
                    double[] x = InitialStates.sample(InitialState.UNIFORM, n, d, 12);
                    double[] expected = x.clone();
                    reference(expected, n, in, heun);
                    StepCheck check = new StepCheck();
                    tiles(x, n, in, heun, check);
                    assertNull(check.failure(1, in.h, 1), "no token flagged");
                    String what = "d = " + d + (heun ? " Heun" : " splitting") + " sigmaQ = " + c[0] + " sigmaB = "
                            + c[1];
                    for (int k = 0; k < n * d; k++) {
                        assertEquals(expected[k], x[k], 64 * d * U, what + ", coordinate " + k);
                    }
                }
            }
        }
    }

    @Test
    void chordsAreCheckedForEveryToken() {
        // sigma_Q = 3, h = 0.1 at d = 8: the shared bound is far above 1.2, chords are computed; some tokens move by
        // more than 1.2, most by less.
        int n = 301;
        int d = 8;
        for (boolean heun : new boolean[] {false, true}) {
            StepInputs in = inputs(d, 3, 1, 0.1, heun, 21);
            assertTrue(in.exactChords(), "bound " + in.chordBound);
            double[] x = InitialStates.sample(InitialState.UNIFORM, n, d, 22);
            double[] before = x.clone();
            double[] chords = reference(before, n, in, heun);
            int first = -1;
            int over = 0;
            for (int i = 0; i < n; i++) {
                if (chords[i] > StepCheck.MAX_CHORD_SQUARED) {
                    over++;
                    first = first < 0 ? i : first;
                }
            }
            assertTrue(first > 0 && over < n / 2, "a case with some long chords: first " + first + ", " + over);
            StepCheck check = new StepCheck();
            tiles(x, n, in, heun, check);
            ArithmeticException e = check.failure(2.5, in.h, 1);
            assertNotNull(e);
            assertTrue(e.getMessage().contains("token " + first + " moved by a chord of "
                    + String.format(java.util.Locale.ROOT, "%.2f", Math.sqrt(chords[first]))), e.getMessage());
            assertTrue(e.getMessage().contains("too large") && e.getMessage().contains("t = 2.5"), e.getMessage());
        }
    }
}
