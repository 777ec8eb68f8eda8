package org.tokensphere.app.view;

import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import org.tokensphere.preset.Preset;
import org.tokensphere.preset.PresetException;
import org.tokensphere.preset.ShareCode;

/**
 * Share codes in the window: File ▸ Copy share code puts the code of the run on screen on the clipboard; Edit ▸
 * Paste share code, Ctrl+V on the window and dropping a code's text open one, as a preset is opened (a restart
 * that Undo reset takes back). A refused code changes nothing: the status bar and a dialog give the decoder's
 * one line.
 */
public final class ShareActions {
    private final MainWindow window;
    private final PresetActions presets;

    ShareActions(MainWindow window, PresetActions presets) {
        this.window = window;
        this.presets = presets;
    }

    /**
     * Loads the run of a share code or {@code tokensphere://} link; false (with the decoder's one line, nothing
     * changed) when it is refused.
     */
    public boolean openCode(String text) {
        Preset preset;
        try {
            preset = ShareCode.decode(text);
        } catch (PresetException e) {
            presets.alert("Cannot open the share code", "The share code was not opened", e.getMessage());
            return false;
        }
        presets.apply(preset, "share code");
        return true;
    }

    /**
     * The share code of the run on screen — its parameters, seed, starting points and display, with the loaded
     * preset's title and duration — or null, with a message, when the run is too large for a code.
     */
    public String shareCode() {
        try {
            return ShareCode.encode(presets.currentPreset(presets.session().suggestedTitle(), "",
                    presets.session().suggestedDuration(window.engine().latest().time())));
        } catch (IllegalArgumentException e) {
            presets.alert("No share code", "This run has no share code", e.getMessage());
            return null;
        }
    }

    /** Puts the share code of the run on screen on the clipboard, as text. */
    void copyShareCode() {
        String code = shareCode();
        if (code != null) {
            ClipboardContent content = new ClipboardContent();
            content.putString(code);
            Clipboard.getSystemClipboard().setContent(content);
            window.say("Share code copied (" + code.length() + " characters): " + code);
        }
    }

    /** Opens the share code on the clipboard. */
    void pasteShareCode() {
        Clipboard clipboard = Clipboard.getSystemClipboard();
        String text = clipboard.hasString() ? clipboard.getString() : null;
        if (text == null || text.isBlank()) {
            window.say("Nothing to paste: copy a share code (tokensphere:1:…) first");
            return;
        }
        openCode(text);
    }
}
