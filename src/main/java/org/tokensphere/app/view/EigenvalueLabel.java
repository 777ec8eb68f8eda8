package org.tokensphere.app.view;

import javafx.scene.control.Label;
import org.tokensphere.app.viewmodel.NumberText;

import java.util.Locale;

/**
 * The eigenvalues of the fixed matrix {@code M}, ascending (the first six), and the gap {@code μ₂ − μ₁} that sets
 * how fast the deterministic flow reaches {@code ±e_min}.
 */
final class EigenvalueLabel extends Label {
    EigenvalueLabel() {
        setId("eigenvalues");
        getStyleClass().add("eigenvalues");
        setWrapText(true);
    }

    /** Shows {@code values} (ascending), or nothing for null or none. */
    void show(double[] values) {
        if (values == null || values.length == 0) {
            setText("");
            return;
        }
        StringBuilder s = new StringBuilder("eigenvalues of M, ascending:\n");
        int shown = Math.min(values.length, 6);
        for (int k = 0; k < shown; k++) {
            s.append(k == 0 ? "" : k % 3 == 0 ? "\n" : "   ").append("μ").append(NumberText.subscript(k + 1))
                    .append(" = ").append(String.format(Locale.ROOT, "%.3f", values[k]).replace('-', '−'));
        }
        if (values.length > shown) {
            s.append("  …");
        }
        if (values.length >= 2) {
            double gap = values[1] - values[0];
            s.append(String.format(Locale.ROOT, "%ngap μ₂ − μ₁ = %.3f: angle to e_min ~ e^(−%.2f t)", gap, gap));
        }
        setText(s.toString());
    }
}
