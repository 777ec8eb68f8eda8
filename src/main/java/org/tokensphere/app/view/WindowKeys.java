package org.tokensphere.app.view;

import javafx.event.EventHandler;
import javafx.scene.control.Slider;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import org.tokensphere.app.viewmodel.DisplaySettings;
import org.tokensphere.engine.SimulationEngine;

/**
 * The window's keys: Space (play/pause), Right (one step), R (reset), Ctrl+Z (undo the last reset), Ctrl+S (PNG
 * snapshot of the sphere at the last scale), F11 (presentation mode). Keys a text field or slider needs stay
 * theirs.
 */
final class WindowKeys implements EventHandler<KeyEvent> {
    private final SimulationEngine engine;
    private final DisplaySettings display;
    private final Runnable undoReset;
    private final Runnable snapshot;

    WindowKeys(SimulationEngine engine, DisplaySettings display, Runnable undoReset, Runnable snapshot) {
        this.engine = engine;
        this.display = display;
        this.undoReset = undoReset;
        this.snapshot = snapshot;
    }

    @Override
    public void handle(KeyEvent e) {
        boolean typing = e.getTarget() instanceof TextInputControl;
        boolean shortcut = e.isShortcutDown();
        KeyCode c = e.getCode();
        if (c == KeyCode.F11) {
            display.presentationProperty().set(!display.presentationProperty().get());
        } else if (shortcut && c == KeyCode.S && !e.isShiftDown()) { // Shift: the menu's "Save preset"
            snapshot.run();
        } else if (shortcut && c == KeyCode.Z && !typing) {
            undoReset.run();
        } else if (typing || shortcut || e.isAltDown()) {
            return;
        } else if (c == KeyCode.SPACE) {
            engine.togglePlay();
        } else if (c == KeyCode.RIGHT && !(e.getTarget() instanceof Slider)) {
            engine.stepOnce();
        } else if (c == KeyCode.R) {
            engine.reset();
        } else {
            return;
        }
        e.consume();
    }
}
