package org.tokensphere.app.view;

import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.tokensphere.app.FxTestSupport;
import org.tokensphere.app.figure.FigurePanel;
import org.tokensphere.app.figure.FigureSpec;
import org.tokensphere.engine.SimulationEngine;
import org.tokensphere.model.Params;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** File ▸ Export figure writes the run on screen — its tokens now and its history so far — as a vector file. */
@ExtendWith(ApplicationExtension.class)
class FigureWindowTest {
    private static final Params START = Params.defaults().toBuilder().n(77).seed(5).build();

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

    @Test
    void theRunOnScreenIsWrittenAsASvgFigure(FxRobot robot, @TempDir Path dir) throws Exception {
        FxTestSupport.await("some history", 20, () -> engine.latest().history().length() > 10);
        Path out = dir.resolve("window.svg");
        robot.clickOn("#menu-file").clickOn("#menu-export-figure");
        FxTestSupport.await("the dialog", 10, () -> robot.lookup("#figure-export").tryQuery().isPresent());
        robot.interact(() -> {
            FigureDialog d = new FigureDialog(window);
            FigureSpec spec = d.spec(out);
            d.export(FigurePanel.parse("sphere,pairs,order,clusters"), spec, out);
        });
        FxTestSupport.await("the file", 20, () -> Files.exists(out));
        String svg = Files.readString(out);
        int circles = svg.split("<ellipse", -1).length - 1;
        assertEquals(77 + 2, circles, "one circle per token, and the disc with its outline");
        assertTrue(svg.contains("id='curve-clusters-0'"), "the cluster count over time");
        assertTrue(svg.contains("width='504.0pt'"), "the default size, 7 x 3 in");
    }
}
