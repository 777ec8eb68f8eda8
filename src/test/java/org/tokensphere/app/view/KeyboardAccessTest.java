package org.tokensphere.app.view;

import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ComboBoxBase;
import javafx.scene.control.MenuBar;
import javafx.scene.control.Slider;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.TitledPane;
import javafx.scene.control.Toggle;
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
import org.tokensphere.app.viewmodel.DisplaySettings.Theme;
import org.tokensphere.app.viewmodel.Knob;
import org.tokensphere.engine.EngineStatus;
import org.tokensphere.engine.SimulationEngine;
import org.tokensphere.model.Params;
import org.tokensphere.preset.DisplayOptions.Palette;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The window from the keyboard alone (Monocle, headless): Tab reaches every control of a section in order, each
 * with a visible focus ring; a slider moves with the arrow keys, a field takes a typed value with Enter, a check
 * box toggles with Space — and Space there does not also play or pause the run. Tab goes round every button,
 * field, slider, box and section header of the window (the menus are reached with F10), and the side panel scrolls
 * each control it reaches into view; a choice list opens with Alt+Down and takes a choice with the arrows and
 * Enter, a tool-bar toggle switches with Space, F10 and Down open the first menu.
 */
@ExtendWith(ApplicationExtension.class)
class KeyboardAccessTest {
    private SimulationEngine engine;
    private MainWindow window;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
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

    /** Presses Tab until the focus is on {@code id} (at most 150 times); returns the ids passed on the way. */
    private List<String> tabTo(FxRobot robot, String id) {
        List<String> passed = new ArrayList<>();
        for (int k = 0; k < 150; k++) {
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

    /** Every control a user operates, shown and enabled, outside the menu bar and collapsed sections. */
    private static Set<Node> operable(Node n, Set<Node> found) {
        if (!n.isVisible() || n.isDisabled() || n instanceof MenuBar) {
            return found;
        }
        if (n instanceof ButtonBase || n instanceof TextInputControl || n instanceof Slider
                || n instanceof ComboBoxBase || n instanceof ChoiceBox || n instanceof Spinner || n instanceof TitledPane) {
            found.add(n);
            if (!(n instanceof TitledPane)) {
                return found; // a control's own parts (a combo box's button, a spinner's field) are not counted
            }
        }
        if (n instanceof TitledPane t && !t.isExpanded()) {
            return found;
        }
        if (n instanceof Parent p) {
            p.getChildrenUnmodifiable().forEach(c -> operable(c, found));
        }
        return found;
    }

    /**
     * True when {@code c} is a toggle of a group that Tab entered: Tab stops once in a group of toggles (at the
     * chosen one), and the arrows move within it, as in every desktop toolkit.
     */
    private static boolean groupReached(Node c, Set<Node> reached) {
        return c instanceof Toggle t && t.getToggleGroup() != null
                && t.getToggleGroup().getToggles().stream().anyMatch(reached::contains);
    }

    private static String name(Node n) {
        return n.getId() != null ? "#" + n.getId() : n instanceof TitledPane t ? "section " + t.getText()
                : n instanceof ButtonBase b ? "button " + b.getText() : n.getClass().getSimpleName();
    }

    /** True when {@code n} lies within the side panel's viewport (vertically), or outside the panel. */
    private boolean inView(Node n) {
        ControlPanel panel = window.controls();
        Node content = panel.getContent();
        for (Node p = n; p != null; p = p.getParent()) {
            if (p == content) {
                Bounds b = panel.sceneToLocal(n.localToScene(n.getLayoutBounds()));
                return b.getMaxY() > 0 && b.getMinY() < panel.getHeight();
            }
        }
        return true;
    }

    @Test
    void tabGoesRoundEveryControlOfTheWindowAndTheSidePanelShowsEachOne(FxRobot robot) throws Exception {
        robot.interact(() -> stage.setHeight(560));
        Set<Node> controls = FxTestSupport.onFx(() -> operable(window.scene().getRoot(), new LinkedHashSet<>()));
        assertTrue(controls.size() > 40, controls.size() + " controls");
        ControlPanel panel = window.controls();
        assertTrue(FxTestSupport.onFx(() -> panel.getContent().getLayoutBounds().getHeight()
                > panel.getViewportBounds().getHeight() + 200), "the side panel scrolls at this height");
        robot.interact(() -> window.controls().modeButton(org.tokensphere.model.Mode.DETERMINISTIC).requestFocus());
        Set<Node> reached = new LinkedHashSet<>();
        List<String> hidden = new ArrayList<>();
        double furthest = 0;
        for (int k = 0; k < controls.size() + 20; k++) { // once round the window
            robot.type(KeyCode.TAB);
            Node n = focused();
            if (!reached.add(n)) {
                break;
            }
            if (!FxTestSupport.onFx(() -> inView(n))) {
                hidden.add(name(n));
            }
            furthest = Math.max(furthest, FxTestSupport.onFx(panel::getVvalue));
        }
        List<String> missed = controls.stream().filter(c -> !reached.contains(c) && !groupReached(c, reached))
                .map(KeyboardAccessTest::name).toList();
        assertEquals(List.of(), missed, "controls Tab never reaches");
        assertEquals(List.of(), hidden, "controls reached with Tab but scrolled out of the side panel's view");
        assertTrue(furthest > 0.9 * panel.getVmax(), "the panel scrolled down to its last controls: " + furthest);

        ComboBox<?> palette = (ComboBox<?>) window.scene().lookup("#palette");
        assertEquals(Palette.COLOURBLIND, window.display().paletteProperty().get());
        tabTo(robot, "palette");
        assertTrue(FxTestSupport.onFx(() -> inView(palette)));
        robot.press(KeyCode.ALT).type(KeyCode.DOWN).release(KeyCode.ALT);
        await("the palette list open", palette::isShowing);
        robot.type(KeyCode.DOWN).type(KeyCode.ENTER);
        await("red/blue chosen from the keyboard", () -> window.display().paletteProperty().get() == Palette.REDBLUE);
        await("the list closed", () -> !palette.isShowing());
        assertEquals(EngineStatus.RUNNING, engine.latest().status(), "the keys chose, and did not pause");

        tabTo(robot, "dark");
        assertFalse(window.display().darkProperty().get());
        robot.type(KeyCode.SPACE);
        await("dark theme from Space on the tool bar", () -> window.display().themeProperty().get() == Theme.DARK);
        assertEquals(EngineStatus.RUNNING, engine.latest().status());

        MenuBar menus = (MenuBar) window.scene().lookup(".menu-bar");
        robot.type(KeyCode.F10).type(KeyCode.DOWN);
        await("F10 and Down open the first menu", () -> menus.getMenus().get(0).isShowing());
        robot.type(KeyCode.ESCAPE);
        await("Escape closes it", () -> !menus.getMenus().get(0).isShowing());
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
