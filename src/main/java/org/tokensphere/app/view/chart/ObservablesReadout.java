package org.tokensphere.app.view.chart;

import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import org.tokensphere.model.ObservableValues;

import java.util.Locale;

/** The observables now, in numbers, under the charts: r, S, the pair fractions, the clusters and λ. */
public final class ObservablesReadout extends Label {
    /** An empty readout. */
    public ObservablesReadout() {
        getStyleClass().add("readout");
        setId("readout");
        setWrapText(true);
        setMinHeight(Region.USE_PREF_SIZE);
    }

    /** Shows {@code v}. */
    public void show(ObservableValues v) {
        String lyap = Double.isFinite(v.lyapunov())
                ? ChartParts.fmt(v.lyapunov())
                + (Double.isFinite(v.lyapunovBand()) ? " ± " + ChartParts.fmt(v.lyapunovBand()) : "")
                : "–";
        String theory = Double.isFinite(v.lyapunovTheory()) ? " (theory " + ChartParts.fmt(v.lyapunovTheory()) + ")"
                : "";
        setText(String.format(Locale.ROOT,
                "r = %.3f   S = %.3f   polar pairs %.1f %%   anti-polar pairs %.1f %%%n"
                        + "clusters %s   λ = %s%s",
                v.polarOrder(), v.nematicOrder(), 100 * v.polarFraction(), 100 * v.antipolarFraction(),
                v.clusters() > 1000 ? ">1000" : String.valueOf(v.clusters()), lyap, theory));
    }
}
