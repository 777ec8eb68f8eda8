package org.tokensphere.app.view;

import javafx.scene.control.Label;
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
import org.tokensphere.app.viewmodel.CameraPose;
import org.tokensphere.app.viewmodel.DisplaySettings.ColourBy;
import org.tokensphere.app.viewmodel.Knob;
import org.tokensphere.app.viewmodel.RecentFiles;
import org.tokensphere.engine.SimulationEngine;
import org.tokensphere.model.Params;
import org.tokensphere.preset.Preset;
import org.tokensphere.preset.PresetIO;
import org.tokensphere.preset.PresetLibrary;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Presets and CSV exports in the real window (Monocle, headless): the gallery, opening a file, a refused file,
 * saving and loading again, undo, and an exported CSV, checked on the engine and on what the window shows.
 */
@ExtendWith(ApplicationExtension.class)
class PresetWindowTest {
    private static final Params START = Params.defaults().toBuilder().n(120).seed(5).build();

    private SimulationEngine engine;
    private MainWindow window;
    private FlatSphereView view;

    @Start
    void start(Stage stage) {
        engine = new SimulationEngine(START, 1);
        view = new FlatSphereView(600, 500);
        window = new MainWindow(engine, START, view, new RecentFiles(RecentFiles.memory(List.of())));
        window.show(stage);
        engine.play();
    }

    @AfterEach
    void close() {
        WaitForAsyncUtils.asyncFx(window::close);
        engine.close();
    }

    private static void await(String what, Callable<Boolean> condition) {
        FxTestSupport.await(what, 20, condition);
    }

    private String status(FxRobot robot) {
        return robot.lookup("#status-message").queryAs(Label.class).getText();
    }

    @Test
    void pickingAPresetInTheGalleryRunsItAsItSays(FxRobot robot) {
        robot.clickOn("#menu-file").clickOn("#menu-gallery");
        await("the gallery", () -> robot.lookup("#preset-card-deterministic").tryQuery().isPresent());
        robot.clickOn("#preset-card-deterministic");
        Preset preset = PresetLibrary.shipped("deterministic");
        await("the preset's run in the engine", () -> engine.latest().params().equals(preset.toParams())
                && engine.latest().steps() > 0);
        assertEquals(preset.toParams(), window.viewModel().params(), "the side panel shows it");
        assertArrayEquals(preset.display().pairIndices(), engine.latest().pairs());
        assertEquals(ColourBy.INITIAL_POSITION, window.display().colourByProperty().get());
        assertTrue(window.display().trailsProperty().get());
        await("its camera", () -> near(view.camera(), new CameraPose(30, 20, 4)));
        await("its title above the explanation", () -> robot.lookup("#preset-title").queryAs(Label.class)
                .getText().contains(preset.title()));
        assertTrue(robot.lookup("#preset-description").queryAs(Label.class).getText()
                .startsWith(preset.description().substring(0, 40)));
        assertTrue(((Stage) window.scene().getWindow()).getTitle().contains(preset.title()));

        await("undo offered (the toolbar follows the engine a few times a second)",
                () -> !robot.lookup("#undo-reset").query().isDisabled());
        robot.clickOn("#undo-reset");
        await("undo goes back to the run before", () -> engine.latest().params().equals(START)
                && window.viewModel().params().equals(START));
    }

    @Test
    void aRefusedFileNamesTheFieldAndChangesNothing(FxRobot robot, @TempDir Path dir) throws Exception {
        robot.interact(() -> window.viewModel().set(Knob.SIGMA_B, 0.25));
        await("σ_b in the engine", () -> engine.latest().params().sigmaB() == 0.25);
        Params before = engine.latest().params();
        int[][] pairsBefore = engine.latest().pairs();
        Path bad = dir.resolve("bad.json");
        Files.writeString(bad, """
                {"schema": 1, "title": "Too loud", "duration": 5,
                 "parameters": {"n": 50, "sigmaQ": 25.0},
                 "display": {"colouring": "cluster"}}""");
        boolean[] opened = new boolean[1];
        robot.interact(() -> opened[0] = window.presets().open(bad));
        assertTrue(!opened[0]);
        String message = status(robot);
        assertTrue(message.contains("bad.json") && message.contains("parameters.sigmaQ")
                && message.contains("20"), message);
        assertTrue(window.presets().lastAlert().isShowing(), "a dialog says it too");
        assertTrue(window.presets().lastAlert().getContentText().contains("parameters.sigmaQ"));
        robot.interact(() -> window.presets().lastAlert().close());
        WaitForAsyncUtils.sleep(400, TimeUnit.MILLISECONDS);
        assertEquals(before, engine.latest().params(), "the run is untouched");
        assertEquals(before, window.viewModel().params());
        assertArrayEquals(pairsBefore, engine.latest().pairs());
        assertEquals(ColourBy.POLE, window.display().colourByProperty().get());
        assertTrue(engine.latest().steps() > 0 && !engine.latest().canUndoReset(), "no restart");
        assertTrue(window.presets().recent().files().isEmpty(), "a refused file is not a recent file");
    }

    @Test
    void savingAndLoadingAgainStartsTheSameRun(FxRobot robot, @TempDir Path dir) {
        robot.interact(() -> {
            window.viewModel().setSeed(42);
            window.viewModel().replaySameNoise(); // a new draw of the starting points: init variant 1
            window.viewModel().set(Knob.SPEED, 2.5);
            window.display().colourByProperty().set(ColourBy.CLUSTER);
        });
        await("the new run", () -> engine.latest().params().seed() == 42
                && engine.latest().params().init().variant() == 1);
        Params run = engine.latest().params();
        robot.interact(() -> window.tokenView().setCamera(new CameraPose(-60, 35, 6)));
        Path file = dir.resolve("my run.json");
        robot.interact(() -> window.presets().save(file, "My run", "Seed 42, second draw.", 7));
        Preset saved = PresetIO.load(file);
        assertEquals(run, saved.toParams(), "the file holds the run on screen");
        assertEquals(2.5, saved.display().speed());
        assertTrue(near(new CameraPose(saved.display().camera().azimuth(), saved.display().camera().elevation(),
                saved.display().camera().distance()), new CameraPose(-60, 35, 6)), saved.display().camera().toString());

        robot.interact(() -> window.presets().openShipped("usa"));
        await("another run", () -> engine.latest().params().equals(PresetLibrary.shipped("usa").toParams()));
        robot.interact(() -> window.presets().open(file));
        await("the saved run again", () -> engine.latest().params().equals(run));
        assertEquals(run, window.viewModel().params());
        assertEquals(2.5, window.viewModel().get(Knob.SPEED));
        assertEquals(ColourBy.CLUSTER, window.display().colourByProperty().get());
        assertEquals(file.toAbsolutePath(), window.presets().recent().files().get(0));
        await("its camera", () -> near(view.camera(), new CameraPose(-60, 35, 6)));
    }

    @Test
    void observablesExportHasTheParameterHeaderAndTheColumns(FxRobot robot, @TempDir Path dir) throws Exception {
        await("some history", () -> engine.latest().history().length() >= 5);
        Path out = dir.resolve("observables.csv");
        String failure = WaitForAsyncUtils.asyncFx(() -> window.exports().export(
                ExportActions.Kind.OBSERVABLES, engine.latest(), out)).get().get(20, TimeUnit.SECONDS);
        assertNull(failure);
        List<String> lines = Files.readAllLines(out);
        assertTrue(lines.get(0).startsWith("# TokenSphere observables and pair traces"), lines.get(0));
        assertTrue(lines.get(1).startsWith("# parameters: ") && lines.get(1).contains("seed=5"), lines.get(1));
        assertEquals("# seed: 5", lines.get(2));
        String[] columns = lines.get(3).split(",");
        assertEquals("t", columns[0], "the columns of tokensphere run");
        assertTrue(Arrays.asList(columns).containsAll(List.of("polarOrder", "nematicOrder", "clusters", "lyapunov",
                "rho_0_1", "rho_2_3", "rho_4_5")), lines.get(3));
        for (String row : lines.subList(4, lines.size())) {
            assertEquals(columns.length, row.split(",", -1).length, row);
        }
        await("the status bar says where", () -> status(robot).contains(out.toString()));

        Path nowhere = dir.resolve("missing-folder").resolve("x.csv");
        assertTrue(WaitForAsyncUtils.asyncFx(() -> window.exports().export(
                ExportActions.Kind.POSITIONS, engine.latest(), nowhere)).get().get(20, TimeUnit.SECONDS)
                .contains("does not exist"));
        await("a clear message", () -> status(robot).startsWith("Cannot export")
                && status(robot).contains("missing-folder"));
    }

    private static boolean near(CameraPose a, CameraPose b) {
        return Math.abs(Math.IEEEremainder(a.azimuth() - b.azimuth(), 360)) < 1e-6
                && Math.abs(a.elevation() - b.elevation()) < 1e-6 && Math.abs(a.distance() - b.distance()) < 1e-6;
    }
}
