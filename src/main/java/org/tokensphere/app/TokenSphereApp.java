package org.tokensphere.app;

import javafx.application.Application;
import javafx.stage.Stage;
import org.tokensphere.app.view.MainWindow;
import org.tokensphere.app.view.TokenViews;
import org.tokensphere.app.viewmodel.DisplaySettings;
import org.tokensphere.app.viewmodel.Knob;
import org.tokensphere.cli.ParamParser;
import org.tokensphere.engine.SimulationEngine;
import org.tokensphere.model.Params;

import java.util.Arrays;
import java.util.List;

/**
 * The desktop application: opens the main window on the default preset (the RQF in d = 3 with 300 tokens),
 * running. {@code -Dtokensphere.params="mode=deterministic n=500"} starts with other parameters (the keys of
 * {@code tokensphere run}), {@code -Dtokensphere.speed=2} at another speed, {@code -Dtokensphere.dark=true} in
 * the dark theme, {@code -Dtokensphere.colourBy=cluster} with another colouring, {@code -Dtokensphere.trails=true} with
 * trails, {@code -Dtokensphere.presentation=true} in presentation mode.
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
        String problem = null;
        Params p = Params.defaults();
        String given = System.getProperty("tokensphere.params");
        if (given != null && !given.isBlank()) {
            try {
                p = startParams(given);
            } catch (IllegalArgumentException e) {
                problem = "tokensphere.params: " + e.getMessage() + " — started with the defaults";
                System.err.println(problem);
            }
        }
        engine = new SimulationEngine(p, Math.max(1, Runtime.getRuntime().availableProcessors() - 1));
        window = new MainWindow(engine, p, TokenViews.create(900, 640));
        String speed = System.getProperty("tokensphere.speed");
        if (speed != null) {
            window.viewModel().setText(Knob.SPEED, speed);
        }
        window.display().darkProperty().set(Boolean.getBoolean("tokensphere.dark"));
        window.display().trailsProperty().set(Boolean.getBoolean("tokensphere.trails"));
        String colourBy = System.getProperty("tokensphere.colourBy");
        if (colourBy != null) {
            for (DisplaySettings.ColourBy c : DisplaySettings.ColourBy.values()) {
                if (c.name().equalsIgnoreCase(colourBy)) {
                    window.display().colourByProperty().set(c);
                }
            }
        }
        window.show(stage);
        if (problem != null) {
            window.say(problem);
        }
        if (Boolean.getBoolean("tokensphere.presentation")) {
            window.display().presentationProperty().set(true);
        }
        engine.play();
    }

    /** {@link Params#defaults()} with the {@code key=value} words of {@code spec} applied. */
    public static Params startParams(String spec) {
        List<String> words = Arrays.stream(spec.trim().split("\\s+")).filter(w -> !w.isEmpty()).toList();
        return ParamParser.parse(Params.defaults(), words);
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
