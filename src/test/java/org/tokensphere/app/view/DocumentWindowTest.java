package org.tokensphere.app.view;

import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.tokensphere.app.FxTestSupport;
import org.tokensphere.engine.SimulationEngine;
import org.tokensphere.model.Params;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Help ▸ The mathematics shows docs/MATH.md as shipped in the application (what the tooltips cite as
 * "docs/MATH.md §n"), the same text as the repository's file, and Find goes to a section.
 */
@ExtendWith(ApplicationExtension.class)
class DocumentWindowTest {
    private static final Params START = Params.defaults().toBuilder().n(50).seed(5).build();

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

    @Test
    void theMathematicsAreShippedAndFindGoesToASection(FxRobot robot) throws Exception {
        String repository = Files.readString(Path.of("docs/MATH.md"), StandardCharsets.UTF_8);
        assertEquals(repository, DocumentWindow.read("MATH.md"), "the jar's docs/MATH.md is the repository's");
        assertEquals(Files.readString(Path.of("docs/presets.md"), StandardCharsets.UTF_8),
                DocumentWindow.read("presets.md"));
        robot.clickOn("#menu-help").clickOn("#menu-math");
        FxTestSupport.await("the document window", 10, () -> robot.lookup("#document-text").tryQuery().isPresent());
        TextArea text = robot.lookup("#document-text").queryAs(TextArea.class);
        assertEquals(repository, text.getText());
        TextField find = robot.lookup("#document-find").queryAs(TextField.class);
        WaitForAsyncUtils.asyncFx(() -> {
            find.setText("### 8.2");
            find.getOnAction().handle(null);
        }).get();
        WaitForAsyncUtils.waitForFxEvents();
        int at = repository.indexOf("### 8.2");
        assertTrue(at > 0, "MATH.md has a §8.2");
        assertEquals(at, text.getSelection().getStart(), "Find selects the heading of §8.2");
    }
}
