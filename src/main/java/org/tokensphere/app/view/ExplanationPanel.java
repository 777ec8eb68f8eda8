package org.tokensphere.app.view;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.image.ImageView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.tokensphere.app.viewmodel.Explanation;
import org.tokensphere.model.Params;

/**
 * The equation being simulated, rendered from LaTeX with the current values, and what to watch for. Updated
 * when the parameters change; the formula is re-rendered only when its text changes.
 */
public final class ExplanationPanel extends VBox {
    private static final int OVERSAMPLE = 2;

    private final LatexImages latex = new LatexImages();
    private final Label title = new Label();
    private final ImageView equation = new ImageView();
    private final Label equationError = new Label();
    private final VBox sentences = new VBox(4);
    private final VBox stacked = new VBox(6);
    private final Label presetTitle = new Label();
    private final Label presetDescription = new Label();
    private final VBox preset = new VBox(2, presetTitle, presetDescription);
    private String shownLatex = "";
    private float points = 15;
    private boolean dark;
    private Params params;

    /** An empty panel; call {@link #show}. */
    public ExplanationPanel() {
        getStyleClass().add("explanation");
        setId("explanation");
        setSpacing(4);
        setPadding(new Insets(6, 10, 8, 10));
        presetTitle.getStyleClass().add("preset-title");
        presetTitle.setId("preset-title");
        presetDescription.getStyleClass().add("preset-description");
        presetDescription.setId("preset-description");
        presetDescription.setWrapText(true);
        preset.getStyleClass().add("preset-header");
        preset.visibleProperty().bind(presetTitle.textProperty().isNotEmpty());
        preset.managedProperty().bind(preset.visibleProperty());
        title.getStyleClass().add("section-title");
        title.setId("explanation-title");
        equation.setPreserveRatio(true);
        equation.setId("equation");
        equationError.getStyleClass().add("refusal");
        equationError.visibleProperty().bind(equationError.textProperty().isNotEmpty());
        equationError.managedProperty().bind(equationError.visibleProperty());
        VBox left = new VBox(2, equation, equationError);
        left.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        sentences.setMinWidth(200);
        widthProperty().addListener((o, a, w) -> fitEquation());
        HBox.setHgrow(sentences, Priority.ALWAYS);
        sentences.setMaxWidth(Double.MAX_VALUE);
        HBox body = new HBox(14, left, sentences);
        // Side by side when there is room, else the sentences under the formula.
        widthProperty().addListener((o, a, w) -> {
            boolean wide = w.doubleValue() >= 2.2 * equationWidth() + 40 || w.doubleValue() >= 900;
            if (wide && !getChildren().contains(body)) {
                stacked.getChildren().clear();
                body.getChildren().setAll(left, sentences);
                getChildren().setAll(preset, title, body);
            } else if (!wide && !getChildren().contains(stacked)) {
                body.getChildren().clear();
                stacked.getChildren().setAll(left, sentences);
                getChildren().setAll(preset, title, stacked);
            }
        });
        body.setAlignment(Pos.TOP_LEFT);
        getChildren().addAll(preset, title, body);
    }

    /** Shows the explanation of {@code p}. */
    public void show(Params p) {
        params = p;
        Explanation e = Explanation.of(p);
        title.setText(e.kind().title() + "   ·   " + e.kind().source());
        sentences.getChildren().clear();
        for (String s : e.sentences()) {
            Label l = new Label("•  " + s);
            l.setWrapText(true);
            l.getStyleClass().add("watch-for");
            l.setMaxWidth(Double.MAX_VALUE);
            sentences.getChildren().add(l);
        }
        renderEquation(e.latex());
    }

    /**
     * Shows the loaded preset's title and description above the explanation (nothing for an empty title);
     * {@code modified} adds that the parameters have been changed since.
     */
    public void showPreset(String presetTitleText, String description, boolean modified) {
        presetTitle.setText(presetTitleText.isEmpty() ? "" : "Preset: " + presetTitleText
                + (modified ? "   (parameters changed since it was loaded)" : ""));
        presetDescription.setText(description);
        presetDescription.setVisible(!description.isEmpty());
        presetDescription.setManaged(!description.isEmpty());
    }

    /** Text size of the formula in points (larger in presentation mode) and its colour theme. */
    public void setStyle(float formulaPoints, boolean darkTheme) {
        if (formulaPoints != points || darkTheme != dark) {
            points = formulaPoints;
            dark = darkTheme;
            shownLatex = "";
            if (params != null) {
                show(params);
            }
        }
    }

    /** The LaTeX source shown (for tests). */
    public String latexShown() {
        return shownLatex;
    }

    private void renderEquation(String tex) {
        if (tex.equals(shownLatex)) {
            return;
        }
        shownLatex = tex;
        latex.render(tex, points, OVERSAMPLE, dark ? 0xE6E9EF : 0x1B1F27, img -> {
            equation.setImage(img);
            fitEquation();
            equationError.setText("");
        }, why -> equationError.setText("Cannot render the formula: " + why));
    }

    /** Width of the formula as drawn (its natural width before the image has arrived: an estimate). */
    private double equationWidth() {
        return equation.getImage() == null ? 300 : equation.getImage().getWidth() / OVERSAMPLE;
    }

    /** The formula at its natural size, scaled down only when it would take more than 58 % of the width. */
    private void fitEquation() {
        if (equation.getImage() == null) {
            return;
        }
        double natural = equation.getImage().getWidth() / OVERSAMPLE;
        double room = getWidth() > 0 ? (getChildren().contains(stacked) ? 0.98 : 0.58) * getWidth() : natural;
        equation.setFitWidth(Math.min(natural, room));
    }

    /** Stops the rendering thread. */
    public void close() {
        latex.close();
    }
}
