package org.tokensphere.app.view;

import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.tokensphere.app.FxTestSupport;
import org.tokensphere.app.viewmodel.Knob;
import org.tokensphere.app.viewmodel.SessionState;
import org.tokensphere.app.viewmodel.TourSteps;
import org.tokensphere.engine.Frame;
import org.tokensphere.engine.SimulationEngine;
import org.tokensphere.model.Params;
import org.tokensphere.preset.Tour;
import org.tokensphere.preset.TourLibrary;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A tour in the real window (Monocle, headless), driven by the keys a presentation clicker sends: Page Down and
 * Page Up step through it, each step's run reaches the engine, the "predict first" answer waits for the run, and
 * Undo leaves the tour with the user's run back where it was.
 */
@ExtendWith(ApplicationExtension.class)
class TourWindowTest {
    private static final Params START = Params.defaults().toBuilder().n(120).seed(5).sigmaB(0.3).build();

    private TestWindow shown;
    private SimulationEngine engine;
    private MainWindow window;

    @Start
    void start(Stage stage) {
        shown = TestWindow.show(stage, START);
        engine = shown.engine();
        window = shown.window();
        engine.play();
    }

    @AfterEach
    void close() {
        shown.close();
    }

    private static void await(String what, Callable<Boolean> condition) {
        FxTestSupport.await(what, 30, condition);
    }

    private static String text(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(Label.class).getText();
    }

    @Test
    void pageDownStepsThroughTheTourAndUndoBringsBackTheUsersRun(FxRobot robot) {
        Tour tour = TourLibrary.shipped("common-noise");
        await("the user's run plays", () -> engine.latest().steps() > 5);
        Frame aside = engine.latest();
        robot.clickOn("#menu-file").clickOn("#menu-tours").clickOn("#menu-tour-common-noise");
        await("the tour's first step", () -> robot.lookup("#tour-counter").tryQuery().isPresent());
        List<SessionState> states = TourSteps.resolve(tour, window.presets().session()
                .capture(START, new int[][] {{0, 1}}, window.tokenView().camera()));
        assertEquals("Step 1 of 8", text(robot, "#tour-counter"));
        await("step 1's run", () -> engine.latest().params().equals(states.get(0).params()));

        // A clicker's Page Down steps the tour even when a slider has the focus (as after a click on one).
        Slider slider = robot.lookup(".slider").queryAs(Slider.class);
        robot.interact(slider::requestFocus);
        assertTrue(slider.isFocused(), "a slider has the focus");
        robot.press(KeyCode.PAGE_DOWN).release(KeyCode.PAGE_DOWN);
        await("step 2", () -> text(robot, "#tour-counter").equals("Step 2 of 8"));
        assertEquals(tour.steps().get(1).title(), text(robot, "#tour-title"));
        await("step 2's run", () -> engine.latest().params().equals(states.get(1).params()));
        assertEquals("pair-chart", window.tours().highlight().marked().getId(), "the step highlights its chart");
        assertFalse(window.tours().card().answerShown(), "predict first: no answer yet");
        robot.interact(() -> window.viewModel().set(Knob.SPEED, 20));
        await("the answer, once the run has played t = 6", () -> window.tours().card().answerShown()
                && engine.latest().time() >= 6);

        robot.press(KeyCode.PAGE_DOWN).release(KeyCode.PAGE_DOWN);
        robot.press(KeyCode.PAGE_DOWN).release(KeyCode.PAGE_DOWN);
        await("step 4", () -> text(robot, "#tour-counter").equals("Step 4 of 8"));
        await("the bias on the run of step 3", () -> engine.latest().params().equals(states.get(3).params()));
        assertEquals(1.0, engine.latest().params().sigmaB());
        robot.press(KeyCode.PAGE_UP).release(KeyCode.PAGE_UP);
        await("back to step 3", () -> text(robot, "#tour-counter").equals("Step 3 of 8")
                && engine.latest().params().equals(states.get(2).params()));

        robot.press(KeyCode.CONTROL).press(KeyCode.Z).release(KeyCode.Z).release(KeyCode.CONTROL);
        await("the user's run again", () -> !window.tours().active() && engine.latest().params().equals(START));
        Frame back = engine.latest();
        assertTrue(back.time() >= aside.time() && back.steps() >= aside.steps(),
                "the same run where it was, not a new one (it plays on from there)");
        assertEquals(START, window.viewModel().params(), "the side panel shows the user's parameters");
        assertTrue(robot.lookup("#tour-card").tryQuery().isEmpty(), "the explanation is back");
    }

    @Test
    void aRefusedTourFileSaysWhyNamingTheFieldAndChangesNothing(FxRobot robot, @TempDir Path dir) throws Exception {
        await("the user's run plays", () -> engine.latest().steps() > 5);
        Path bad = dir.resolve("bad-tour.json");
        Files.writeString(bad, """
                {"schema": 1, "title": "T", "steps": [
                  {"title": "a", "narration": "n", "source": "Rigollet (2025), §3", "preset": "usa"},
                  {"title": "b", "narration": "n", "source": "Rigollet (2025), §3", "preset": "nosuch"}]}""");
        Params before = engine.latest().params();
        boolean[] opened = new boolean[1];
        robot.interact(() -> opened[0] = window.tours().open(bad));
        assertFalse(opened[0]);
        assertFalse(window.tours().active());
        assertTrue(window.presets().lastAlert().isShowing(), "a dialog says why");
        String why = window.presets().lastAlert().getContentText();
        assertTrue(why.contains("steps[1].preset") && why.contains("nosuch") && !why.contains("\n"), why);
        robot.interact(() -> window.presets().lastAlert().close());
        assertEquals(before, engine.latest().params(), "the run is untouched");
        assertEquals(START, window.viewModel().params());
        assertTrue(engine.latest().steps() > 0 && !engine.latest().canUndoReset(), "no restart");
        assertTrue(robot.lookup("#tour-card").tryQuery().isEmpty(), "no tour card");
    }
}
