package org.tokensphere.app.view.chart;

import io.fair_acc.chartfx.XYChart;
import io.fair_acc.chartfx.axes.spi.DefaultNumericAxis;
import io.fair_acc.chartfx.renderer.spi.ErrorDataSetRenderer;
import io.fair_acc.dataset.spi.DoubleDataSet;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.tokensphere.model.theory.AttentionLayer;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * "One attention layer" (MATH.md §8; Rigollet (2025), §6.3, Theorem 7): the output cosine of one long-context
 * attention layer ({@code β = γ log n}, SA weights) on equiangular unit inputs with product {@code ρ}, against
 * {@code γ}, for {@code n = 10 … 10⁹}; the three {@code n → ∞} limits (1 below the critical {@code γ = 1/(1−ρ)},
 * {@code 4ρ/(1+3ρ)} at it, {@code ρ} above) dashed, the critical {@code γ} as an upright line, and the current
 * run's {@code n} (a bold curve) and {@code γ} (an upright line) marked. The cosines are the exact reduced formula
 * of {@link AttentionLayer} (equal to the cosine of real token vectors to 10⁻¹², which is tested). A typed
 * {@code ρ} outside (0, 1) is refused with a message; the chart keeps the last valid one.
 */
public final class AttentionLayerPanel extends VBox {
    /** The token counts drawn. */
    static final double[] SIZES = {10, 1e2, 1e3, 1e4, 1e6, 1e9};
    private static final String[] COLOURS = {"#c6dbef", "#9ecae1", "#6baed6", "#4292c6", "#2171b5", "#08306b"};
    private static final String LIMIT_COLOUR = "#d1495b";
    private static final String RUN_COLOUR = "#e09f3e";
    private static final int POINTS = 400;

    private final DefaultNumericAxis gammaAxis = ChartParts.axis("γ", 0, 6);
    private final DefaultNumericAxis cosAxis = ChartParts.axis("output cosine ⟨θ_i, θ_j⟩", 0, 1.02);
    private final XYChart chart = new XYChart(gammaAxis, cosAxis);
    private final TextField rhoField = new TextField();
    private final Label message = new Label();
    private final Label runLabel = new Label();
    private double rho = 0.5;
    private double runRho = Double.NaN;
    private int runN = 0;
    private double runGamma = 0;

    /** The panel, at {@code ρ = 0.5} until {@link #showRun} gives it a run. */
    public AttentionLayerPanel() {
        setId("attention-layer-panel");
        setSpacing(6);
        setPadding(new Insets(8));
        ErrorDataSetRenderer r = new ErrorDataSetRenderer();
        r.setDrawMarker(false);
        chart.getRenderers().setAll(r);
        chart.setAnimated(false);
        chart.setLegendVisible(false);
        chart.setId("attention-layer-chart");
        VBox.setVgrow(chart, Priority.ALWAYS);
        Label title = ChartParts.sectionLabel("One attention layer on equiangular tokens, β = γ log n");
        Label about = new Label("Output cosine of one SA layer against γ (Rigollet (2025), §6.3, Theorem 7): below "
                + "the critical γ = 1/(1−ρ) it tends to 1 as n grows (uniform contraction), at it to 4ρ/(1+3ρ) "
                + "(critical sparse mixing), above it to ρ (identity-like). The approach in n is slow: "
                + "n = 10 to 10⁹. Exact reduced formula, docs/MATH.md §8.");
        about.setWrapText(true);
        rhoField.setId("layer-rho");
        rhoField.setPrefColumnCount(6);
        rhoField.setTooltip(new Tooltip("The inputs' scalar product ρ, in (0, 1). Enter to apply."));
        rhoField.setOnAction(e -> typed(rhoField.getText()));
        Button useRun = new Button("Use the run's ρ");
        useRun.setId("layer-use-run");
        useRun.setTooltip(new Tooltip("ρ₀ of an equiangular start, else the run's mean ⟨x_i, x_j⟩ now."));
        useRun.setOnAction(e -> {
            if (runRho > 0 && runRho < 1) {
                setRho(runRho);
            } else {
                message.setText("The run's ρ = " + fmt(runRho) + " is not in (0, 1): type a ρ.");
            }
        });
        message.setStyle("-fx-text-fill: #b00020;");
        message.setId("layer-message");
        HBox controls = new HBox(8, new Label("ρ"), rhoField, useRun, runLabel);
        controls.setAlignment(Pos.CENTER_LEFT);
        FlowPane legend = new FlowPane(12, 2);
        for (int k = 0; k < SIZES.length; k++) {
            legend.getChildren().add(ChartParts.legendItem(COLOURS[k], "n = " + name(SIZES[k]), false));
        }
        legend.getChildren().addAll(ChartParts.legendItem(LIMIT_COLOUR, "n → ∞ limits, critical γ", true),
                ChartParts.legendItem(RUN_COLOUR, "the run's n and γ", false));
        getChildren().addAll(title, about, controls, message, legend, chart);
        setRho(rho);
    }

    /** Marks the run: its {@code n}, its {@code γ} (0: off) and its {@code ρ} (used by "Use the run's ρ"). */
    public void showRun(int n, double gamma, double rho) {
        runN = n;
        runGamma = gamma;
        runRho = rho;
        runLabel.setText("run: n = " + n + ", γ = " + (gamma > 0 ? fmt(gamma) : "off") + ", ρ = " + fmt(rho));
        redraw();
    }

    /** Sets {@code ρ ∈ (0, 1)} and redraws; false (with a message, nothing changed) otherwise. */
    public boolean setRho(double value) {
        if (!(value > 0 && value < 1)) {
            message.setText("Refused ρ = " + fmt(value) + ": ρ must be in (0, 1).");
            rhoField.setText(fmt(rho));
            return false;
        }
        rho = value;
        message.setText("");
        rhoField.setText(fmt(rho));
        redraw();
        return true;
    }

    /** The ρ drawn. */
    public double rho() {
        return rho;
    }

    /** The data sets drawn (for tests). */
    public List<DoubleDataSet> dataSets() {
        List<DoubleDataSet> out = new ArrayList<>();
        chart.getDatasets().forEach(ds -> out.add((DoubleDataSet) ds));
        return out;
    }

    private void typed(String text) {
        try {
            setRho(Double.parseDouble(text.trim()));
        } catch (NumberFormatException e) {
            message.setText("Refused ρ = '" + text.trim() + "': not a number in (0, 1).");
            rhoField.setText(fmt(rho));
        }
    }

    private void redraw() {
        double critical = AttentionLayer.criticalGamma(rho);
        double gammaMax = Math.max(3 * critical, runGamma * 1.2);
        gammaAxis.setMax(gammaMax);
        cosAxis.setMin(Math.max(0, rho - 0.08));
        List<DoubleDataSet> sets = new ArrayList<>();
        for (int k = 0; k < SIZES.length; k++) {
            sets.add(curve("n = " + name(SIZES[k]), SIZES[k], gammaMax, COLOURS[k], 1.6));
        }
        if (runN >= 2) {
            sets.add(curve("the run, n = " + runN, runN, gammaMax, RUN_COLOUR, 3));
        }
        double lo = cosAxis.getMin();
        sets.add(line("limit below", new double[] {0, critical}, new double[] {1, 1}, LIMIT_COLOUR));
        sets.add(line("limit above", new double[] {critical, gammaMax}, new double[] {rho, rho}, LIMIT_COLOUR));
        double mid = 4 * rho / (1 + 3 * rho);
        sets.add(line("limit at the critical γ", new double[] {critical - 0.04 * gammaMax, critical + 0.04 * gammaMax},
                new double[] {mid, mid}, LIMIT_COLOUR));
        sets.add(line("critical γ = 1/(1−ρ) = " + fmt(critical), new double[] {critical, critical},
                new double[] {lo, 1.02}, LIMIT_COLOUR));
        if (runGamma > 0) {
            DoubleDataSet g = line("the run's γ", new double[] {runGamma, runGamma}, new double[] {lo, 1.02},
                    RUN_COLOUR);
            ChartParts.style(g, RUN_COLOUR, 1.6, "2 3");
            sets.add(g);
        }
        chart.getDatasets().setAll(sets);
    }

    private DoubleDataSet curve(String name, double n, double gammaMax, String colour, double width) {
        double[] g = new double[POINTS];
        double[] c = new double[POINTS];
        for (int i = 0; i < POINTS; i++) {
            g[i] = gammaMax * (i + 1) / POINTS;
            c[i] = AttentionLayer.reduced(n, rho, g[i]);
        }
        DoubleDataSet ds = new DoubleDataSet(name);
        ds.set(g, c);
        ChartParts.style(ds, colour, width, null);
        return ds;
    }

    private static DoubleDataSet line(String name, double[] x, double[] y, String colour) {
        DoubleDataSet ds = new DoubleDataSet(name);
        ds.set(x, y);
        ChartParts.style(ds, colour, 1.6, "7 4");
        return ds;
    }

    private static String name(double n) {
        if (n < 1e4) {
            return String.valueOf((long) n);
        }
        StringBuilder sb = new StringBuilder("10");
        for (char c : String.valueOf(Math.round(Math.log10(n))).toCharArray()) {
            sb.append("⁰¹²³⁴⁵⁶⁷⁸⁹".charAt(c - '0'));
        }
        return sb.toString();
    }

    private static String fmt(double v) {
        return String.format(Locale.ROOT, "%.4g", v);
    }
}
