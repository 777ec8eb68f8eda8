package org.tokensphere.app.viewmodel;

import org.junit.jupiter.api.Test;
import org.tokensphere.app.viewmodel.DisplaySettings.ColourBy;
import org.tokensphere.app.viewmodel.DisplaySettings.ProjectionKind;
import org.tokensphere.engine.ReadOnlyFloats;

import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Projection and colouring of a frame's tokens, on hand-made ensembles (seeded). */
class FramePreparationTest {
    /** {@code n} tokens in {@code R^d} near {@code ±axis} (alternating), spread {@code eps}. */
    private static ReadOnlyFloats twoClusters(int n, int d, double[] axis, double eps, long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        float[] x = new float[n * d];
        for (int i = 0; i < n; i++) {
            double s = i % 2 == 0 ? 1 : -1;
            double norm = 0;
            double[] v = new double[d];
            for (int k = 0; k < d; k++) {
                v[k] = s * axis[k] + eps * (r.nextDouble() - 0.5);
                norm += v[k] * v[k];
            }
            for (int k = 0; k < d; k++) {
                x[i * d + k] = (float) (v[k] / Math.sqrt(norm));
            }
        }
        return ReadOnlyFloats.copyOf(x);
    }

    @Test
    void principalAxesFindThePoleAxisInHighDimension() {
        int d = 8;
        double[] axis = new double[d];
        axis[5] = 0.6;
        axis[6] = 0.8;
        ReadOnlyFloats x = twoClusters(400, d, axis, 0.05, 3);
        Projector p = new Projector();
        float[] xyz = null;
        for (int k = 0; k < 30; k++) {
            xyz = p.project(x, 400, d, ProjectionKind.PRINCIPAL);
        }
        assertTrue(p.isProjection());
        double[] top = p.project(axis);
        assertEquals(1, Math.abs(top[0]), 1e-3, "the first drawn axis is the pole axis");
        assertEquals(1, Math.hypot(Math.hypot(xyz[0], xyz[1]), xyz[2]), 0.01, "tokens on the axis stay at radius 1");
        float[] first = p.project(x, 400, d, ProjectionKind.FIRST_THREE);
        assertEquals(0, Math.hypot(first[0], first[1]), 0.05, "first three coordinates hardly see this axis");
    }

    @Test
    void circleAndSphereAreDrawnAsThey() {
        Projector p = new Projector();
        ReadOnlyFloats circle = ReadOnlyFloats.copyOf(new float[] {0.6f, 0.8f});
        assertArrayEquals(new float[] {0.6f, 0.8f, 0}, java.util.Arrays.copyOf(p.project(circle, 1, 2,
                ProjectionKind.PRINCIPAL), 3));
        ReadOnlyFloats sphere = ReadOnlyFloats.copyOf(new float[] {0, 0.6f, 0.8f});
        assertArrayEquals(sphere.toArray(), java.util.Arrays.copyOf(p.project(sphere, 1, 3,
                ProjectionKind.PRINCIPAL), 3));
    }

    @Test
    void polesColourBySignAndKeepTheirColourWhenTheAxisFlips() {
        double[] u = {0, 0, 1};
        ReadOnlyFloats x = twoClusters(10, 3, u, 0.1, 5);
        TokenColoring c = new TokenColoring();
        int[] a = c.colour(x, x, 10, 3, ColourBy.POLE, c.stableAxis(u), null).clone();
        assertEquals(TokenColoring.POLE_PLUS, a[0]);
        assertEquals(TokenColoring.POLE_MINUS, a[1]);
        int[] b = c.colour(x, x, 10, 3, ColourBy.POLE, c.stableAxis(new double[] {0, 0, -1}), null);
        assertArrayEquals(a, java.util.Arrays.copyOf(b, 10), "an eigenvector's sign flip does not swap colours");
    }

    @Test
    void clustersKeepTheirSlotsAndPairsWearTheirTraceColour() {
        double[] u = {1, 0, 0};
        ReadOnlyFloats x = twoClusters(50, 3, u, 0.05, 9);
        TokenColoring c = new TokenColoring();
        int[] first = c.colour(x, x, 50, 3, ColourBy.CLUSTER, null, null).clone();
        assertNotEquals(first[0], first[1], "two antipodal clusters, two colours");
        for (int i = 2; i < 50; i++) {
            assertEquals(first[i % 2], first[i]);
        }
        ReadOnlyFloats moved = twoClusters(50, 3, new double[] {0.99, 0.141, 0}, 0.05, 10);
        int[] second = c.colour(moved, x, 50, 3, ColourBy.CLUSTER, null, new int[][] {{3, 4}});
        assertEquals(first[0], second[0], "a cluster that moved a little keeps its colour");
        assertEquals(TokenColoring.PAIR_BASE, second[3]);
        assertEquals(TokenColoring.PAIR_BASE, second[4]);
        int[] hues = c.colour(x, x, 50, 3, ColourBy.INITIAL_POSITION, null, null);
        for (int i = 0; i < 50; i++) {
            assertTrue(hues[i] >= TokenColoring.HUE_BASE && hues[i] < TokenColoring.PAIR_BASE);
        }
    }

    @Test
    void explanationsFollowTheSystem() {
        org.tokensphere.model.Params p = org.tokensphere.model.Params.defaults();
        assertEquals(SystemKind.RQF, SystemKind.of(p));
        Explanation dqf = Explanation.of(p.toBuilder().mode(org.tokensphere.model.Mode.DETERMINISTIC).build());
        assertEquals(SystemKind.DQF, dqf.kind());
        assertTrue(dqf.sentences().stream().anyMatch(s -> s.contains("docs/MATH.md") && s.contains("e_min")),
                "the deterministic form says which sign convention the app follows");
        assertTrue(dqf.latex().contains("t\\,M"));
        assertEquals(SystemKind.BIASED_RQF, SystemKind.of(p.toBuilder().sigmaB(0.5).build()));
        assertEquals(SystemKind.BIHARMONIC, SystemKind.of(p.toBuilder().d(2).build()));
        assertEquals(SystemKind.INDEPENDENT, SystemKind.of(p.toBuilder().sharing(0).build()));
        assertEquals(SystemKind.KURAMOTO, SystemKind.of(p.toBuilder().sigmaQ(0).d(2).beta(0)
                .attention(org.tokensphere.model.AttentionKind.USA).build()));
        String tex = EquationLatex.of(p.toBuilder().sigmaQ(0.5).build());
        assertTrue(tex.contains("\\sigma_Q = 0.5"), tex);
    }

    /**
     * Every system the explanation panel knows is reached from some parameters, and each has its own title: a
     * branch of {@link SystemKind#of} that can never be taken, or two systems shown under one name, fail.
     */
    @Test
    void everySystemIsReachedAndTitledApart() {
        org.tokensphere.model.Params p = org.tokensphere.model.Params.defaults();
        org.tokensphere.model.MatrixSpec zero = org.tokensphere.model.MatrixSpec.diagonal(0, 0, 0);
        java.util.Map<SystemKind, org.tokensphere.model.Params> cases = new java.util.EnumMap<>(SystemKind.class);
        cases.put(SystemKind.STILL, p.toBuilder().sigmaQ(0).build());
        cases.put(SystemKind.RQF, p);
        cases.put(SystemKind.BIHARMONIC, p.toBuilder().d(2).build());
        cases.put(SystemKind.DQF, p.toBuilder().mode(org.tokensphere.model.Mode.DETERMINISTIC).build());
        cases.put(SystemKind.MIXED_QF, p.toBuilder().mode(org.tokensphere.model.Mode.MIXED).build());
        cases.put(SystemKind.BIASED_RQF, p.toBuilder().sigmaB(0.5).build());
        cases.put(SystemKind.SPHERICAL_BM, p.toBuilder().sigmaQ(0).sigmaB(0.5).build());
        cases.put(SystemKind.FIXED_BIAS, p.toBuilder().mode(org.tokensphere.model.Mode.DETERMINISTIC).matrix(zero)
                .biasStrength(1).build());
        cases.put(SystemKind.KURAMOTO, p.toBuilder().sigmaQ(0).d(2).beta(0)
                .attention(org.tokensphere.model.AttentionKind.USA).build());
        cases.put(SystemKind.NOISY_TRANSFORMER, p.toBuilder().attention(org.tokensphere.model.AttentionKind.SA)
                .sigmaInd(0.5).build());
        cases.put(SystemKind.ATTENTION, p.toBuilder().attention(org.tokensphere.model.AttentionKind.SA).build());
        cases.put(SystemKind.INDEPENDENT, p.toBuilder().sharing(0).build());
        assertEquals(java.util.Set.of(SystemKind.values()), cases.keySet(), "a case for every system");
        java.util.Set<String> titles = new java.util.HashSet<>();
        for (var c : cases.entrySet()) {
            assertEquals(c.getKey(), SystemKind.of(c.getValue()), c.getValue().toString());
            assertEquals(c.getKey(), Explanation.of(c.getValue()).kind());
            assertTrue(titles.add(c.getKey().title()), "two systems titled " + c.getKey().title());
        }
        assertEquals(SystemKind.STILL, SystemKind.of(cases.get(SystemKind.FIXED_BIAS).toBuilder().biasStrength(0)
                .build()), "M = 0 and v = 0: nothing acts");
    }
}
