package org.tokensphere.app.view.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.tokensphere.app.FxTestSupport.onFx;

import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.tokensphere.app.FxTestSupport;

/**
 * A chart's heading is as narrow as its title allows: a long legend entry is cut short (its tooltip gives it in
 * full) instead of widening the chart (with presentation mode's large text the Lyapunov chart's legend used to push
 * the sphere to a fifth of the window's width).
 */
class ChartHeadingTest {

    @BeforeAll
    static void toolkit() throws InterruptedException {
        FxTestSupport.startToolkit();
    }

    @Test
    void aLongLegendEntryIsCutShortInsteadOfWideningTheChart() throws Exception {
        double[] m = onFx(() -> {
            Label entry = new Label("no exact value for these parameters");
            Region chart = new Region();
            VBox titled = ChartParts.titled(chart, "Lyapunov exponent", new HBox(entry));
            Pane root = new Pane(titled);
            root.setStyle("-fx-font-size: 19px;");
            new Scene(root, 800, 400);
            root.applyCss();
            Region head = (Region) titled.getChildren().get(0);
            Label title = (Label) head.getChildrenUnmodifiable().get(0);
            double oneLine = entry.prefHeight(-1);
            double width = title.prefWidth(-1) + 10;
            titled.resize(width, 300);
            titled.layout();
            head.layout();
            return new double[] {head.minWidth(-1), title.prefWidth(-1), entry.prefWidth(-1), width,
                entry.getWidth(), entry.getHeight(), oneLine,
                entry.getTooltip() != null && entry.getTooltip().getText().equals(entry.getText()) ? 1 : 0};
        });
        double headMin = m[0];
        double titleWidth = m[1];
        double entryWidth = m[2];
        double width = m[3];
        assertTrue(entryWidth > width, "the entry is longer than the heading is wide: " + entryWidth + " vs " + width);
        assertEquals(titleWidth, headMin, 1, "the heading is as narrow as its title");
        assertTrue(m[4] <= width + 1, "the entry fits the heading (to a pixel): " + m[4] + " of " + width);
        assertEquals(m[6], m[5], 1, "the entry stays on one line");
        assertEquals(1, m[7], "the entry's tooltip gives it in full");
    }
}
