package org.tokensphere.app.view;

import javafx.scene.control.Button;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Separator;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToolBar;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.HBox;
import org.tokensphere.app.viewmodel.DisplaySettings;
import org.tokensphere.engine.EngineStatus;
import org.tokensphere.engine.Frame;
import org.tokensphere.engine.SimulationEngine;

import java.util.function.IntConsumer;

/** Play/pause, step, reset, replay, undo, snapshot, camera, presentation and theme, each with its key. */
final class MainToolBar extends ToolBar {
    private final Button play = new Button("▶  Play");
    private final Button undo;
    private final Button replay;

    MainToolBar(SimulationEngine engine, DisplaySettings display, Runnable undoReset, IntConsumer snapshot,
                IntConsumer windowSnapshot,
                Runnable resetCamera) {
        getStyleClass().add("main-toolbar");
        play.setId("play");
        play.setOnAction(e -> engine.togglePlay());
        play.setTooltip(ControlWidgets.tip("Play or pause the simulation (Space)."));
        play.setMinWidth(96);
        Button step = button("Step  ▷|", "step", "Pause and take exactly one time step (Right arrow).",
                engine::stepOnce);
        Button reset = button("⟲  Reset", "reset", "Back to time 0 with the same noise and the same starting "
                + "points: the same run again (R).", engine::reset);
        replay = button("Replay same noise", "replay", "Back to time 0 with new starting points and the same noise: "
                + "tokens that start apart end up together.", () -> { });
        undo = button("Undo reset", "undo-reset", "Go back to the run before the last reset, where it was (Ctrl+Z).",
                undoReset);
        undo.setDisable(true);
        MenuButton snap = new MenuButton("Snapshot");
        snap.setId("snapshot");
        MenuItem one = new MenuItem("PNG of the sphere at 1×");
        one.setOnAction(e -> snapshot.accept(1));
        MenuItem two = new MenuItem("PNG of the sphere at 2× (Ctrl+S)");
        two.setOnAction(e -> snapshot.accept(2));
        MenuItem four = new MenuItem("PNG of the sphere at 4×");
        four.setOnAction(e -> snapshot.accept(4));
        MenuItem window1 = new MenuItem("PNG of the whole window at 1×");
        window1.setOnAction(e -> windowSnapshot.accept(1));
        MenuItem window2 = new MenuItem("PNG of the whole window at 2×");
        window2.setOnAction(e -> windowSnapshot.accept(2));
        snap.getItems().addAll(one, two, four, new javafx.scene.control.SeparatorMenuItem(), window1, window2);
        snap.setTooltip(ControlWidgets.tip("Save a PNG of the 3D view or of the whole window (Ctrl+S saves the view at "
                + "the last chosen scale)."));
        Button camera = button("Reset camera", "reset-camera", "Back to the initial view (or double-click the "
                + "sphere). Drag to orbit, scroll to zoom.", resetCamera);
        ToggleButton present = new ToggleButton("Presentation");
        present.setId("presentation");
        present.setTooltip(ControlWidgets.tip("Full screen with larger fonts, for a lecture hall (F11)."));
        present.selectedProperty().bindBidirectional(display.presentationProperty());
        ToggleButton dark = new ToggleButton("Dark");
        dark.setId("dark");
        dark.setTooltip(ControlWidgets.tip("Light or dark theme."));
        dark.selectedProperty().bindBidirectional(display.darkProperty());
        Pane spacer = new Pane();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        getItems().addAll(play, step, reset, replay, undo, new Separator(), snap, camera, spacer, present, dark);
    }

    /** The "replay same noise" button (its action is set by the window). */
    Button replayButton() {
        return replay;
    }

    /** Shows play or pause, and whether a reset can be undone. */
    void update(Frame f) {
        boolean running = f.status() == EngineStatus.RUNNING;
        play.setText(running ? "❚❚  Pause" : "▶  Play");
        undo.setDisable(!f.canUndoReset());
    }

    private static Button button(String text, String id, String tooltip, Runnable action) {
        Button b = new Button(text);
        b.setId(id);
        b.setTooltip(ControlWidgets.tip(tooltip));
        b.setOnAction(e -> action.run());
        return b;
    }
}
