package org.tokensphere.app.view;

import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.StackPane;
import org.tokensphere.app.render.TokenView;

/**
 * The middle of the main window: the sphere with its legend above the explanation, which scrolls and keeps its
 * height when the window grows; a guided tour's card takes the explanation's place while the tour plays.
 */
final class SphereArea {
    private static final double EXPLANATION_MIN_HEIGHT = 120;

    private final ExplanationPanel explanation;
    private final ScrollPane explanationScroll;
    private final SplitPane split;

    /** The sphere of {@code view} under {@code overlay}, above {@code explanation}. */
    SphereArea(TokenView view, ViewOverlay overlay, ExplanationPanel explanation) {
        this.explanation = explanation;
        StackPane centre = new StackPane(view.node(), overlay);
        centre.getStyleClass().add("view-area");
        centre.setMinSize(200, 200);
        explanationScroll = new ScrollPane(explanation);
        explanationScroll.setFitToWidth(true);
        explanationScroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        explanationScroll.getStyleClass().add("explanation-scroll");
        explanationScroll.setMinHeight(EXPLANATION_MIN_HEIGHT);
        split = new SplitPane(centre, explanationScroll);
        split.setOrientation(Orientation.VERTICAL);
        split.setDividerPositions(0.70);
        SplitPane.setResizableWithParent(explanationScroll, false);
    }

    /** The area's node. */
    SplitPane node() {
        return split;
    }

    /** Shows a tour's card below the sphere in place of the explanation. */
    void showTourCard(Node card) {
        // Room for the narration and the question: at least half the height below the sphere.
        explanationScroll.minHeightProperty().bind(split.heightProperty().multiply(0.5));
        explanationScroll.setContent(card);
        explanationScroll.setVvalue(0);
    }

    /** The explanation below the sphere again. */
    void hideTourCard() {
        explanationScroll.setContent(explanation);
        explanationScroll.minHeightProperty().unbind();
        explanationScroll.setMinHeight(EXPLANATION_MIN_HEIGHT);
    }
}
