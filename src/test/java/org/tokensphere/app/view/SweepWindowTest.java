package org.tokensphere.app.view;

import javafx.embed.swing.SwingFXUtils;
import javafx.geometry.Bounds;
import javafx.scene.Scene;
import javafx.scene.control.ComboBox;
import javafx.geometry.Point2D;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.image.ImageView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.tokensphere.app.FxTestSupport;
import org.tokensphere.engine.SimulationEngine;
import org.tokensphere.model.Params;

import javax.imageio.ImageIO;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The Sweep window in the real window (Monocle, headless): Tools ▸ Sweep… starts from the current run, a small
 * sweep runs in the background and is drawn, a click on a heatmap cell opens that grid point's run in the main
 * window (and Undo goes back), a refused field is one line, and Cancel stops a sweep and keeps nothing.
 */
@ExtendWith(ApplicationExtension.class)
class SweepWindowTest {
    private static final Params START = Params.defaults().toBuilder().n(40).seed(5).build();

    private TestWindow shown;
    private SimulationEngine engine;
    private MainWindow window;

    @Start
    void start(Stage stage) {
        shown = TestWindow.show(stage, START);
        engine = shown.engine();
        window = shown.window();
    }

    @AfterEach
    void close() {
        shown.close();
    }

    private static void await(String what, Callable<Boolean> condition) {
        FxTestSupport.await(what, 60, condition);
    }

    private static String status(FxRobot robot) {
        return robot.lookup("#sweep-status").queryAs(Label.class).getText();
    }

    private static void type(FxRobot robot, String id, String text) {
        robot.interact(() -> robot.lookup(id).queryAs(TextField.class).setText(text));
    }

    private static void open(FxRobot robot) {
        robot.clickOn("#menu-tools").clickOn("#menu-sweep");
        await("the Sweep window", () -> robot.lookup("#sweep-run").tryQuery().isPresent());
    }

    @Test
    void aSweepRunsIsDrawnACellOpensItsRunARefusalIsOneLineAndCancelKeepsNothing(FxRobot robot) {
        open(robot);
        type(robot, "#sweep-vary1", "sigmaQ=0.25:2:8");
        type(robot, "#sweep-time", "3");
        type(robot, "#sweep-every", "0.25");
        type(robot, "#sweep-replicas", "3");
        robot.interact(() -> robot.lookup("#sweep-observable").queryAs(ComboBox.class).setValue("nematicOrder"));
        robot.clickOn("#sweep-run");
        ImageView view = robot.lookup("#sweep-view").queryAs(ImageView.class);
        await("the result, drawn", () -> status(robot).startsWith("Done") && view.getImage() != null);
        assertNotNull(view.getImage(), "the heatmap is shown");
        snapshot(robot, view.getScene(), Path.of("target", "screenshots", "sweep-window.png"));
        // The right-hand column (sigmaQ = 2), near the top (t ≈ 2.75): its centre, in the view's coordinates
        // (the chart is 1000 pixels wide, plot from x = 90 to 880, from y = 50 to 550).
        Bounds b = view.getBoundsInLocal();
        double scale = b.getWidth() / 1000;
        Point2D cell = view.localToScreen((90 + 790 * 7.5 / 8) * scale, 90 * scale);
        robot.clickOn(cell);
        Params expected = START.toBuilder().sigmaQ(2).seed(START.seed() + 7 * 3).build();
        await("the grid point's run in the engine", () -> engine.latest().params().equals(expected));
        assertTrue(status(robot).contains("sigmaQ=2"), status(robot));
        robot.interact(() -> window.stage().toFront());
        await("undo offered", () -> !robot.lookup("#undo-reset").query().isDisabled());
        robot.clickOn("#undo-reset");
        await("undo goes back to the run before", () -> engine.latest().params().equals(START));
        refusedFieldAndCancel(robot);
    }

    /** The window as a PNG, to look at (Monocle draws 2D scenes like a display would). */
    private static void snapshot(FxRobot robot, Scene scene, Path file) {
        robot.interact(() -> {
            try {
                Files.createDirectories(file.getParent());
                ImageIO.write(SwingFXUtils.fromFXImage(scene.snapshot(null), null), "png", file.toFile());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    /** In the same window (one window per test class keeps the headless toolkit quick). */
    private void refusedFieldAndCancel(FxRobot robot) {
        robot.interact(() -> window.showSweep());
        type(robot, "#sweep-vary1", "beta=1:0");
        robot.clickOn("#sweep-run");
        String refused = status(robot);
        assertTrue(refused.startsWith("Cannot run: Vary: ") && !refused.contains("\n"), refused);
        type(robot, "#sweep-vary1", "sigmaQ=0.5:2:4");
        type(robot, "#sweep-time", "1000");
        type(robot, "#sweep-replicas", "50");
        robot.clickOn("#sweep-run");
        await("running", () -> status(robot).startsWith("Running") || status(robot).startsWith("Sweep:"));
        robot.clickOn("#sweep-cancel");
        await("cancelled", () -> status(robot).startsWith("Cancelled"));
        assertEquals(START, engine.latest().params(), "the main window's run is untouched");
    }
}
