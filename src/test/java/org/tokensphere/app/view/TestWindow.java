package org.tokensphere.app.view;

import javafx.stage.Stage;
import org.testfx.util.WaitForAsyncUtils;
import org.tokensphere.app.viewmodel.RecentFiles;
import org.tokensphere.app.viewmodel.UserSettings;
import org.tokensphere.engine.SimulationEngine;
import org.tokensphere.model.Params;

import java.util.List;

/**
 * The main window as the TestFX window tests open it: an engine with one worker on the start parameters, the window
 * on the software-drawn view (600×500) with an empty list of recent files and settings kept in memory (nothing of
 * the user's is read or written), shown on the test's stage, not yet playing; {@link #close} closes both.
 *
 * @param engine the run's engine
 * @param window the window on it
 */
record TestWindow(SimulationEngine engine, MainWindow window) {

    static TestWindow show(Stage stage, Params start) {
        return show(stage, start, UserSettings.memory());
    }

    /** As {@link #show(Stage, Params)}, remembering the settings in {@code settings}. */
    static TestWindow show(Stage stage, Params start, UserSettings.Store settings) {
        SimulationEngine engine = new SimulationEngine(start, 1);
        MainWindow window = new MainWindow(engine, start, new FlatSphereView(600, 500),
                new RecentFiles(RecentFiles.memory(List.of())), new UserSettings(settings));
        window.show(stage);
        return new TestWindow(engine, window);
    }

    /** Closes the window on the FX thread and stops the engine. */
    void close() {
        WaitForAsyncUtils.asyncFx(window::close);
        engine.close();
    }
}
