package org.tokensphere.preset;

import org.junit.jupiter.api.Test;
import org.tokensphere.model.InitKind;
import org.tokensphere.model.InitialState;
import org.tokensphere.model.InitialStates;
import org.tokensphere.model.Measurement;
import org.tokensphere.model.ObservableValues;
import org.tokensphere.model.Params;
import org.tokensphere.model.Simulation;
import org.tokensphere.model.observe.Observables;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every shipped preset loads and shows what it is meant to show. Each is run as shipped — its own N, seed and
 * parameters — to its full duration unless the test says otherwise (the SA preset to t = 40 of 200, the noisy
 * transformer to t = 15 of 30: both are in their long-lived state by then). All runs are seeded, hence
 * deterministic; the bounds are wide compared with the measured values quoted in each test.
 */
class ShippedPresetsTest {
    private static final int THREADS = 2;

    /** The observables at the given times (ascending) of a run of {@code p}. */
    private static List<ObservableValues> run(Params p, int[][] pairs, double... times) {
        List<ObservableValues> out = new ArrayList<>();
        try (Simulation sim = new Simulation(p, THREADS)) {
            for (double t : times) {
                sim.advanceTo(t);
                out.add(Measurement.DEFAULT.measure(sim, pairs));
            }
        }
        return out;
    }

    private static ObservableValues end(String name) {
        Preset preset = PresetLibrary.shipped(name);
        List<ObservableValues> v = run(preset.toParams(), preset.display().pairIndices(), preset.duration());
        return v.get(0);
    }

    @Test
    void theLibraryHoldsOnePresetPerSystemOfMathMdInGalleryOrder() {
        assertEquals(List.of("rqf", "deterministic", "rqf-bias", "common-brownian", "circle", "independent", "colored",
                "sa-metastable", "energy-staircase", "usa", "kuramoto", "noisy-transformer", "equiangular-post-ln",
                "equiangular-pre-ln", "long-context-below", "long-context-critical", "long-context-above"),
                PresetLibrary.names());
        for (PresetLibrary.ShippedPreset s : PresetLibrary.shipped()) {
            String d = s.preset().description();
            assertTrue(d.length() >= 150 && d.length() <= 700, s.name() + ": a classroom description of a few sentences");
        }
    }

    @Test
    void everyFileInThePresetsFolderIsListedInTheIndexAndIsInCanonicalForm() throws IOException {
        Path folder = Path.of("presets");
        List<String> files;
        try (Stream<Path> s = Files.list(folder)) {
            files = s.map(f -> f.getFileName().toString()).filter(f -> f.endsWith(".json"))
                    .map(f -> f.substring(0, f.length() - 5)).sorted().toList();
        }
        assertEquals(files, PresetLibrary.names().stream().sorted().toList());
        for (String name : files) {
            String text = Files.readString(folder.resolve(name + ".json"));
            assertEquals(text, PresetIO.toJson(PresetIO.parse(text)), name + ".json is as PresetIO writes it");
            assertEquals(PresetLibrary.shipped(name), PresetIO.load(folder.resolve(name + ".json")));
        }
    }

    /** RQF paper Figure 1. Measured: nematic order 1.0000, 2 clusters, polar order 0.040 at t = 10. */
    @Test
    void rqfEndsInTwoAntipodalClusters() {
        ObservableValues v = end("rqf");
        assertTrue(v.nematicOrder() > 0.999, "nematic order " + v.nematicOrder());
        assertEquals(2, v.clusters());
        assertTrue(v.polarOrder() < 0.5, "two clusters, not one: polar order " + v.polarOrder());
        assertTrue(v.antipolarFraction() > 0.3, "anti-polar pairs " + v.antipolarFraction());
    }

    /**
     * RQF paper Figure 2 and MATH.md §5.4, with M = diag(2, 0.5, −1): every token is at the exact
     * {@code e^{−tM}x_0/|e^{−tM}x_0|}; those not within 0.01 of the equator {@code ⟨x_0, e_min⟩ = 0} (the saddle;
     * their angle to the pole is at most 100·e^{−1.5·10}) are at ±e_min, on the side they started. Measured: 198
     * of 200 tokens there to 1e-9; one started at ⟨x_0, e_min⟩ = −1.6e-4 and is still 0.002 rad away, as the
     * formula says. The pair scalar products end at ±1.
     */
    @Test
    void deterministicFormSendsEveryTokenToThePoleOfItsHemisphere() {
        Preset preset = PresetLibrary.shipped("deterministic");
        Params p = preset.toParams();
        double[] m = Lists.toArray(preset.parameters().matrix().values());
        int d = p.d();
        double t = preset.duration();
        try (Simulation sim = new Simulation(p, THREADS)) {
            double[] x0 = sim.positions().clone();
            double[] eMin = sim.attractor();
            assertEquals(1, Math.abs(eMin[2]), 1e-12, "e_min is the third axis");
            sim.advanceTo(t);
            double[] x = sim.positions();
            int atPole = 0;
            for (int i = 0; i < p.n(); i++) {
                double[] exact = new double[d];
                double norm = 0;
                for (int k = 0; k < d; k++) {
                    exact[k] = Math.exp(-t * m[k]) * x0[i * d + k];
                    norm += exact[k] * exact[k];
                }
                double along = 0;
                double along0 = 0;
                for (int k = 0; k < d; k++) {
                    assertEquals(exact[k] / Math.sqrt(norm), x[i * d + k], 1e-9, "token " + i + " follows e^{-tM}x0");
                    along += x[i * d + k] * eMin[k];
                    along0 += x0[i * d + k] * eMin[k];
                }
                if (Math.abs(along0) >= 0.01) {
                    assertTrue(Math.abs(along) > 1 - 1e-9, "token " + i + " at <x, e_min> = " + along);
                    assertEquals(Math.signum(along0), Math.signum(along), "token " + i + " keeps its hemisphere");
                    atPole++;
                }
            }
            assertTrue(atPole >= 190, atPole + " tokens at the poles");
            for (double rho : Measurement.DEFAULT.measure(sim, preset.display().pairIndices()).pairRhos()) {
                assertEquals(1, Math.abs(rho), 1e-6, "pair scalar products end at +1 or -1");
            }
        }
    }

    /** MATH.md §5.5. Measured: polar order 1.0000 and one cluster from t = 2 on. */
    @Test
    void biasEndsInOneCluster() {
        ObservableValues v = end("rqf-bias");
        assertTrue(v.polarOrder() > 0.999, "polar order " + v.polarOrder());
        assertEquals(1, v.clusters());
    }

    /** RQF paper eq. (29). Measured: one cluster from t = 9, polar order 1.0000 at t = 15. */
    @Test
    void commonBrownianMotionEndsInOneCluster() {
        ObservableValues v = end("common-brownian");
        assertTrue(v.polarOrder() > 0.999, "polar order " + v.polarOrder());
        assertEquals(1, v.clusters());
    }

    /** RQF paper §5.1. Measured: nematic order 1.0000, 2 clusters, Lyapunov estimate −1.99 at t = 8. */
    @Test
    void circleEndsInTwoOppositePoints() {
        ObservableValues v = end("circle");
        assertTrue(v.nematicOrder() > 0.999, "nematic order " + v.nematicOrder());
        assertEquals(2, v.clusters());
        assertTrue(v.lyapunov() < 0, "negative Lyapunov estimate " + v.lyapunov());
    }

    /**
     * With {@code c = 0} the tokens are independent Brownian motions started from independent uniform points, and
     * the uniform law is invariant: at every time they are N = 500 independent uniform points. The reference law of
     * the nematic and polar orders is estimated from 400 seeded samples of such points (nematic 0.358 ± 0.008, polar
     * 0.041 ± 0.017); the run stays within 5 standard deviations of the mean at every sampled time. Measured:
     * nematic order 0.356–0.375, polar order 0.022–0.057, 1 % of pairs polar or anti-polar (as for uniform points).
     */
    @Test
    void independentTokensStayIsotropic() {
        Preset preset = PresetLibrary.shipped("independent");
        Params p = preset.toParams();
        int n = p.n();
        int samples = 400;
        double[] nem = new double[samples];
        double[] pol = new double[samples];
        for (int s = 0; s < samples; s++) {
            double[] x = InitialStates.sample(new InitialState(InitKind.UNIFORM, 0.5, 0.5, null, s + 1), n, 3, 12345);
            nem[s] = Observables.nematic(x, n, 3).order();
            pol[s] = Observables.polarOrder(x, n, 3);
        }
        double[] nemRef = meanSd(nem);
        double[] polRef = meanSd(pol);
        double third = 1.0 / 3;
        assertTrue(nemRef[0] > third && nemRef[0] < third + 4 * Math.sqrt(2.0 / (3 * n)), "reference " + nemRef[0]);
        List<ObservableValues> v = run(p, new int[0][], 1.6, 3.2, 4.8, 6.4, 8.0);
        for (ObservableValues o : v) {
            assertEquals(nemRef[0], o.nematicOrder(), 5 * nemRef[1], "nematic order at t = " + o.time());
            assertEquals(polRef[0], o.polarOrder(), 5 * polRef[1], "polar order at t = " + o.time());
            assertTrue(o.polarFraction() + o.antipolarFraction() < 0.02, "no pairs gather: " + o.polarFraction());
        }
    }

    private static double[] meanSd(double[] v) {
        double m = 0;
        for (double x : v) {
            m += x;
        }
        m /= v.length;
        double s = 0;
        for (double x : v) {
            s += (x - m) * (x - m);
        }
        return new double[] {m, Math.sqrt(s / (v.length - 1))};
    }

    /** MATH.md §2 (coloured driving). Measured: two clusters from t = 8, nematic order 1.0000 at t = 20. */
    @Test
    void colouredNoiseStillEndsInTwoAntipodalClusters() {
        ObservableValues v = end("colored");
        assertTrue(v.nematicOrder() > 0.999, "nematic order " + v.nematicOrder());
        assertEquals(2, v.clusters());
    }

    /**
     * Paper 2 §5 and Figure 2: at t = 20 and t = 40 the same handful of tight clusters (measured: 5 clusters, 28 %
     * of pairs polar, energy 133.04 then 133.09), far from one cluster (polar order 0.27).
     */
    @Test
    void lowTemperatureSelfAttentionHoldsSeveralClustersForALongTime() {
        Preset preset = PresetLibrary.shipped("sa-metastable");
        List<ObservableValues> v = run(preset.toParams(), new int[0][], 20, 40);
        ObservableValues a = v.get(0);
        ObservableValues b = v.get(1);
        assertTrue(a.clusters() >= 2 && a.clusters() <= 10, "clusters " + a.clusters());
        assertEquals(a.clusters(), b.clusters(), "the same clusters from t = 20 to 40");
        assertTrue(a.polarFraction() > 0.15, "tight clusters: polar pairs " + a.polarFraction());
        assertTrue(a.polarOrder() < 0.9, "not one cluster: polar order " + a.polarOrder());
        assertEquals(a.attentionEnergy(), b.attentionEnergy(), 0.01 * a.attentionEnergy(), "an energy plateau");
    }

    /**
     * Paper 2 Figure 1: the histogram of pairwise products moves its mass to 1. Measured: mass in the top bin
     * (ρ > 0.95) 0.024 (flat) at t = 0, 0.034, 0.93, 1.000, 1.000 at t = 3, 6, 9, 12; one cluster.
     */
    @Test
    void unnormalizedAttentionConcentratesThePairwiseProductsNearOne() {
        Preset preset = PresetLibrary.shipped("usa");
        List<ObservableValues> v = run(preset.toParams(), new int[0][], 0, 3, 6, 9, 12);
        double previous = -1;
        for (ObservableValues o : v) {
            double[] h = o.histogram();
            double top = h[h.length - 1];
            assertTrue(top >= previous, "the top bin fills steadily: " + top + " at t = " + o.time());
            previous = top;
        }
        double[] h0 = v.get(0).histogram();
        assertTrue(h0[h0.length - 1] < 0.05, "flat at the start: " + h0[h0.length - 1]);
        assertTrue(previous > 0.99, "top bin at the end " + previous);
        assertEquals(1, v.get(v.size() - 1).clusters());
    }

    /** MATH.md §5.7. Measured: polar order 0.094 at t = 0, 1.0000 at t = 16 and 20. */
    @Test
    void kuramotoOscillatorsSynchronize() {
        Preset preset = PresetLibrary.shipped("kuramoto");
        List<ObservableValues> v = run(preset.toParams(), new int[0][], 0, preset.duration());
        assertTrue(v.get(0).polarOrder() < 0.3, "incoherent start " + v.get(0).polarOrder());
        assertTrue(v.get(1).polarOrder() > 0.999, "synchronized: " + v.get(1).polarOrder());
    }

    /**
     * Paper 2 §7: a fuzzy cluster. Measured: polar order 0.80 at t = 15 (0.81 at t = 12, 0.79 at t = 30), 2.6 % of
     * pairs polar.
     */
    @Test
    void noisyTransformerSettlesIntoAFuzzyCluster() {
        Preset preset = PresetLibrary.shipped("noisy-transformer");
        ObservableValues v = run(preset.toParams(), new int[0][], 15).get(0);
        assertTrue(v.polarOrder() > 0.6 && v.polarOrder() < 0.93, "polar order " + v.polarOrder());
        assertTrue(v.polarFraction() < 0.1, "not collapsed to a point: polar pairs " + v.polarFraction());
    }
}
