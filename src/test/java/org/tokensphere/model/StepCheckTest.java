package org.tokensphere.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * Every token is checked in every step, on each path of the per-token integrator (d = 3 blocks, single and fused;
 * tiles; one token at a time with private noise) and by the attention drift when it acts alone: a token that
 * becomes NaN, wherever it sits, is named with the time; a step whose chord is too long names the first token that
 * moved too far, the same for 1 and 3 threads, as a brute-force chord of every token confirms. All messages are one
 * line. (In the d = 3 blocks, a bounded step's check is its shared bound once the tokens have passed a check:
 * {@link Block3BoundTest}.)
 */
class StepCheckTest {

    @Test
    void aNaNTokenIsNamedOnTheRowPath() {
        Params p = Params.defaults().toBuilder().d(5).n(5000).sigmaB(0.5).dt(0.01).seed(3).build();
        try (Simulation sim = new Simulation(p, 2)) {
            sim.step();
            sim.positions()[4321 * 5 + 2] = Double.NaN;
            ArithmeticException e = assertThrows(ArithmeticException.class, sim::step);
            assertEquals("token 4321 became NaN at t = 0.02000: the step dt = 0.0100 is too large for these "
                    + "parameters", e.getMessage());
        }
    }

    @Test
    void everyTokenIsCheckedWhenAttentionActsAlone() {
        // No per-token step runs then (it would not move a token): the attention corrector checks each token it
        // writes. A NaN token spoils every token's attention vector (softmax over all tokens, or the mean at
        // beta = 0), so the first token is named.
        for (AttentionKind kind : new AttentionKind[] {AttentionKind.SA, AttentionKind.USA}) {
            for (double beta : new double[] {1, 0}) {
                Params p = Params.defaults().toBuilder().n(3000).sigmaQ(0).sigmaB(0).attention(kind).alpha(1)
                        .beta(beta).dt(0.01).seed(3).build();
                assertTrue(p.attentionAlone(), p::toString);
                try (Simulation sim = new Simulation(p, 2)) {
                    sim.step();
                    sim.positions()[2345 * 3 + 1] = Double.NaN;
                    ArithmeticException e = assertThrows(ArithmeticException.class, sim::step);
                    assertEquals("token 0 became NaN at t = 0.02000: the step dt = 0.0100 is too large for these "
                            + "parameters", e.getMessage(), kind + " beta = " + beta);
                }
            }
        }
    }

    @Test
    void aNaNTokenIsNamedInTheBlocks() {
        int n = 5000;
        for (boolean heun : new boolean[] {false, true}) {
            Params p = Params.defaults().toBuilder().sigmaB(0.5).build();
            double[] x = InitialStates.sample(InitialState.UNIFORM, n, 3, 4);
            x[3 * 3333 + 1] = Double.NaN;
            double[][] blocks = BlockedState.allocate(n);
            BlockedState.pack(x, n, blocks);
            StepInputs[] in = new StepInputs[4];
            SharedDriving driving = new SharedDriving(3, 4);
            for (int s = 0; s < in.length; s++) {
                in[s] = new StepInputs(3);
                in[s].h = 0.01;
                driving.next(p, 0.01, in[s].dQ, in[s].dL);
                in[s].derive(p, new SymmetricExp(3), !heun, heun, null);
            }
            StepCheck check = new StepCheck();
            check.begin(1);
            new Block3().step(blocks, 0, blocks.length, n, in[0], heun, false, check, 0);
            assertEquals("token 3333 became NaN at t = 1.000: the step dt = 0.0100 is too large for these parameters",
                    check.failure(1, 0.01, 1).getMessage());
            check.begin(1);
            new Block3().stepFused(blocks, 0, blocks.length, n, in, 4, heun, false, check, 0);
            assertEquals("token 3333 became NaN between t = 0.9600 and 1.000: the step dt = 0.0100 is too large for "
                    + "these parameters", check.failure(1, 0.01, 4).getMessage());
        }
    }

    @Test
    void theFirstTokenWithATooLongChordIsNamed() {
        // A small bias keeps the per-token integrator on (quadratic driving alone runs the exact linear flow, which
        // has no step to refuse).
        Params base = Params.defaults().toBuilder().n(3000).sigmaQ(8).sigmaB(0.05).dt(0.1).seed(5).build();
        Params[] cases = {
            base, // d = 3 blocks; the shared bound is above 1.2, so chords are computed
            base.toBuilder().scheme(Scheme.HEUN).build(),
            base.toBuilder().sigmaB(0.5).build(),
            base.toBuilder().d(7).sigmaQ(4).build(), // tiles
            base.toBuilder().d(7).sigmaQ(4).scheme(Scheme.HEUN).build(),
            base.toBuilder().sharing(0.5).build() // one token at a time with private noise
        };
        for (Params p : cases) {
            String one = firstLongChord(p, 1);
            assertEquals(one, firstLongChord(p, 3), "1 and 3 threads");
        }
    }

    /** Runs until a step fails; checks its message against every token's chord; returns the message. */
    private static String firstLongChord(Params p, int threads) {
        int d = p.d();
        try (Simulation sim = new Simulation(p, threads)) {
            for (int step = 0; step < 50; step++) {
                double[] before = sim.positions().clone();
                try {
                    sim.advance(1);
                } catch (ArithmeticException e) {
                    String m = e.getMessage();
                    assertTrue(m.startsWith("the step dt = 0.100 is too large: token ") && !m.contains("\n"), m);
                    int token = Integer.parseInt(m.replaceAll(".*token (\\d+) moved.*", "$1"));
                    double[] after = sim.positions();
                    for (int i = 0; i <= token; i++) {
                        double c = 0;
                        for (int k = 0; k < d; k++) {
                            c += (after[i * d + k] - before[i * d + k]) * (after[i * d + k] - before[i * d + k]);
                        }
                        double chord = Math.sqrt(c);
                        if (i < token) {
                            assertTrue(chord <= Simulation.MAX_CHORD_PER_STEP + 1e-12, p + ": token " + i + " moved "
                                    + chord + " before the named " + token);
                        } else {
                            assertTrue(chord > Simulation.MAX_CHORD_PER_STEP - 1e-12, m + ": it moved " + chord);
                            assertTrue(m.contains(String.format(java.util.Locale.ROOT, "chord of %.2f", chord)), m);
                        }
                    }
                    return m;
                }
            }
        }
        assertNotNull(null, p + ": no step was refused");
        return null;
    }
}
