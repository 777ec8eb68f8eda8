package org.tokensphere.app.view;

import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Slider;
import javafx.scene.control.TextField;
import javafx.scene.image.Image;
import javafx.scene.image.PixelReader;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.tokensphere.app.FxTestSupport;
import org.tokensphere.app.viewmodel.Knob;
import org.tokensphere.engine.EngineStatus;
import org.tokensphere.engine.SimulationEngine;
import org.tokensphere.model.Params;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The side panel from the keyboard alone (Monocle, headless): Tab reaches every control of a section in order, each
 * with a visible focus ring; a slider moves with the arrow keys, a field takes a typed value with Enter, a check
 * box toggles with Space — and Space there does not also play or pause the run.
 */
@ExtendWith(ApplicationExtension.class)
class KeyboardAccessTest {
    private SimulationEngine engine;
    private MainWindow window;

    @Start
    void start(Stage stage) {
        Params p = Params.defaults().toBuilder().n(60).build();
        engine = new SimulationEngine(p, 1);
        window = new MainWindow(engine, p, new FlatSphereView(500, 400));
        window.show(stage);
        engine.play();
    }

    @AfterEach
    void close() {
        WaitForAsyncUtils.asyncFx(window::close);
        engine.close();
    }

    private static void await(String what, Callable<Boolean> condition) {
        FxTestSupport.await(what, 15, condition);
    }

    private Node focused() {
        return window.scene().getFocusOwner();
    }

    /** Presses Tab until the focus is on {@code id} (at most 30 times); returns the ids passed on the way. */
    private List<String> tabTo(FxRobot robot, String id) {
        List<String> passed = new ArrayList<>();
        for (int k = 0; k < 30; k++) {
            robot.type(KeyCode.TAB);
            Node n = focused();
            String at = n == null ? null : n.getId();
            passed.add(at);
            if (id.equals(at)) {
                return passed;
            }
        }
        throw new AssertionError("Tab never reached #" + id + ": " + passed);
    }

    @Test
    void tabReachesAndOperatesASliderAFieldAndACheckBoxWithAVisibleFocus(FxRobot robot) {
        robot.interact(() -> window.controls().modeButton(org.tokensphere.model.Mode.DETERMINISTIC).requestFocus());
        List<String> path = tabTo(robot, "coloured-noise");
        assertEquals(List.of("mode-random", "sigma-q-slider", "sigma-q-field", "coloured-noise"), path,
                "the Driving section in reading order; Tab enters the mode toggles at the chosen one");

        robot.press(KeyCode.SHIFT).type(KeyCode.TAB, 3).release(KeyCode.SHIFT);
        assertEquals("mode-random", focused().getId(), "Shift+Tab goes back");
        long steps = engine.latest().steps();
        robot.type(KeyCode.RIGHT);
        assertEquals("mode-mixed", focused().getId(), "the arrows move within the toggles");
        robot.type(KeyCode.SPACE);
        await("mixed mode chosen with Space", () -> engine.latest().params().mode() == org.tokensphere.model.Mode.MIXED);
        assertEquals(EngineStatus.RUNNING, engine.latest().status(), "Space chose the mode, and did not pause");
        assertTrue(engine.latest().steps() >= steps);

        robot.interact(() -> window.controls().control(Knob.SIGMA_Q).slider().requestFocus());
        Slider slider = window.controls().control(Knob.SIGMA_Q).slider();
        Image unfocusedField = snapshot(window.controls().control(Knob.SIGMA_Q).field());
        Image withFocus = snapshot(slider);
        double before = window.viewModel().get(Knob.SIGMA_Q);
        robot.type(KeyCode.RIGHT).type(KeyCode.RIGHT);
        await("σ_Q up from the keyboard", () -> window.viewModel().get(Knob.SIGMA_Q) > before);
        await("and in the engine", () -> engine.latest().params().sigmaQ() == window.viewModel().get(Knob.SIGMA_Q));
        assertEquals(EngineStatus.RUNNING, engine.latest().status(), "the arrows moved the slider, not the run");

        robot.type(KeyCode.TAB);
        TextField field = window.controls().control(Knob.SIGMA_Q).field();
        assertEquals(field, focused());
        assertTrue(field.isFocusVisible(), "focus reached with Tab is shown");
        assertTrue(differs(unfocusedField, snapshot(field)), "the focused field looks different: a focus ring");
        assertTrue(differs(withFocus, snapshot(slider)), "the slider lost its ring when the focus moved on");
        robot.press(KeyCode.CONTROL).type(KeyCode.A).release(KeyCode.CONTROL).write("0.4").type(KeyCode.ENTER);
        await("σ_Q = 0.4 typed", () -> engine.latest().params().sigmaQ() == 0.4);

        robot.type(KeyCode.TAB);
        CheckBox coloured = (CheckBox) focused();
        assertEquals("coloured-noise", coloured.getId());
        robot.type(KeyCode.SPACE);
        await("coloured noise on from Space", () -> engine.latest().params().tau() > 0);
        assertTrue(coloured.isSelected());
        assertEquals(EngineStatus.RUNNING, engine.latest().status(), "Space went to the check box, not play/pause");
    }

    private static Image snapshot(Node n) {
        try {
            return WaitForAsyncUtils.asyncFx(() -> n.snapshot(null, null)).get();
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    /** True when the two images differ in more than 20 pixels (sizes may differ by the ring). */
    private static boolean differs(Image a, Image b) {
        int w = (int) Math.min(a.getWidth(), b.getWidth());
        int h = (int) Math.min(a.getHeight(), b.getHeight());
        PixelReader ra = a.getPixelReader();
        PixelReader rb = b.getPixelReader();
        int count = 0;
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                if (ra.getArgb(x, y) != rb.getArgb(x, y)) {
                    count++;
                }
            }
        }
        return count > 20 || a.getWidth() != b.getWidth() || a.getHeight() != b.getHeight();
    }
}
