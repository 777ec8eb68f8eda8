package org.tokensphere.app.view;

import org.tokensphere.app.viewmodel.NumberText;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import org.tokensphere.app.viewmodel.DisplaySettings.ColourBy;
import org.tokensphere.app.viewmodel.DisplaySettings.ProjectionKind;

/**
 * Notes drawn over the sphere view: what the colours and arrows mean (bottom left) and, for {@code d > 3}, that
 * the picture is a projection (top left). Lets the mouse through to the view.
 */
final class ViewOverlay extends StackPane {
    private final Label legend = new Label();
    private final Label projectionNote = new Label();

    ViewOverlay() {
        legend.getStyleClass().add("view-legend");
        legend.setWrapText(true);
        legend.setMaxWidth(520);
        projectionNote.getStyleClass().add("projection-note");
        projectionNote.setId("projection-note");
        projectionNote.setWrapText(true);
        StackPane.setAlignment(legend, Pos.BOTTOM_LEFT);
        StackPane.setAlignment(projectionNote, Pos.TOP_LEFT);
        getChildren().addAll(legend, projectionNote);
        setPickOnBounds(false);
        setPadding(new Insets(8));
        setMouseTransparent(true);
    }

    /** Says what the colours (and the arrows) mean; {@code poles} names the pole colours. */
    void showColouring(ColourBy by, String poles) {
        legend.setText(switch (by) {
            case POLE -> "colour: the pole a token heads to — " + poles + "   ·   arrows: amber pole axis ±u, "
                    + "magenta ±e_min of M, green bias v";
            case INITIAL_POSITION -> "colour: hue = starting longitude, shade = starting height";
            case CLUSTER -> "colour: cluster (within 15° of its centre), grey = in none of the 12 largest";
        });
    }

    /**
     * Adds to the legend how the radius is drawn (Pre-/Peri-LN with the radius shown), with the mean radius
     * {@code meanRadius}; NaN removes it.
     */
    void showRadius(double meanRadius) {
        String text = legend.getText();
        int cut = text.indexOf(RADIUS_NOTE);
        String base = cut < 0 ? text : text.substring(0, cut);
        legend.setText(Double.isNaN(meanRadius) ? base : base + RADIUS_NOTE + String.format(java.util.Locale.ROOT,
                "drawn at 1 + 0.15 ln r_i from the centre (r_i = 1 on the sphere), mean r = %.3g", meanRadius));
    }

    private static final String RADIUS_NOTE = "\n·  radius: ";

    /** Shows the projection note for {@code d > 3}, hides it otherwise. */
    void showDimension(int d, ProjectionKind projection) {
        boolean projected = d > 3;
        projectionNote.setVisible(projected);
        if (projected) {
            projectionNote.setText("Projection of S" + NumberText.superscript(d - 1) + " ⊂ R"
                    + NumberText.superscript(d) + " onto its " + projection + ": tokens lie inside the ball.");
        }
    }
}
