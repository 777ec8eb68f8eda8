package org.tokensphere.app.view;

import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.tokensphere.preset.Tour;
import org.tokensphere.preset.TourStep;

import java.util.Locale;

/**
 * What a tour step shows below the sphere: the tour's title, the step counter between Back and Next, the step's title, narration and
 * source, the "predict first" question with a bar filling up until its answer shows (then the answer in its
 * place), and Back, Next and Leave beside the counter.
 * Its fonts follow the window's (presentation mode makes them larger).
 */
final class TourCard extends VBox {
    private final Label tourTitle = label("tour-name", "tour-name");
    private final Label counter = label("tour-counter", "tour-counter");
    private final Label title = label("tour-title", "tour-title");
    private final Label narration = label("tour-narration", "tour-narration");
    private final Label source = label("tour-source", "tour-source");
    private final Label question = label("tour-question", "tour-question");
    private final Label wait = label("tour-wait", "hint");
    private final ProgressBar played = new ProgressBar(0);
    private final Label answer = label("tour-answer", "tour-answer");
    private final HBox waiting = new HBox(8, played, wait);
    private final VBox predict = new VBox(4, question, waiting, answer);
    final Button back = button("◀ Back", "tour-back", "Previous step (Page Up, Left)");
    final Button next = button("Next ▶", "tour-next", "Next step (Page Down, Right)");
    final Button leave = button("Leave", "tour-leave", "Leave the tour: back to your own run (Ctrl+Z)");
    private TourStep.Question shownQuestion;

    TourCard() {
        setId("tour-card");
        getStyleClass().add("tour-card");
        setSpacing(6);
        setFillWidth(true);
        // The buttons and the counter on top, where they stay in view however long the narration is.
        // They wrap to a second line rather than widen the card when the column is narrow (projector, large text).
        FlowPane head = new FlowPane(8, 4, back, counter, next, leave);
        head.setAlignment(Pos.CENTER_LEFT);
        counter.setWrapText(false);
        counter.setMinWidth(Region.USE_PREF_SIZE);
        played.setMinWidth(80);
        predict.getStyleClass().add("tour-predict");
        played.setPrefWidth(160);
        waiting.setAlignment(Pos.CENTER_LEFT);
        getChildren().addAll(tourTitle, head, title, narration, source, predict);
    }

    /** Shows step {@code index} of {@code tour}. */
    void show(Tour tour, int index) {
        TourStep step = tour.steps().get(index);
        tourTitle.setText("Tour: " + tour.title());
        counter.setText("Step " + (index + 1) + " of " + tour.steps().size());
        title.setText(step.title());
        narration.setText(step.narration());
        source.setText("Source: " + step.source());
        back.setDisable(index == 0);
        next.setText(index == tour.steps().size() - 1 ? "Finish" : "Next ▶");
        shownQuestion = step.question();
        predict.setVisible(shownQuestion != null);
        predict.setManaged(shownQuestion != null);
        if (shownQuestion != null) {
            question.setText("Predict first: " + shownQuestion.ask());
            answer.setText("Answer: " + shownQuestion.answer());
        }
        played(0);
    }

    /** The run has played {@code elapsed} simulated time in this step: the answer shows once the question's time is up. */
    void played(double elapsed) {
        if (shownQuestion == null) {
            return;
        }
        double after = shownQuestion.after();
        boolean due = elapsed >= after;
        answer.setVisible(due);
        answer.setManaged(due);
        waiting.setVisible(!due);
        waiting.setManaged(!due);
        played.setProgress(Math.min(1, elapsed / after));
        wait.setText(String.format(Locale.ROOT, "the answer shows after t = %s of the run (%.1f played) — think "
                + "first", trim(after), elapsed));
    }

    /** True when the answer is showing. */
    boolean answerShown() {
        return answer.isVisible();
    }

    private static String trim(double v) {
        return v == Math.rint(v) ? String.valueOf((long) v) : String.valueOf(v);
    }

    private static Label label(String id, String style) {
        Label l = new Label();
        l.setId(id);
        l.getStyleClass().add(style);
        l.setWrapText(true);
        l.setMinHeight(Region.USE_PREF_SIZE);
        return l;
    }

    private static Button button(String text, String id, String tip) {
        Button b = new Button(text);
        b.setId(id);
        b.setTooltip(new Tooltip(tip));
        b.setFocusTraversable(true);
        b.setMinWidth(Region.USE_PREF_SIZE);
        return b;
    }
}
