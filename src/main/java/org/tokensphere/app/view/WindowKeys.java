package org.tokensphere.app.view;

import javafx.event.EventHandler;
import javafx.scene.Scene;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBoxBase;
import javafx.scene.control.Control;
import javafx.scene.control.Slider;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;
import org.tokensphere.app.viewmodel.DisplaySettings;
import org.tokensphere.engine.SimulationEngine;

/**
 * The window's keys: Space (play/pause), Right (one step), R (reset), Ctrl+Z (undo the last reset), Ctrl+S (PNG
 * snapshot of the sphere at the last scale), F11 (presentation mode), Ctrl+V (open the share code on the
 * clipboard), Ctrl+Plus / Ctrl+Minus / Ctrl+0 (larger, smaller, normal text). Keys a control needs stay its own:
 * typing and pasting in a text field, arrows on a slider, Space and arrows on a button, check box or toggle reached
 * with Tab.
 */
final class WindowKeys implements EventHandler<KeyEvent> {
    private final SimulationEngine engine;
    private final DisplaySettings display;
    private final Runnable undoReset;
    private final Runnable snapshot;
    private final Runnable paste;
    /** True from a Tab until the next mouse press: keys then go to the focused control. */
    private boolean navigating;

    WindowKeys(SimulationEngine engine, DisplaySettings display, Runnable undoReset, Runnable snapshot,
               Runnable paste) {
        this.engine = engine;
        this.display = display;
        this.undoReset = undoReset;
        this.snapshot = snapshot;
        this.paste = paste;
    }

    /** Hears the keys of {@code scene} before its controls do; a mouse press ends Tab navigation. */
    void install(Scene scene) {
        scene.addEventFilter(KeyEvent.KEY_PRESSED, this);
        scene.addEventFilter(MouseEvent.MOUSE_PRESSED, e -> mousePressed());
    }

    @Override
    public void handle(KeyEvent e) {
        boolean typing = e.getTarget() instanceof TextInputControl;
        boolean shortcut = e.isShortcutDown();
        KeyCode c = e.getCode();
        if (c == KeyCode.TAB) {
            navigating = true;
        }
        if (c == KeyCode.F11) {
            display.presentationProperty().set(!display.presentationProperty().get());
        } else if (shortcut && c == KeyCode.S && !e.isShiftDown()) { // Shift: the menu's "Save preset"
            snapshot.run();
        } else if (shortcut && c == KeyCode.Z && !typing) {
            undoReset.run();
        } else if (shortcut && c == KeyCode.V && !typing) {
            paste.run();
        } else if (shortcut && (c == KeyCode.PLUS || c == KeyCode.EQUALS || c == KeyCode.ADD)) {
            display.largerText();
        } else if (shortcut && (c == KeyCode.MINUS || c == KeyCode.SUBTRACT)) {
            display.smallerText();
        } else if (shortcut && (c == KeyCode.DIGIT0 || c == KeyCode.NUMPAD0)) {
            display.setTextScale(1);
        } else if (typing || shortcut || e.isAltDown()) {
            return;
        } else if (c == KeyCode.SPACE && !pressesFocusedControl(e)) {
            engine.togglePlay();
        } else if (c == KeyCode.RIGHT && !(e.getTarget() instanceof Slider) && !reachedByKeyboard(e)) {
            engine.stepOnce();
        } else if (c == KeyCode.R) {
            engine.reset();
        } else {
            return;
        }
        e.consume();
    }

    /**
     * True when Space is for the focused button, box or choice: when the focus came from the keyboard (Tab), so
     * that every control can be operated from it; after a click Space still plays and pauses.
     */
    private boolean pressesFocusedControl(KeyEvent e) {
        return (e.getTarget() instanceof ButtonBase || e.getTarget() instanceof ComboBoxBase
                || e.getTarget() instanceof ChoiceBox) && reachedByKeyboard(e);
    }

    /**
     * True when the key goes to a control that the keyboard focused: with Tab, or with the arrows that move within a
     * group of toggles after a Tab (that move requests the focus, so it does not count as visible focus).
     */
    private boolean reachedByKeyboard(KeyEvent e) {
        return e.getTarget() instanceof Control c && (c.isFocusVisible() || navigating);
    }

    /** A mouse press ends keyboard navigation: Space plays and pauses again whatever was clicked. */
    void mousePressed() {
        navigating = false;
    }
}
