package org.tokensphere.app.viewmodel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.tokensphere.model.AttentionKind;
import org.tokensphere.model.Norm;
import org.tokensphere.model.Params;

/** The side panel learns norm and γ (docs/MATH.md §8): set, shown, explained, and bad values refused, never clamped. */
class TransformerLabViewModelTest {
    private final ParamsViewModel vm = new ParamsViewModel(Params.defaults().toBuilder().sigmaQ(0)
            .attention(AttentionKind.SA).build());

    @Test
    void normAndGammaReachTheParameters() {
        vm.setNorm(Norm.PERI);
        assertEquals(Norm.PERI, vm.params().norm());
        assertEquals(Norm.PERI, vm.normProperty().get());
        assertTrue(vm.set(Knob.GAMMA, 1.5));
        assertEquals(1.5, vm.params().gamma());
        assertEquals(1.5 * Math.log(vm.params().n()), vm.params().effectiveBeta(), 1e-12);
        assertTrue(EquationLatex.of(vm.params()).contains("\\gamma\\log N"), "the equation shows beta = gamma log N");
        assertTrue(EquationLatex.of(vm.params()).contains("dr_i"), "the equation shows the radius");
    }

    @Test
    void aNegativeGammaIsRefusedWithTheFieldAndItsRange() {
        assertTrue(vm.set(Knob.GAMMA, 0.5));
        Params before = vm.params();
        assertFalse(vm.setText(Knob.GAMMA, "-1"));
        assertEquals(before, vm.params(), "nothing changed");
        String m = vm.messageProperty().get();
        assertTrue(m.contains("gamma") && m.contains("[0, 20"), m);
        assertEquals(0.5, vm.get(Knob.GAMMA), "not clamped");
    }

    @Test
    void theExplanationCitesTheSectionsOfEachScheme() {
        vm.setNorm(Norm.PRE);
        String text = String.join(" ", Explanation.of(vm.params()).sentences());
        assertTrue(text.contains("Rigollet (2025), §6.2"), text);
        assertTrue(text.contains("1/t²") || text.contains("c/t²"), text);
        vm.setNorm(Norm.POST);
        assertTrue(vm.set(Knob.GAMMA, 2));
        text = String.join(" ", Explanation.of(vm.params()).sentences());
        assertTrue(text.contains("Theorem 7") && text.contains("§6.3"), text);
        assertTrue(text.contains("energy"), text);
    }
}
