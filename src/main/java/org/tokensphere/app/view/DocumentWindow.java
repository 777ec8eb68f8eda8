package org.tokensphere.app.view;

import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.stage.FileChooser;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.tokensphere.io.AtomicFile;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;

/**
 * One of the documents the window cites (docs/MATH.md, docs/presets.md), shipped inside the application so that
 * an installed copy has them too: its text in a read-only pane, with Find (Enter finds the next match) and
 * Save a copy…. Opened from the Help menu; one window per document, raised when asked for again.
 */
final class DocumentWindow {
    private final String name;
    private String text;
    private Stage stage;

    private DocumentWindow(String name) {
        this.name = name;
    }

    /** The document {@code docs/name} from the application's resources, read when first shown. */
    static DocumentWindow of(String name) {
        return new DocumentWindow(name);
    }

    /** The text of {@code docs/name} as shipped (the build copies docs/ into the jar). */
    static String read(String name) {
        try (InputStream in = DocumentWindow.class.getResourceAsStream("/docs/" + name)) {
            if (in == null) {
                return "docs/" + name + " is not in this build of TokenSphere.";
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("reading docs/" + name, e);
        }
    }

    /** Shows the window (made on first use), in front of {@code owner}. */
    void show(Window owner) {
        if (stage == null) {
            stage = build(owner);
        }
        stage.show();
        stage.toFront();
    }

    private Stage build(Window owner) {
        text = read(name);
        TextArea area = new TextArea(text);
        area.setId("document-text");
        area.setEditable(false);
        area.setWrapText(false);
        area.setStyle("-fx-font-family: monospace;");
        TextField find = new TextField();
        find.setId("document-find");
        find.setPromptText("Find (Enter: next)");
        find.setTooltip(new Tooltip("Type a word and press Enter to go to its next occurrence, e.g. §5.6"));
        Label found = new Label();
        find.setOnAction(e -> found.setText(findNext(area, find.getText())));
        Button save = new Button("Save a copy…");
        save.setId("document-save");
        save.setTooltip(new Tooltip("Write " + name + " to a file of your choice"));
        save.setOnAction(e -> saveCopy(save.getScene().getWindow(), found));
        HBox bar = new HBox(8, find, found, save);
        HBox.setHgrow(find, Priority.ALWAYS);
        bar.setPadding(new Insets(6));
        BorderPane root = new BorderPane(area);
        root.setTop(bar);
        Stage s = new Stage();
        s.initOwner(owner);
        s.setTitle("TokenSphere — docs/" + name);
        s.setScene(new Scene(root, 900, 700));
        return s;
    }

    /** Selects the next occurrence of {@code what} after the caret (wrapping around); says what it did. */
    static String findNext(TextArea area, String what) {
        if (what == null || what.isBlank()) {
            return "";
        }
        String hay = area.getText().toLowerCase(Locale.ROOT);
        String needle = what.toLowerCase(Locale.ROOT);
        int at = hay.indexOf(needle, area.getCaretPosition());
        if (at < 0) {
            at = hay.indexOf(needle);
        }
        if (at < 0) {
            return "not found";
        }
        area.selectRange(at, at + needle.length());
        return "";
    }

    private void saveCopy(Window owner, Label status) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Save a copy of " + name);
        chooser.setInitialFileName(name);
        java.io.File file = chooser.showSaveDialog(owner);
        if (file == null) {
            return;
        }
        Path target = file.toPath();
        try {
            AtomicFile.write(target, w -> w.write(text));
            status.setText("saved " + target.getFileName());
        } catch (IllegalArgumentException e) {
            status.setText(e.getMessage());
        }
    }
}
