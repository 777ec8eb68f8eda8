package org.tokensphere.app.view;

import javafx.stage.FileChooser;
import javafx.stage.Window;

import java.io.File;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Asks where to save a file of one type, suggesting a name with the date and time, and adding the extension. */
final class SaveChooser {
    private SaveChooser() {
    }

    /**
     * The file chosen in a save dialog titled {@code title} over {@code owner} for files {@code *.extension}
     * (described as {@code description}), first proposing {@code stem-yyyyMMdd-HHmmss.extension}; null when
     * cancelled.
     */
    static Path ask(Window owner, String title, String description, String extension, String stem) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(description, "*." + extension));
        chooser.setInitialFileName(stem + "-" + LocalDateTime.now().format(DateTimeFormatter.ofPattern(
                "yyyyMMdd-HHmmss")) + "." + extension);
        File file = chooser.showSaveDialog(owner);
        if (file == null) {
            return null;
        }
        return file.getName().toLowerCase(Locale.ROOT).endsWith("." + extension) ? file.toPath()
                : Path.of(file + "." + extension);
    }
}
