package org.tokensphere.app.view;

import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.tokensphere.app.FxTestSupport;

import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Files are written off the FX thread: the FX thread only hands the work over, the status bar shows a progress bar
 * with the writer's progress while it runs, then where the file went or, plainly, why not (Monocle, headless).
 */
@ExtendWith(ApplicationExtension.class)
class BackgroundWriterTest {
    private StatusBar status;
    private BackgroundWriter writer;
    private Stage own;

    /** In a stage of its own: the primary stage keeps the size the window tests expect. */
    @Start
    void start(Stage primary) {
        status = new StatusBar();
        writer = new BackgroundWriter(status);
        own = new Stage();
        own.setScene(new Scene(status, 900, 40));
        own.show();
    }

    @AfterEach
    void close() throws Exception {
        WaitForAsyncUtils.asyncFx(() -> {
            writer.close();
            own.close();
        }).get();
    }

    private static void await(String what, Callable<Boolean> condition) {
        FxTestSupport.await(what, 15, condition);
    }

    private String message() throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> ((Label) status.lookup("#status-message")).getText()).get();
    }

    @Test
    void theWorkRunsOffTheFxThreadWithItsProgressShown() throws Exception {
        CountDownLatch halfway = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        AtomicBoolean onFx = new AtomicBoolean(true);
        CompletableFuture<String> done = WaitForAsyncUtils.asyncFx(() -> writer.write("Saving a.png …", progress -> {
            onFx.set(Platform.isFxApplicationThread());
            progress.accept(0.4);
            halfway.countDown();
            try {
                release.await(15, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "Saved a.png", "Cannot save the snapshot: ")).get();
        assertTrue(halfway.await(15, TimeUnit.SECONDS), "the work started");
        assertFalse(onFx.get(), "written on another thread than the FX thread");
        ProgressBar bar = status.progressBar();
        await("the progress bar at 40 %", () -> bar.isVisible() && bar.getProgress() == 0.4);
        assertTrue(message().contains("Saving a.png"), message());
        javafx.scene.image.Image shot = WaitForAsyncUtils.asyncFx(() -> status.snapshot(null, null)).get();
        javax.imageio.ImageIO.write(javafx.embed.swing.SwingFXUtils.fromFXImage(shot, null), "png",
                new java.io.File("target/status-bar-progress.png")); // to look at
        assertFalse(done.isDone(), "the FX thread did not wait for the file");
        release.countDown();
        assertNull(done.get(15, TimeUnit.SECONDS));
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(bar.isVisible(), "no progress bar when done");
        assertTrue(message().contains("Saved a.png"), message());
    }

    @Test
    void aFailureSaysWhyAndHidesTheBar() throws Exception {
        CompletableFuture<String> done = WaitForAsyncUtils.asyncFx(() -> writer.write("Saving b.png …", progress -> {
            throw new IllegalArgumentException("cannot write /nowhere/b.png: folder /nowhere does not exist");
        }, "Saved b.png", "Cannot save the snapshot: ")).get();
        assertEquals("cannot write /nowhere/b.png: folder /nowhere does not exist", done.get(15, TimeUnit.SECONDS));
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(status.progressBar().isVisible());
        assertTrue(message().contains("Cannot save the snapshot: cannot write /nowhere/b.png: folder /nowhere does "
                + "not exist"), message());
    }
}
