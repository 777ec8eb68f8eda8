package org.tokensphere.app.view;

import io.fair_acc.dataset.spi.DoubleDataSet;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.TextField;
import javafx.scene.image.Image;
import javafx.scene.image.PixelReader;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.tokensphere.app.FxTestSupport;
import org.tokensphere.engine.EngineStatus;
import org.tokensphere.engine.Frame;
import org.tokensphere.engine.HistorySnapshot;
import org.tokensphere.engine.ReadOnlyFloats;
import org.tokensphere.engine.SimulationEngine;
import org.tokensphere.model.Mode;
import org.tokensphere.model.Params;
import org.tokensphere.model.ScalarObservable;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;

import javax.imageio.ImageIO;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Drives the real window (Monocle, headless: the software-drawn sphere view) against a real engine: what a
 * person does, and what the engine then runs with.
 */
@ExtendWith(ApplicationExtension.class)
class MainWindowTest {
    private SimulationEngine engine;
    private MainWindow window;
    private FlatSphereView view;

    @Start
    void start(Stage stage) {
        Params p = Params.defaults().toBuilder().n(120).build();
        engine = new SimulationEngine(p, 1);
        view = new FlatSphereView(600, 500);
        window = new MainWindow(engine, p, view);
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

    private Frame latest() {
        return engine.latest();
    }

    @Test
    void modeToggleReachesTheEngine(FxRobot robot) {
        robot.clickOn("#mode-deterministic");
        await("deterministic mode in the engine", () -> latest().params().mode() == Mode.DETERMINISTIC);
        assertTrue(robot.lookup("#new-matrix").query().isVisible(), "new matrix M is offered in deterministic mode");
        await("eigenvalues of M shown", () -> robot.lookup("#eigenvalues").queryAs(Label.class).getText()
                .contains("μ₁"));
        robot.clickOn("#mode-random");
        await("random mode in the engine", () -> latest().params().mode() == Mode.RANDOM);
        robot.clickOn("#mode-mixed");
        await("mixed mode in the engine", () -> latest().params().mode() == Mode.MIXED);
    }

    @Test
    void biasSliderAndTypedValueReachTheEngineAndRefusalsAreShown(FxRobot robot) {
        Slider slider = robot.lookup("#sigma-b-slider").queryAs(Slider.class);
        robot.interact(() -> slider.setValue(1.25));
        await("σ_b = 1.25 in the engine", () -> latest().params().sigmaB() == 1.25);

        typeInto(robot, "#sigma-b-field", "0.75");
        await("typed σ_b = 0.75 in the engine", () -> latest().params().sigmaB() == 0.75);
        assertEquals(0.75 / 3, slider.getValue() / slider.getMax(), 1e-9, "the slider follows the typed value");

        typeInto(robot, "#sigma-b-field", "30");
        Label message = robot.lookup("#message").queryAs(Label.class);
        await("a refusal naming the field", () -> message.isVisible() && message.getText().contains("sigmaB")
                && message.getText().contains("20"));
        WaitForAsyncUtils.sleep(300, TimeUnit.MILLISECONDS);
        assertEquals(0.75, latest().params().sigmaB(), "the previous valid value stays");
        assertEquals(0.75 / 3, slider.getValue() / slider.getMax(), 1e-9, "not clamped to the slider's end");
    }

    /**
     * Types {@code text} into the field {@code id} in place of what it holds, and Enter. A click focuses it and all
     * its text is selected first: a double-click selects only the word under the pointer ("25" of "1.25"), and
     * where it lands depends on the field's width and font.
     */
    private static void typeInto(FxRobot robot, String id, String text) {
        TextField field = robot.lookup(id).queryAs(TextField.class);
        robot.clickOn(id);
        robot.interact(field::selectAll);
        robot.write(text).type(KeyCode.ENTER);
    }

    @Test
    void pauseStepAndReset(FxRobot robot) {
        await("running", () -> latest().status() == EngineStatus.RUNNING && latest().steps() > 5);
        robot.clickOn("#play");
        await("paused", () -> latest().status() == EngineStatus.PAUSED);
        long steps = latest().steps();
        robot.clickOn("#step");
        await("one step", () -> latest().steps() == steps + 1);
        robot.type(KeyCode.RIGHT);
        await("another step from the Right key", () -> latest().steps() == steps + 2);
        assertEquals(EngineStatus.PAUSED, latest().status());
        robot.clickOn("#reset");
        await("time back to 0", () -> latest().time() == 0 && latest().steps() == 0);
        robot.type(KeyCode.SPACE);
        await("Space plays again", () -> latest().status() == EngineStatus.RUNNING);
    }

    @Test
    void pickingTwoTokensTracesTheirPair(FxRobot robot) {
        robot.clickOn("#play");
        await("paused", () -> latest().status() == EngineStatus.PAUSED);
        // The view draws the paused frame on a later pulse (much later on a busy machine): wait for it.
        int[] picked = new int[2];
        await("two tokens in front that can be clicked", () -> {
            int found = 0;
            for (int i = 0; i < latest().n() && found < 2; i++) {
                Point2D p = view.tokenPosition(i);
                if (p != null && frontAndAlone(i)) {
                    picked[found++] = i;
                }
            }
            return found == 2;
        });
        for (int i : picked) {
            Point2D local = view.tokenPosition(i);
            Node n = view;
            robot.clickOn(n.localToScreen(local));
        }
        int[] expected = picked.clone();
        await("the engine traces the picked pair", () -> Arrays.stream(latest().pairs())
                .anyMatch(p -> Arrays.equals(p, expected)));
        robot.clickOn("#play");
        String name = "⟨x_" + picked[0] + ", x_" + picked[1] + "⟩";
        await("its trace in the chart", () -> window.charts().pairDataSets().stream()
                .anyMatch(ds -> name.equals(ds.getName()) && ds.getDataCount() >= 3));

        // Paused, one step at a time until the history has a row at the frame's time: that row's value for the
        // pair is ⟨x_i, x_j⟩ of the frame's positions, and it is the chart's last point.
        robot.clickOn("#play");
        await("paused again", () -> latest().status() == EngineStatus.PAUSED);
        Frame f = latest();
        for (int k = 0; k < 5 && lastRowTime(f) != f.time(); k++) {
            long steps = f.steps();
            robot.clickOn("#step");
            await("one step", () -> latest().steps() == steps + 1);
            f = latest();
        }
        HistorySnapshot h = f.history();
        int last = h.length() - 1;
        assertEquals(f.time(), lastRowTime(f), "a history row at the frame's time t = " + f.time());
        int slot = slotOf(f.pairs(), expected);
        double traced = h.pairTrace(slot)[last];
        ReadOnlyFloats x = f.positions();
        int d = f.d();
        double dot = 0;
        for (int k = 0; k < d; k++) {
            dot += (double) x.get(picked[0] * d + k) * x.get(picked[1] * d + k);
        }
        // The frame's positions are floats, each coordinate within 2^-24 (relative) of the engine's double: for unit
        // vectors |Δ⟨x_i, x_j⟩| <= 2·2^-24·Σ|x_ik x_jk| <= 2^-23, and twice that covers the sums' rounding.
        assertEquals(dot, traced, 0x1p-22, "the traced value is the scalar product of the picked tokens");
        DoubleDataSet ds = window.charts().pairDataSets().get(slot);
        double t = f.time();
        await("the chart's last point is (t, ρ) of that row", () -> name.equals(ds.getName())
                && ds.getDataCount() > 0 && ds.get(DoubleDataSet.DIM_X, ds.getDataCount() - 1) == t
                && ds.get(DoubleDataSet.DIM_Y, ds.getDataCount() - 1) == traced);
    }

    private static double lastRowTime(Frame f) {
        HistorySnapshot h = f.history();
        return h.length() == 0 ? Double.NaN : h.get(ScalarObservable.TIME, h.length() - 1);
    }

    private static int slotOf(int[][] pairs, int[] pair) {
        for (int k = 0; k < pairs.length; k++) {
            if (Arrays.equals(pairs[k], pair)) {
                return k;
            }
        }
        throw new AssertionError("pair " + Arrays.toString(pair) + " not traced: " + Arrays.deepToString(pairs));
    }

    @Test
    void presentationModeAndThemeFromKeysAndToolbar(FxRobot robot) {
        Node root = robot.lookup(".tokensphere").query();
        robot.type(KeyCode.F11);
        await("presentation mode", () -> root.getStyleClass().contains("presentation")
                && root.getScene().getWindow() instanceof Stage s && s.isFullScreen());
        robot.type(KeyCode.F11);
        await("back from presentation mode", () -> !root.getStyleClass().contains("presentation"));
        robot.clickOn("#dark");
        await("dark theme", () -> root.getStyleClass().contains("dark"));
    }

    /** True when token {@code i} is in front of the sphere with no other token within 12 pixels. */
    private boolean frontAndAlone(int i) {
        if (latest().positions().get(3 * i + 2) < -2) {
            return false;
        }
        Point2D p = view.tokenPosition(i);
        for (int j = 0; j < latest().n(); j++) {
            Point2D q = view.tokenPosition(j);
            if (j != i && q != null && q.distance(p) < 12) {
                return false;
            }
        }
        assertNotNull(p);
        return true;
    }

    @Test
    void wholeWindowSnapshotsAtOneAndTwoTimes() throws Exception {
        javafx.scene.image.Image one = WaitForAsyncUtils.asyncFx(() -> window.windowSnapshot(1)).get();
        javafx.scene.image.Image two = WaitForAsyncUtils.asyncFx(() -> window.windowSnapshot(2)).get();
        org.junit.jupiter.api.Assertions.assertTrue(one.getWidth() > 400 && one.getHeight() > 300,
                one.getWidth() + "x" + one.getHeight());
        org.junit.jupiter.api.Assertions.assertEquals(2 * one.getWidth(), two.getWidth(), 1.0);
        org.junit.jupiter.api.Assertions.assertEquals(2 * one.getHeight(), two.getHeight(), 1.0);
    }

    @Test
    void aSnapshotIsWrittenInTheBackgroundAndABadPathSaysWhy(FxRobot robot, @TempDir Path dir) throws Exception {
        Image image = WaitForAsyncUtils.asyncFx(() -> view.snapshot(2)).get();
        Path good = dir.resolve("sphere.png");
        assertNull(WaitForAsyncUtils.asyncFx(() -> window.snapshots().save(image, good, 2)).get()
                .get(30, TimeUnit.SECONDS));
        BufferedImage back = ImageIO.read(good.toFile());
        assertEquals(image.getWidth(), back.getWidth());
        assertEquals(image.getHeight(), back.getHeight());
        PixelReader px = image.getPixelReader();
        for (int y = 0; y < back.getHeight(); y += 7) {
            for (int x = 0; x < back.getWidth(); x += 7) {
                assertEquals(px.getArgb(x, y), back.getRGB(x, y), "pixel (" + x + ", " + y + ")");
            }
        }
        Label message = robot.lookup("#status-message").queryAs(Label.class);
        await("the status bar says where", () -> message.getText().equals("Saved " + good + " (2×)"));

        Path bad = dir.resolve("missing-folder").resolve("x.png");
        String why = WaitForAsyncUtils.asyncFx(() -> window.snapshots().save(image, bad, 1)).get()
                .get(30, TimeUnit.SECONDS);
        assertTrue(why != null && why.contains("does not exist"), why);
        await("a plain message", () -> message.getText().startsWith("Cannot save the snapshot: ")
                && message.getText().contains("missing-folder"));
        try (var files = Files.list(dir)) {
            assertEquals(List.of(good), files.toList(), "nothing else written, no temporary file left");
        }
    }
}
