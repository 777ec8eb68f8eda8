package org.tokensphere.app.view;

import org.tokensphere.app.render.FramePresenter;
import org.tokensphere.app.render.TokenView;
import org.tokensphere.app.view.chart.ChartPanel;
import javafx.animation.AnimationTimer;
import org.tokensphere.app.viewmodel.DisplaySettings;
import org.tokensphere.app.viewmodel.FrameStats;
import org.tokensphere.app.viewmodel.PairSelection;
import org.tokensphere.app.viewmodel.TrailLength;
import org.tokensphere.app.viewmodel.ParamsViewModel;
import org.tokensphere.engine.Frame;
import org.tokensphere.engine.ReadOnlyFloats;
import org.tokensphere.engine.SimulationEngine;
import org.tokensphere.model.Params;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * The one hand-over from the simulation to the screen: on every pulse it takes the engine's newest frame (and
 * skips any it missed), projects and colours the tokens for the view, and refreshes the charts (a few times a
 * second) and the status bar. It never waits for the simulation. It also passes the newest parameters to the
 * engine once per pulse, so a dragged slider sends one change per frame, not one per mouse event.
 */
final class FramePump extends AnimationTimer {
    private static final long CHART_INTERVAL = 150_000_000L;
    private static final long STATUS_INTERVAL = 250_000_000L;

    private final SimulationEngine engine;
    private final ParamsViewModel vm;
    private final PairSelection pairs;
    private final DisplaySettings display;
    private final TokenView view;
    private final ChartPanel charts;
    private final StatusBar status;
    private final Consumer<Frame> onFrameInfo;
    private final FramePresenter presenter = new FramePresenter();
    private final FrameStats stats = new FrameStats();
    private final TrailLength trailLength = new TrailLength();
    /** The trail length the view has, in frames (0: not set yet). */
    private int trailFrames;
    private final ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
    private final PerfLog perf = PerfLog.fromSystemProperty();

    private Params pending;
    private long lastSequence = -1;
    private long lastChart;
    /** The frame the charts show, so that the last one before a pause is shown too. */
    private long chartedSequence = -1;
    private long lastStatus;
    private ReadOnlyFloats lastInitial;
    private int lastN = -1;
    private boolean dirtyDisplay = true;
    private boolean awaitingUndo;
    private String lastRefusal = "";

    FramePump(SimulationEngine engine, ParamsViewModel vm, PairSelection pairs, DisplaySettings display,
              TokenView view, ChartPanel charts, StatusBar status, Consumer<Frame> onFrameInfo) {
        this.engine = engine;
        this.vm = vm;
        this.pairs = pairs;
        this.display = display;
        this.view = view;
        this.charts = charts;
        this.status = status;
        this.onFrameInfo = onFrameInfo;
        vm.paramsProperty().addListener((o, a, p) -> pending = p);
        display.colourByProperty().addListener(o -> dirtyDisplay = true);
        display.projectionProperty().addListener(o -> dirtyDisplay = true);
    }

    /** Statistics of the drawing side. */
    FrameStats stats() {
        return stats;
    }

    /** An undo of the last reset was asked for: adopt the parameters of the run that comes back. */
    void expectUndo() {
        awaitingUndo = true;
    }

    /** The engine was given the view model's parameters directly (a loaded preset): nothing to hand over. */
    void forgetPendingParams() {
        pending = null;
    }

    /**
     * The trails were switched or their length in seconds changed: give the view their length in frames at the
     * rate frames are drawn ({@link TrailLength}).
     */
    void trailsChanged() {
        trailFrames = trailLength.frames(display.trailSecondsProperty().get());
        view.setTrails(display.trailsProperty().get(), trailFrames);
    }

    /** Redraw the tokens at the next pulse even if no new frame came (a display setting changed). */
    void redrawTokens() {
        dirtyDisplay = true;
    }

    @Override
    public void handle(long now) {
        if (pending != null) {
            engine.setParams(pending);
            pending = null;
        }
        Frame f = engine.latest();
        stats.pulse(now, f.time());
        if (f.sequence() != lastSequence || dirtyDisplay) {
            long c0 = cpu.getCurrentThreadCpuTime();
            boolean newRun = f.initial() != lastInitial;
            if (newRun) {
                presenter.newRun();
                charts.invalidate();
                lastInitial = f.initial();
            }
            showTokens(f);
            if (f.sequence() != lastSequence && trailLength.shown(now)
                    && trailLength.frames(display.trailSecondsProperty().get()) != trailFrames) {
                trailsChanged();
            }
            long c1 = cpu.getCurrentThreadCpuTime();
            boolean chartsDue = now - lastChart >= CHART_INTERVAL || newRun;
            if (chartsDue) {
                updateCharts(f, now);
            }
            long c2 = cpu.getCurrentThreadCpuTime();
            stats.update(c2 - c0);
            perf.frame(f.n(), c1 - c0, chartsDue ? c2 - c1 : -1, c2 - c0, stats);
            lastSequence = f.sequence();
            dirtyDisplay = false;
        } else if (chartedSequence != f.sequence() && now - lastChart >= CHART_INTERVAL) {
            updateCharts(f, now); // the last frame before a pause came too soon after the last refresh
        }
        if (now - lastStatus >= STATUS_INTERVAL) {
            lastStatus = now;
            syncViewModel(f);
            status.update(f, stats);
            onFrameInfo.accept(f);
        }
    }

    private void updateCharts(Frame f, long now) {
        if (charts.update(f)) {
            chartedSequence = f.sequence();
        }
        lastChart = now;
    }

    private void showTokens(Frame f) {
        presenter.present(f, view, display.colourByProperty().get(), display.projectionProperty().get(),
                display.showRadiusProperty().get());
    }

    /** Keeps the side panel true to the engine after an undone reset or a change the engine refused. */
    private void syncViewModel(Frame f) {
        if (awaitingUndo && !f.canUndoReset()) {
            awaitingUndo = false;
            vm.adopt(f.params());
        }
        String m = f.message();
        if (m.startsWith("Refused") && !m.equals(lastRefusal)) {
            vm.adopt(f.params());
        }
        lastRefusal = m;
        if (f.n() != lastN) {
            lastN = f.n();
            pairs.adopt(f.pairs());
        }
    }

    /** Optional per-second log of frame costs on standard output ({@code -Dtokensphere.perf=true}). */
    static final class PerfLog {
        private final boolean on;
        private long windowStart = -1;
        private long prepare;
        private long chartTotal;
        private int chartCount;
        private long cpuTotal;
        private int frames;

        private PerfLog(boolean on) {
            this.on = on;
        }

        static PerfLog fromSystemProperty() {
            return new PerfLog(Boolean.getBoolean("tokensphere.perf"));
        }

        void frame(int n, long prepareNanos, long chartNanos, long cpuNanos, FrameStats stats) {
            if (!on) {
                return;
            }
            long now = System.nanoTime();
            if (windowStart < 0) {
                windowStart = now;
            }
            prepare += prepareNanos;
            if (chartNanos >= 0) {
                chartTotal += chartNanos;
                chartCount++;
            }
            cpuTotal += cpuNanos;
            frames++;
            if (now - windowStart >= 2_000_000_000L) {
                System.out.printf(Locale.ROOT, "perf n=%d fps=%.1f frames=%d cpu/frame=%.2fms "
                                + "tokens(project+colour+view)=%.2fms cpu, charts=%.2fms cpu per update (%d updates)%n",
                        n, stats.fps(), frames,
                        cpuTotal * 1e-6 / frames, prepare * 1e-6 / frames,
                        chartCount > 0 ? chartTotal * 1e-6 / chartCount : 0, chartCount);
                windowStart = now;
                prepare = 0;
                chartTotal = 0;
                chartCount = 0;
                cpuTotal = 0;
                frames = 0;
            }
        }
    }
}
