package org.tokensphere.app.view;

import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;
import javafx.stage.Window;
import org.tokensphere.app.viewmodel.NumberText;
import org.tokensphere.preset.Limits;

import java.util.Locale;

/**
 * Asks for what a saved preset says besides the run itself: a title, a description for the classroom and how
 * long the run is meant to last. Save stays disabled, with the reason shown, until the three are acceptable.
 */
final class SavePresetDialog extends Dialog<SavePresetDialog.Answer> {
    /** What the user gave. */
    record Answer(String title, String description, double duration) {
    }

    private final TextField title = new TextField();
    private final TextArea description = new TextArea();
    private final TextField duration = new TextField();
    private final Label problem = new Label();

    SavePresetDialog(Window owner, String suggestedTitle, String suggestedDescription, double suggestedDuration) {
        initOwner(owner);
        setTitle("Save preset");
        setHeaderText("Save the run on screen as a preset: its parameters, seed and starting points, the camera, "
                + "colouring, trails, projection, pairs and speed. Loading it starts the same run again.");
        title.setText(suggestedTitle);
        title.setId("save-title");
        description.setText(suggestedDescription);
        description.setId("save-description");
        description.setWrapText(true);
        description.setPrefRowCount(5);
        duration.setText(NumberText.fmt(suggestedDuration));
        duration.setId("save-duration");
        duration.setPromptText("simulated time the run is meant to last");
        problem.getStyleClass().add("refusal");
        problem.visibleProperty().bind(problem.textProperty().isNotEmpty());

        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(8);
        grid.setPadding(new Insets(10));
        grid.addRow(0, label("Title"), title);
        grid.addRow(1, label("Description"), description);
        grid.addRow(2, label("Duration"), duration);
        grid.add(problem, 0, 3, 2, 1);
        getDialogPane().setContent(grid);
        getDialogPane().setPrefWidth(620);
        ButtonType save = new ButtonType("Choose file and save…", ButtonBar.ButtonData.OK_DONE);
        getDialogPane().getButtonTypes().addAll(save, ButtonType.CANCEL);
        Node saveButton = getDialogPane().lookupButton(save);
        title.textProperty().addListener(o -> saveButton.setDisable(!check()));
        description.textProperty().addListener(o -> saveButton.setDisable(!check()));
        duration.textProperty().addListener(o -> saveButton.setDisable(!check()));
        saveButton.setDisable(!check());
        setResultConverter(b -> b == save ? new Answer(title.getText().strip(), description.getText(),
                parseDuration(duration.getText())) : null);
    }

    /** True when the fields make a valid preset; else the reason is shown. */
    private boolean check() {
        String t = title.getText().strip();
        String why = "";
        double d = parseDuration(duration.getText());
        if (t.isEmpty() || t.length() > Limits.MAX_TITLE || t.contains("\n")) {
            why = "The title must be one line of 1 to " + Limits.MAX_TITLE + " characters.";
        } else if (description.getText().length() > Limits.MAX_DESCRIPTION) {
            why = "The description has " + description.getText().length() + " characters; at most "
                    + Limits.MAX_DESCRIPTION + ".";
        } else if (!(d > 0 && d <= Limits.MAX_DURATION)) {
            why = "The duration must be a number in (0, " + NumberText.fmt(Limits.MAX_DURATION) + "].";
        }
        problem.setText(why);
        return why.isEmpty();
    }

    private static Label label(String text) {
        Label l = new Label(text);
        l.setMinWidth(Region.USE_PREF_SIZE);
        return l;
    }

    private static double parseDuration(String text) {
        try {
            return Double.parseDouble(text.strip().replace(',', '.'));
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }

    /** A file name from a title: lower-case words joined by hyphens, at most 48 characters, {@code .json}. */
    static String fileName(String title) {
        String slug = title.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
        if (slug.length() > 48) {
            slug = slug.substring(0, 48).replaceAll("-$", "");
        }
        return (slug.isEmpty() ? "preset" : slug) + ".json";
    }
}
