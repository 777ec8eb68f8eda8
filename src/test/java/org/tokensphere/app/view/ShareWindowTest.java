package org.tokensphere.app.view;

import io.fair_acc.dataset.spi.DoubleDataSet;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.KeyCode;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.tokensphere.app.FxTestSupport;
import org.tokensphere.app.viewmodel.DisplaySettings;
import org.tokensphere.app.viewmodel.DisplaySettings.Theme;
import org.tokensphere.app.viewmodel.UserSettings;
import org.tokensphere.engine.SimulationEngine;
import org.tokensphere.model.Params;
import org.tokensphere.preset.DisplayOptions.Palette;
import org.tokensphere.preset.Preset;
import org.tokensphere.preset.PresetLibrary;
import org.tokensphere.preset.ShareCode;

import java.util.List;
import java.util.concurrent.Callable;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Share codes and the look in the real window (Monocle, headless): a pasted code starts its run, a refused one
 * changes nothing; the copied code gives the run on screen back; the projector theme, the palette and the text
 * size follow the View menu and the keys, and are remembered.
 */
@ExtendWith(ApplicationExtension.class)
class ShareWindowTest {
    private static final Params START = Params.defaults().toBuilder().n(120).seed(5).build();

    private TestWindow shown;
    private SimulationEngine engine;
    private MainWindow window;
    private final UserSettings.Store remembered = UserSettings.memory();

    @Start
    void start(Stage stage) {
        shown = TestWindow.show(stage, START, remembered);
        engine = shown.engine();
        window = shown.window();
        engine.play();
    }

    @AfterEach
    void close() {
        shown.close();
    }

    private static void await(String what, Callable<Boolean> condition) {
        FxTestSupport.await(what, 20, condition);
    }

    private String status(FxRobot robot) {
        return robot.lookup("#status-message").queryAs(Label.class).getText();
    }

    @Test
    void aPastedCodeStartsItsRunAndARefusedOneChangesNothing(FxRobot robot) {
        Preset rqfBias = PresetLibrary.shipped("rqf-bias");
        String code = ShareCode.encode(rqfBias);
        robot.interact(() -> {
            ClipboardContent c = new ClipboardContent();
            c.putString("  " + code + "\n");
            Clipboard.getSystemClipboard().setContent(c);
        });
        robot.clickOn("#reset-camera"); // the focus on a button, not in a text field
        robot.press(KeyCode.CONTROL).type(KeyCode.V).release(KeyCode.CONTROL);
        await("the code's run in the engine", () -> engine.latest().params().equals(rqfBias.toParams()));
        assertTrue(robot.lookup("#preset-title").queryAs(Label.class).getText().contains(rqfBias.title()));
        assertEquals(Palette.COLOURBLIND, window.display().paletteProperty().get());

        Params before = engine.latest().params();
        robot.interact(() -> assertFalse(window.shares().openCode("tokensphere:1:q8aW!!")));
        await("the refusal in the status bar", () -> status(robot).contains("share code refused: bad base64"));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(before, engine.latest().params(), "nothing changed");
        robot.interact(() -> window.presets().lastAlert().close());
    }

    @Test
    void theCopiedCodeGivesTheRunOnScreenBack(FxRobot robot) throws Exception {
        robot.interact(() -> window.display().paletteProperty().set(Palette.REDBLUE));
        await("the start run on screen", () -> engine.latest().params().equals(START));
        robot.clickOn("#menu-file").clickOn("#menu-copy-code");
        await("copied", () -> status(robot).startsWith("Share code copied"));
        String code = WaitForAsyncUtils.asyncFx(() -> Clipboard.getSystemClipboard().getString()).get();
        assertNotNull(code);
        Preset p = ShareCode.decode(code);
        assertEquals(START, p.toParams(), "the same parameters, seed and starting points");
        assertEquals(Palette.REDBLUE, p.display().palette(), "the palette on screen");
        assertEquals(List.of(List.of(0, 1)), p.display().pairs().subList(0, 1));
    }

    @Test
    void theProjectorThemePaletteAndTextSizeFollowTheMenuAndKeysAndAreRemembered(FxRobot robot)
            throws Exception {
        robot.clickOn("#menu-view").clickOn("#menu-theme-projector");
        await("projector theme", () -> window.scene().getRoot().getStyleClass().contains("projector"));
        assertFalse(window.display().darkProperty().get());
        DoubleDataSet first = window.charts().pairDataSets().get(0);
        assertTrue(first.getStyle().contains("-fx-line-width: 3.2"), "lines twice as thick: " + first.getStyle());
        String before = window.scene().getRoot().getStyle();
        assertTrue(before.contains("-fx-font-size: 15.00px"), before);
        robot.clickOn("#reset-camera");
        robot.press(KeyCode.CONTROL).type(KeyCode.EQUALS).release(KeyCode.CONTROL);
        await("larger text", () -> window.display().textScaleProperty().get() == 1.15);
        assertTrue(window.scene().getRoot().getStyle().contains("-fx-font-size: 17.25px"),
                window.scene().getRoot().getStyle());
        robot.press(KeyCode.CONTROL).type(KeyCode.MINUS).type(KeyCode.MINUS).release(KeyCode.CONTROL);
        await("smaller text", () -> window.display().textScaleProperty().get() == 0.87);
        robot.clickOn("#menu-view").clickOn("#menu-palette-redblue");
        await("red/blue", () -> window.display().paletteProperty().get() == Palette.REDBLUE);
        robot.clickOn("#dark");
        await("dark theme", () -> window.scene().getRoot().getStyleClass().contains("dark")
                && !window.scene().getRoot().getStyleClass().contains("projector"));

        DisplaySettings next = new DisplaySettings();
        new UserSettings(remembered).attach(next);
        assertEquals(Theme.DARK, next.themeProperty().get(), "remembered for the next session");
        assertEquals(Palette.REDBLUE, next.paletteProperty().get());
        assertEquals(0.87, next.textScaleProperty().get());
    }
}
