package org.tokensphere.app.view.chart;

import io.fair_acc.dataset.spi.DoubleDataSet;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.tokensphere.engine.Frame;
import org.tokensphere.engine.HistorySnapshot;
import org.tokensphere.model.Mode;
import org.tokensphere.model.ScalarObservable;

/**
 * The running Lyapunov estimate with its ±2 standard-error band, beside the theoretical value where one is known
 * ({@code −2σ_Q²} for the RQF, {@code −(μ₂−μ₁)} for the deterministic form).
 */
public final class LyapunovChart extends HistoryChart {
    private static final String COLOUR = "#2e86ab";

    private final DoubleDataSet estimate = series("λ estimate", COLOUR, 2, null);
    private final DoubleDataSet high = series("±2 s.e. band", COLOUR, 0.8, "3 3");
    private final DoubleDataSet low = series("band ", COLOUR, 0.8, "3 3");
    private final DoubleDataSet theory = series("theory −2σ_Q²", OrderChart.R_COLOUR, 1.6, "8 4");
    private final Label theoryLegend;
    private final VBox node;

    /** The chart, empty. */
    public LyapunovChart() {
        super("lyapunov-chart", ChartParts.axis("λ", Double.NaN, Double.NaN));
        chart().getDatasets().addAll(estimate, high, low, theory);
        HBox legend = ChartParts.legend(COLOUR, "estimate", false, COLOUR, "±2 s.e.", true, OrderChart.R_COLOUR,
                "theory −2σ_Q²", true);
        theoryLegend = (Label) legend.getChildren().get(2);
        node = ChartParts.titled(chart(), "Lyapunov exponent", legend);
    }

    @Override
    public Region node() {
        return node;
    }

    @Override
    public void update(Frame f, HistorySnapshot h, double[] t) {
        double[] est = h.column(ScalarObservable.LYAPUNOV);
        double[] band = h.column(ScalarObservable.LYAPUNOV_BAND);
        double[] hi = new double[est.length];
        double[] lo = new double[est.length];
        for (int i = 0; i < est.length; i++) {
            hi[i] = est[i] + band[i];
            lo[i] = est[i] - band[i];
        }
        ChartParts.setFinite(estimate, t, est);
        ChartParts.setFinite(high, t, hi);
        ChartParts.setFinite(low, t, lo);
        double value = f.values().lyapunovTheory();
        if (Double.isFinite(value) && t.length > 0) {
            String formula = f.params().mode() == Mode.DETERMINISTIC ? "−(μ₂−μ₁)" : "−2σ_Q²";
            String text = "theory " + formula + " = " + ChartParts.fmt(value);
            theory.setName(text);
            theoryLegend.setText(text);
            theory.set(new double[] {t[0], t[t.length - 1]}, new double[] {value, value}, 2, false);
        } else {
            theory.setName("no theoretical value here");
            theoryLegend.setText("no exact value for these parameters");
            theory.clearData();
        }
    }
}
