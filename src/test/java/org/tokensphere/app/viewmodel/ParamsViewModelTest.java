package org.tokensphere.app.viewmodel;

import org.junit.jupiter.api.Test;
import org.tokensphere.model.AttentionKind;
import org.tokensphere.model.InitKind;
import org.tokensphere.model.Mode;
import org.tokensphere.model.Params;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The parameter logic of the side panel, without the toolkit. */
class ParamsViewModelTest {
    private final ParamsViewModel vm = new ParamsViewModel(Params.defaults());

    @Test
    void startsFromTheGivenParametersWithOnePropertyEach() {
        Params p = Params.defaults();
        assertEquals(p, vm.params());
        assertEquals(p.sigmaQ(), vm.get(Knob.SIGMA_Q));
        assertEquals(p.n(), vm.get(Knob.N));
        assertEquals(p.d(), vm.get(Knob.D));
        assertEquals(p.sharing(), vm.get(Knob.SHARING));
        assertEquals(Mode.RANDOM, vm.modeProperty().get());
        assertEquals(AttentionKind.NONE, vm.attentionProperty().get());
        assertEquals(1, vm.get(Knob.SPEED));
        assertEquals("", vm.messageProperty().get());
    }

    @Test
    void buildsNewParamsFromEachProperty() {
        List<Params> seen = new ArrayList<>();
        vm.paramsProperty().addListener((o, a, p) -> seen.add(p));
        assertTrue(vm.set(Knob.SIGMA_Q, 0.7));
        assertTrue(vm.set(Knob.SHARING, 0.25));
        assertTrue(vm.set(Knob.SIGMA_IND, 0.1));
        assertTrue(vm.set(Knob.N, 1200));
        assertTrue(vm.set(Knob.D, 5));
        assertTrue(vm.set(Knob.DT, 0.005));
        Params p = vm.params();
        assertEquals(0.7, p.sigmaQ());
        assertEquals(0.25, p.sharing());
        assertEquals(0.1, p.sigmaInd());
        assertEquals(1200, p.n());
        assertEquals(5, p.d());
        assertEquals(0.005, p.dt());
        assertEquals(6, seen.size(), "one new Params per accepted change");
        assertEquals(5, p.biasDirection().length, "the bias direction follows d");
    }

    @Test
    void refusesOutOfRangeValuesNamingTheFieldAndKeepsThePreviousValue() {
        assertTrue(vm.set(Knob.SIGMA_Q, 2));
        Params before = vm.params();
        assertFalse(vm.set(Knob.SIGMA_Q, 25));
        String m = vm.messageProperty().get();
        assertTrue(m.contains("σ_Q") && m.contains("sigmaQ") && m.contains("[0.0, 20.0]"), m);
        assertEquals(2, vm.get(Knob.SIGMA_Q), "not clamped: the previous valid value stays");
        assertEquals(before, vm.params());

        assertFalse(vm.set(Knob.SHARING, 1.5));
        assertTrue(vm.messageProperty().get().contains("sharing"), vm.messageProperty().get());
        assertEquals(1, vm.get(Knob.SHARING));

        assertFalse(vm.setText(Knob.BETA, "hot"));
        assertTrue(vm.messageProperty().get().contains("β") && vm.messageProperty().get().contains("not a number"));

        assertFalse(vm.set(Knob.N, 2.5));
        assertTrue(vm.messageProperty().get().contains("whole number"));
        assertEquals(300, vm.params().n());

        assertFalse(vm.set(Knob.SPEED, 0));
        assertTrue(vm.messageProperty().get().contains("speed"), vm.messageProperty().get());
        assertEquals(1, vm.get(Knob.SPEED));

        assertTrue(vm.set(Knob.SIGMA_Q, 1.5));
        assertEquals("", vm.messageProperty().get(), "an accepted change clears the message");
    }

    @Test
    void refusesCombinationsTheCoreRefuses() {
        assertTrue(vm.set(Knob.N, 200_000), "the exact linear flow takes many tokens");
        assertFalse(vm.set(Knob.SIGMA_B, 0.5), "but not with per-token dynamics");
        assertTrue(vm.messageProperty().get().contains("100000"), vm.messageProperty().get());
        assertEquals(0, vm.get(Knob.SIGMA_B));
        assertEquals(0, vm.params().sigmaB());
    }

    @Test
    void switchesModes() {
        vm.setMode(Mode.DETERMINISTIC);
        assertEquals(Mode.DETERMINISTIC, vm.params().mode());
        assertEquals(Mode.DETERMINISTIC, vm.modeProperty().get());
        assertEquals(0, vm.params().effectiveSigmaQ());
        assertTrue(vm.params().usesMatrix());
        vm.setMode(Mode.MIXED);
        assertEquals(Mode.MIXED, vm.params().mode());
        assertEquals(1, vm.params().effectiveSigmaQ());
        vm.setMode(Mode.RANDOM);
        assertFalse(vm.params().usesMatrix());
        assertEquals(1, vm.get(Knob.SIGMA_Q), "σ_Q is kept across modes");
    }

    @Test
    void newMatrixDrawsAnotherM() {
        vm.setMode(Mode.DETERMINISTIC);
        long seed = vm.params().matrix().seed();
        vm.newMatrix();
        assertNotEquals(seed, vm.params().matrix().seed());
    }

    @Test
    void biasSlidersSetStrengthsAndDirection() {
        assertTrue(vm.set(Knob.SIGMA_B, 0.8));
        assertEquals(0.8, vm.params().sigmaB());
        assertEquals(0.8, vm.params().effectiveSigmaB());
        assertTrue(vm.set(Knob.BIAS_STRENGTH, 1.5));
        assertEquals(1.5, vm.params().biasStrength());
        assertEquals(0, vm.params().effectiveBiasStrength(), "|v| acts only in deterministic and mixed modes");
        vm.setMode(Mode.MIXED);
        assertEquals(1.5, vm.params().effectiveBiasStrength());

        assertTrue(vm.set(Knob.BIAS_POLAR, 90));
        assertTrue(vm.set(Knob.BIAS_AZIMUTH, 90));
        assertArrayEquals(new double[] {0, 1, 0}, vm.params().biasDirection(), 1e-12);
        assertTrue(vm.set(Knob.BIAS_POLAR, 180));
        assertArrayEquals(new double[] {0, 0, -1}, vm.params().biasDirection(), 1e-12);

        assertFalse(vm.set(Knob.BIAS_AZIMUTH, 400));
        assertTrue(vm.messageProperty().get().contains("φ_v"));
        assertEquals(90, vm.get(Knob.BIAS_AZIMUTH));
    }

    @Test
    void colouredNoiseAndAutoDtKeepTheirValuesWhileOff() {
        assertTrue(vm.set(Knob.TAU, 0.5));
        assertEquals(0, vm.params().tau(), "white noise until coloured noise is ticked");
        vm.setColouredNoise(true);
        assertEquals(0.5, vm.params().tau());
        vm.setColouredNoise(false);
        assertEquals(0, vm.params().tau());

        assertTrue(vm.autoDtProperty().get());
        assertTrue(vm.set(Knob.DT, 0.002));
        assertFalse(vm.autoDtProperty().get(), "setting dt fixes it");
        assertEquals(0.002, vm.params().dt());
        vm.setAutoDt(true);
        assertEquals(0, vm.params().dt());
        assertFalse(vm.set(Knob.DT, 0.5));
        assertTrue(vm.messageProperty().get().contains("dt"));
    }

    @Test
    void seedsInitialStatesAndReplay() {
        vm.newSeed();
        assertEquals(2, vm.params().seed());
        assertFalse(vm.setSeedText("x"));
        assertEquals(2, vm.params().seed());
        long variant = vm.params().init().variant();
        vm.replaySameNoise();
        assertEquals(variant + 1, vm.params().init().variant());
        assertEquals(2, vm.params().seed(), "same noise");
        vm.setInitKind(InitKind.PAIR);
        assertTrue(vm.set(Knob.RHO0, 0.3));
        assertEquals(InitKind.PAIR, vm.params().init().kind());
        assertEquals(0.3, vm.params().init().rho0());
        assertFalse(vm.set(Knob.RHO0, 1.5));
        assertTrue(vm.messageProperty().get().contains("rho0"), vm.messageProperty().get());
    }

    @Test
    void adoptShowsParamsAsTheyAre() {
        Params other = Params.defaults().toBuilder().mode(Mode.MIXED).sigmaQ(0.4).tau(2).n(50).d(4)
                .biasDirection(0, 1, 0, 0).build();
        vm.adopt(other);
        assertEquals(other, vm.params());
        assertEquals(Mode.MIXED, vm.modeProperty().get());
        assertEquals(0.4, vm.get(Knob.SIGMA_Q));
        assertTrue(vm.colouredNoiseProperty().get());
        assertEquals(2, vm.get(Knob.TAU));
        assertEquals(90, vm.get(Knob.BIAS_AZIMUTH), 1e-9);
        assertEquals(90, vm.get(Knob.BIAS_POLAR), 1e-9);
    }

    @Test
    void biasDirectionAnglesRoundTrip() {
        for (int d : new int[] {2, 3, 7}) {
            double[] v = BiasDirection.vector(d, 130, 60);
            double[] a = BiasDirection.angles(v);
            assertEquals(130, a[0], 1e-9);
            if (d > 2) {
                assertEquals(60, a[1], 1e-9);
            }
        }
    }
}
