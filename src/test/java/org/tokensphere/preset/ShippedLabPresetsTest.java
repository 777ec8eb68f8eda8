package org.tokensphere.preset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.tokensphere.model.Measurement;
import org.tokensphere.model.ObservableValues;
import org.tokensphere.model.Params;
import org.tokensphere.model.Simulation;
import org.tokensphere.model.theory.Equiangular;

/**
 * The presets of the transformer lab (docs/MATH.md §7, §8) show what their descriptions promise. Each runs as
 * shipped (its N, seed, automatic step) to its full duration; all are deterministic. Bounds are wide against the
 * measured values quoted per test; the equiangular ones are held to the ODE within 10⁻⁵, about 10× the automatic
 * step's measured error (at most 2.4·10⁻⁶).
 */
class ShippedLabPresetsTest {
    /**
     * Rigollet (2025), Fig. 2. Measured (every 1): clusters 29 → 8 → 5 → 4 → 3 → 2, the energy 17.6 → 106.3;
     * a plateau (49.2 at t = 12, 50.1 at t = 24), then a step (106.3 at t = 36); it never falls.
     */
    @Test
    void energyStaircaseRisesInStepsAtTheMerges() {
        Preset preset = PresetLibrary.shipped("energy-staircase");
        Params p = preset.toParams();
        double previous = Double.NEGATIVE_INFINITY;
        double previousClusters = Double.POSITIVE_INFINITY;
        int merges = 0;
        double[] energy = new double[(int) preset.duration() + 1];
        double first = Double.NaN;
        try (Simulation sim = new Simulation(p, 2)) {
            for (double t = 0; t <= preset.duration(); t += 1) {
                sim.advanceTo(t);
                ObservableValues v = Measurement.DEFAULT.measure(sim, new int[0][]);
                double e = v.attentionEnergy();
                if (Double.isNaN(first)) {
                    first = e;
                }
                assertTrue(e >= previous * (1 - 1e-9), "the energy never falls: " + previous + " -> " + e + " at t = " + t);
                if (v.clusters() < previousClusters && t > 10) {
                    merges++;
                }
                energy[(int) Math.round(t)] = e;
                previous = e;
                previousClusters = v.clusters();
            }
            assertTrue(merges >= 2, "at least two merges after the clusters formed: " + merges);
            assertTrue(previousClusters <= 3, "few clusters at the end: " + previousClusters);
            assertTrue(previous > 4 * first, "the energy rose: " + first + " -> " + previous);
            assertTrue(energy[24] < 1.05 * energy[12], "a plateau: " + energy[12] + " -> " + energy[24]);
            assertTrue(energy[36] > 1.8 * energy[24], "a step: " + energy[24] + " -> " + energy[36]);
        }
    }

    /** Rigollet (2025), Fig. 4. Measured at t = 16: Post-LN 1 − ρ = 7.2·10⁻¹⁴; Pre-LN (1 − ρ)t² = 1.265, r = 15.7. */
    @Test
    void postLnCollapsesExponentiallyAndPreLnLikeOneOverTSquared() {
        ObservableValues post = followsTheOde("equiangular-post-ln");
        ObservableValues pre = followsTheOde("equiangular-pre-ln");
        assertTrue(1 - post.rho01() < 1e-11, "Post-LN: 1 - rho = " + (1 - post.rho01()));
        double c = (1 - pre.rho01()) * pre.time() * pre.time();
        assertTrue(c > 1.15 && c < 1.4, "Pre-LN: (1 - rho) t^2 = " + c);
        assertEquals(1.0, post.meanRadius());
        assertTrue(pre.meanRadius() > 14 && pre.meanRadius() < 17, "Pre-LN: r grows like t: " + pre.meanRadius());
    }

    /**
     * Rigollet (2025), §6.3: the larger γ, the sparser the attention and the slower the collapse. Measured: ρ at
     * t = 4 is 0.9996 (γ = 1), 0.9994 (γ = 2), 0.626 (γ = 4).
     */
    @Test
    void longContextCollapsesMoreSlowlyAsGammaGrows() {
        double below = rhoAt("long-context-below", 4);
        double critical = rhoAt("long-context-critical", 4);
        double above = rhoAt("long-context-above", 4);
        assertTrue(below > critical && critical > above, below + " > " + critical + " > " + above);
        assertTrue(above < 0.7, "above the critical gamma the tokens have hardly moved: " + above);
        for (String name : new String[] {"long-context-below", "long-context-critical", "long-context-above"}) {
            followsTheOde(name);
        }
    }

    private static double rhoAt(String name, double t) {
        Params p = PresetLibrary.shipped(name).toParams();
        return Equiangular.of(p).rho(t);
    }

    /** Runs the preset to its end, checking ρ_01 against the ODE every time unit; the observables at the end. */
    private static ObservableValues followsTheOde(String name) {
        Preset preset = PresetLibrary.shipped(name);
        Params p = preset.toParams();
        assertTrue(Equiangular.applies(p), name + " follows the equiangular ODE");
        Equiangular ode = Equiangular.of(p);
        ObservableValues v = null;
        try (Simulation sim = new Simulation(p, 2)) {
            for (double t = 0; t <= preset.duration(); t += 1) {
                sim.advanceTo(t);
                v = Measurement.DEFAULT.measure(sim, new int[0][]);
                assertEquals(ode.rho(sim.time()), v.rho01(), 1e-5, name + " at t = " + sim.time());
            }
        }
        return v;
    }
}
