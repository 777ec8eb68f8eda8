package org.tokensphere.app;

import javafx.application.Application;
import javafx.stage.Stage;
import org.tokensphere.app.view.MainWindow;
import org.tokensphere.app.view.chart.PairProductChart;
import org.tokensphere.app.view.TokenViews;
import org.tokensphere.app.viewmodel.DisplaySettings;
import org.tokensphere.app.viewmodel.Knob;
import org.tokensphere.app.viewmodel.RecentFiles;
import org.tokensphere.app.viewmodel.UserSettings;
import org.tokensphere.engine.SimulationEngine;
import org.tokensphere.model.Params;
import org.tokensphere.model.ThreadBudget;

import java.util.ArrayList;
import java.util.List;

/**
 * The desktop application: opens the main window on the default preset (the RQF in d = 3 with 300 tokens,
 * {@link Params#defaults()}, the parameters of the shipped {@code rqf} preset), running.
 * {@code -Dtokensphere.preset=rqf-bias} or {@code -Dtokensphere.preset=/path/to/file.json} starts on a preset
 * (a shipped name or a file: how an installer opens a double-clicked preset);
 * {@code -Dtokensphere.params="mode=deterministic n=500"} starts with other parameters (the keys of
 * {@code tokensphere run}, applied over the preset's), {@code -Dtokensphere.speed=2} at another speed,
 * {@code -Dtokensphere.theme=light|dark|projector} (or {@code -Dtokensphere.dark=true}) in another theme,
 * {@code -Dtokensphere.palette=colourblind|redblue} with another palette, {@code -Dtokensphere.textScale=1.3} with
 * larger text, {@code -Dtokensphere.colourBy=cluster} with another colouring, {@code -Dtokensphere.trails=true}
 * with trails, {@code -Dtokensphere.presentation=true} in presentation mode, {@code -Dtokensphere.pairView=log|loglog}
 * with {@code 1 − ρ} on the pair chart, {@code -Dtokensphere.attentionLayer=true} with the "One attention layer"
 * panel open; these win over the preset's display options. Theme, palette and text size are remembered from the
 * last session (the user's preferences).
 * {@code -Dtokensphere.tour=common-noise:3} starts in a guided tour (from its third step).
 */
public final class TokenSphereApp extends Application {
    private SimulationEngine engine;
    private MainWindow window;

    /** Entry point used by {@code tokensphere} with no subcommand. Asks for the GPU pipeline unless told otherwise. */
    public static void launchApp(String[] args) {
        if (System.getProperty("prism.forceGPU") == null) {
            System.setProperty("prism.forceGPU", "true");
        }
        Application.launch(TokenSphereApp.class, args);
    }

    @Override
    public void start(Stage stage) {
        StartOptions start = StartOptions.fromSystemProperties();
        LookOptions look = LookOptions.fromSystemProperties();
        List<String> problems = new ArrayList<>(start.problems());
        problems.addAll(look.problems());
        for (String problem : problems) {
            System.err.println(problem);
        }
        Params p = start.params();
        engine = new SimulationEngine(p, ThreadBudget.parallel());
        window = new MainWindow(engine, p, TokenViews.create(900, 640),
                new RecentFiles(RecentFiles.preferences(MainWindow.PREFERENCES)),
                new UserSettings(UserSettings.preferences(MainWindow.PREFERENCES)));
        window.show(stage);
        if (start.preset() != null) {
            window.presets().startWith(start.preset(), start.presetSource(), start.presetFile(), p);
        }
        // Explicit start options win over the preset's display options.
        String speed = System.getProperty("tokensphere.speed");
        if (speed != null) {
            window.viewModel().setText(Knob.SPEED, speed);
        }
        look.applyTo(window.display());
        if (System.getProperty("tokensphere.trails") != null) {
            window.display().trailsProperty().set(Boolean.getBoolean("tokensphere.trails"));
        }
        String colourBy = System.getProperty("tokensphere.colourBy");
        if (colourBy != null) {
            for (DisplaySettings.ColourBy c : DisplaySettings.ColourBy.values()) {
                if (c.name().equalsIgnoreCase(colourBy)) {
                    window.display().colourByProperty().set(c);
                }
            }
        }
        if (!problems.isEmpty()) {
            window.presets().alert("Cannot start as asked", "TokenSphere started without what was refused",
                    String.join("\n", problems));
        }
        if (Boolean.getBoolean("tokensphere.presentation")) {
            window.display().presentationProperty().set(true);
        }
        String pairView = System.getProperty("tokensphere.pairView");
        if (pairView != null) {
            switch (pairView.toLowerCase(java.util.Locale.ROOT)) {
                case "log" -> window.charts().pairChart().viewChoice().setValue(PairProductChart.View.LOG);
                case "loglog" -> window.charts().pairChart().viewChoice().setValue(PairProductChart.View.LOG_LOG);
                case "product" -> window.charts().pairChart().viewChoice().setValue(PairProductChart.View.PRODUCT);
                default -> System.err.println("tokensphere.pairView: '" + pairView
                        + "' is not product, log or loglog — ignored");
            }
        }
        if (Boolean.getBoolean("tokensphere.attentionLayer")) {
            window.showAttentionLayer();
        }
        engine.play();
        startTour(System.getProperty("tokensphere.tour"));
    }

    /** {@code -Dtokensphere.tour=NAME[:STEP]}: a shipped tour (or a tour file), from step STEP (default 1). */
    private void startTour(String spec) {
        if (spec == null || spec.isBlank()) {
            return;
        }
        int colon = spec.lastIndexOf(':');
        String name = spec;
        int step = 1;
        if (colon > 0 && spec.substring(colon + 1).matches("\\d{1,3}")) {
            name = spec.substring(0, colon);
            step = Integer.parseInt(spec.substring(colon + 1));
        }
        try {
            String n = name;
            org.tokensphere.preset.Tour tour = org.tokensphere.preset.TourLibrary.shipped().stream()
                    .filter(t -> t.name().equals(n)).map(org.tokensphere.preset.TourLibrary.ShippedTour::tour)
                    .findFirst().orElseGet(() -> org.tokensphere.preset.TourIO.load(java.nio.file.Path.of(n)));
            window.playTour(tour, step);
        } catch (IllegalArgumentException e) {
            window.presets().alert("Cannot start the tour", "The tour " + name + " was not started", e.getMessage());
        }
    }

    /** {@link Params#defaults()} with the {@code key=value} words of {@code spec} applied. */
    public static Params startParams(String spec) {
        return StartOptions.apply(Params.defaults(), spec);
    }

    @Override
    public void stop() {
        if (window != null) {
            window.close();
        }
        if (engine != null) {
            engine.close();
        }
    }
}
