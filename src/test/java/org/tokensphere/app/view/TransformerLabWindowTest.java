package org.tokensphere.app.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.fair_acc.chartfx.axes.spi.DefaultNumericAxis;
import io.fair_acc.dataset.spi.DoubleDataSet;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.tokensphere.app.FxTestSupport;
import org.tokensphere.app.view.chart.AttentionLayerPanel;
import org.tokensphere.app.view.chart.PairProductChart;
import org.tokensphere.engine.Frame;
import org.tokensphere.engine.SimulationEngine;
import org.tokensphere.model.Norm;
import org.tokensphere.model.Params;
import org.tokensphere.model.theory.Equiangular;
import org.tokensphere.preset.PresetLibrary;

/**
 * The transformer lab in the real window (Monocle, headless) on the shipped Pre-LN preset: the dashed equiangular
 * reference on the pair chart follows the trace, the 1 − ρ log–log view, the energy chart of attention runs, the
 * radius reaching the frames and set back to 1 when the side panel switches to Post-LN, and the "One attention layer"
 * panel refusing a bad ρ.
 */
@ExtendWith(ApplicationExtension.class)
class TransformerLabWindowTest {
    private TestWindow shown;
    private SimulationEngine engine;
    private MainWindow window;

    @Start
    void start(Stage stage) {
        Params p = PresetLibrary.shipped("equiangular-pre-ln").toParams();
        shown = TestWindow.show(stage, p);
        engine = shown.engine();
        window = shown.window();
        window.viewModel().setText(org.tokensphere.app.viewmodel.Knob.SPEED, "5");
        engine.play();
    }

    @AfterEach
    void close() {
        shown.close();
    }

    @Test
    void theReferenceCurveFollowsTheTraceAndTheLogLogViewShowsOneMinusRho() throws Exception {
        FxTestSupport.await("t > 3 charted", 30, () -> engine.latest().time() > 3
                && window.charts().pairChart().referenceDataSet().getDataCount() > 10);
        assertEquals(Norm.PRE, engine.latest().params().norm());
        assertTrue(engine.latest().radii().length() == engine.latest().n(), "the frames carry the radii");
        assertTrue(engine.latest().values().meanRadius() > 2, "the radius grows: " + engine.latest().values().meanRadius());
        PairProductChart chart = window.charts().pairChart();
        WaitForAsyncUtils.asyncFx(() -> chart.viewChoice().setValue(PairProductChart.View.LOG_LOG));
        // 1 - rho of the start is 0.9 (rho0 = 0.1): a first value above 0.5 means the log-log view is drawn.
        FxTestSupport.await("log-log drawn", 30, () -> WaitForAsyncUtils.asyncFx(() ->
                ((DefaultNumericAxis) chart.chart().getYAxis()).isLogAxis()
                && chart.referenceDataSet().getDataCount() > 10 && chart.referenceDataSet().get(1, 0) > 0.5).get());
        engine.pause();
        WaitForAsyncUtils.sleep(500, java.util.concurrent.TimeUnit.MILLISECONDS);
        double[] seen = WaitForAsyncUtils.asyncFx(() -> {
            DoubleDataSet ref = chart.referenceDataSet();
            DoubleDataSet trace = chart.dataSetsOfPairs().get(0);
            int last = ref.getDataCount() - 1;
            int k = trace.getDataCount() - 1;
            return new double[] {ref.get(0, last), ref.get(1, last), trace.get(0, k), trace.get(1, k)};
        }).get();
        double[] axis = WaitForAsyncUtils.asyncFx(() -> {
            DefaultNumericAxis y = (DefaultNumericAxis) chart.chart().getYAxis();
            return new double[] {y.getMin(), y.getMax()};
        }).get();
        assertEquals(Math.rint(Math.log10(axis[0])), Math.log10(axis[0]), 1e-12, "the log axis starts at a power of ten");
        assertEquals(Math.rint(Math.log10(axis[1])), Math.log10(axis[1]), 1e-12, "and ends at one");
        assertTrue(axis[1] >= 10 * axis[0] * (1 - 1e-12) && axis[0] <= seen[3] && seen[1] <= axis[1],
                "the axis [" + axis[0] + ", " + axis[1] + "] spans a decade or more around the data");
        Equiangular ode = Equiangular.of(engine.latest().params());
        assertEquals(ode.oneMinusRho(seen[0]), seen[1], 1e-12, "the reference is 1 - rho of the ODE");
        assertEquals(ode.oneMinusRho(seen[2]), seen[3], 1e-3 * seen[3], "the trace follows the reference");
        assertTrue(window.charts().energyChart().node().isVisible(), "attention runs show the energy chart");
    }

    @Test
    void choosingPostLnInTheSidePanelPutsEveryRadiusBackToOne() throws Exception {
        // The mean of the radii is exactly 1 only if every radius is 1 again (the engine test checks each one).
        FxTestSupport.await("the radius grows", 30, () -> engine.latest().values().meanRadius() > 1.5);
        double grown = engine.latest().time();
        // What the side panel's normalization choice does: the view model changes, the frame pump hands it over.
        WaitForAsyncUtils.asyncFx(() -> window.viewModel().setNorm(Norm.POST)).get();
        FxTestSupport.await("the engine runs Post-LN", 30, () -> engine.latest().params().norm() == Norm.POST);
        Frame f = engine.latest();
        assertTrue(f.time() >= grown, "the run goes on from where it was: t = " + f.time() + " after " + grown);
        assertEquals(1.0, f.values().meanRadius(), 0, "mean radius");
        assertEquals(0, f.radii().length(), "Post-LN frames carry no radii");
        FxTestSupport.await("ten more frames", 30, () -> engine.latest().sequence() > f.sequence() + 10);
        assertEquals(1.0, engine.latest().values().meanRadius(), 0, "the mean radius stays 1 under Post-LN");
    }

    @Test
    void theAttentionLayerPanelRefusesRhoOutsideTheUnitInterval() {
        WaitForAsyncUtils.asyncFx(window::showAttentionLayer);
        WaitForAsyncUtils.waitForFxEvents();
        AttentionLayerPanel panel = window.attentionLayerPanel();
        assertEquals(0.1, panel.rho(), 1e-12, "the run's equiangular rho0");
        boolean[] accepted = new boolean[1];
        WaitForAsyncUtils.asyncFx(() -> accepted[0] = panel.setRho(1.5));
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(accepted[0]);
        assertEquals(0.1, panel.rho(), 1e-12, "refused, not clamped");
        assertTrue(((javafx.scene.control.Label) panel.lookup("#layer-message")).getText().contains("(0, 1)"));
        // Six sizes, the run's n, three limits and the critical gamma.
        assertEquals(11, panel.dataSets().size());
    }
}
