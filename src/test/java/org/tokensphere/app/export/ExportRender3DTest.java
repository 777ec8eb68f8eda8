package org.tokensphere.app.export;

import javafx.application.ConditionalFeature;
import javafx.application.Platform;
import org.jcodec.api.FrameGrab;
import org.jcodec.common.io.NIOUtils;
import org.jcodec.common.model.Picture;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;
import org.tokensphere.preset.Preset;
import org.tokensphere.preset.PresetLibrary;

import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageInputStream;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Exports rendered on a real display with the OpenGL pipeline: a PNG at 2×, a looping GIF and an MP4, decoded
 * back; a cancelled export writes nothing. Fails (does not skip) when 3D is unavailable.
 */
@DisabledIfSystemProperty(named = "glass.platform", matches = "Monocle")
class ExportRender3DTest {

    @BeforeAll
    static void startToolkit() throws InterruptedException {
        org.tokensphere.app.FxTestSupport.startToolkit();
    }

    private static AnimationExporter.Job job(String preset, double duration, double fps, int size, int scale, Path out)
            throws Exception {
        Preset p = PresetLibrary.resolve(preset);
        return new AnimationExporter.Job(p.toParams(), p.display(), duration, fps, size, size, scale, false, out);
    }

    @Test
    void pngAtTwiceTheSizeShowsTheSphereAndTokens(@TempDir Path dir) throws Exception {
        assertTrue(Platform.isSupported(ConditionalFeature.SCENE3D), "SCENE3D must be supported (-Dprism.forceGPU)");
        Path png = dir.resolve("frame.png");
        assertTrue(AnimationExporter.render(job("deterministic", 0.5, 10, 200, 2, png), (d, t) -> { }));
        BufferedImage img = ImageIO.read(png.toFile());
        assertEquals(400, img.getWidth());
        assertEquals(400, img.getHeight());
        int corner = img.getRGB(2, 2);
        int centre = img.getRGB(200, 200);
        assertTrue(corner != centre, "the sphere differs from the background");
        long distinct = java.util.stream.IntStream.range(0, 400 * 400)
                .map(k -> img.getRGB(k % 400, k / 400)).distinct().count();
        assertTrue(distinct > 50, "a rendered scene, not a flat fill: " + distinct + " colours");
    }

    @Test
    void gifLoopsAndHasOneFramePerStepOfTime(@TempDir Path dir) throws Exception {
        Path gif = dir.resolve("movie.gif");
        AnimationExporter.Job j = job("rqf", 1.0, 10, 120, 1, gif);
        assertEquals(11, j.frames(), "t = 0, 0.1, ..., 1 at speed 1");
        AtomicInteger seen = new AtomicInteger();
        assertTrue(AnimationExporter.render(j, (done, total) -> seen.set(done)));
        assertEquals(11, seen.get());
        ImageReader reader = ImageIO.getImageReadersByFormatName("gif").next();
        try (ImageInputStream in = ImageIO.createImageInputStream(gif.toFile())) {
            reader.setInput(in);
            assertEquals(11, reader.getNumImages(true));
            IIOMetadataNode root = (IIOMetadataNode) reader.getImageMetadata(0).getAsTree("javax_imageio_gif_image_1.0");
            IIOMetadataNode app = (IIOMetadataNode) root.getElementsByTagName("ApplicationExtension").item(0);
            assertArrayEquals(new byte[] {1, 0, 0}, (byte[]) app.getUserObject(), "loops forever");
        } finally {
            reader.dispose();
        }
    }

    @Test
    void mp4DecodesToItsFramesAndSize(@TempDir Path dir) throws Exception {
        Path mp4 = dir.resolve("movie.mp4");
        assertTrue(AnimationExporter.render(job("rqf", 0.8, 10, 160, 1, mp4), (d, t) -> { }));
        FrameGrab grab = FrameGrab.createFrameGrab(NIOUtils.readableChannel(mp4.toFile()));
        int frames = 0;
        Picture p;
        Picture last = null;
        while ((p = grab.getNativeFrame()) != null) {
            frames++;
            last = p;
        }
        assertEquals(9, frames);
        assertEquals(160, last.getCroppedWidth());
        assertEquals(160, last.getCroppedHeight());
    }

    @Test
    void aCancelledExportLeavesTheOldFile(@TempDir Path dir) throws Exception {
        Path gif = dir.resolve("keep.gif");
        Files.writeString(gif, "an earlier export");
        AtomicInteger frames = new AtomicInteger();
        boolean written = AnimationExporter.render(job("rqf", 2.0, 10, 100, 1, gif), new AnimationExporter.Progress() {
            @Override
            public void frame(int done, int total) {
                frames.set(done);
            }

            @Override
            public boolean cancelled() {
                return frames.get() >= 3;
            }
        });
        assertFalse(written);
        assertEquals("an earlier export", Files.readString(gif));
        try (var files = Files.list(dir)) {
            assertEquals(1, files.count(), "no temporary file left");
        }
    }

    @Test
    void theWindowsExportDialogWritesAGifWithProgress(@TempDir Path dir) throws Exception {
        Path gif = dir.resolve("dialog.gif");
        org.tokensphere.app.view.ExportDialog[] dialog = new org.tokensphere.app.view.ExportDialog[1];
        AnimationExporter.onFx(() -> {
            dialog[0] = new org.tokensphere.app.view.ExportDialog(null, org.tokensphere.model.Params.defaults(),
                    new org.tokensphere.app.viewmodel.DisplaySettings(), 5,
                    org.tokensphere.app.viewmodel.CameraPose.DEFAULT);
            dialog[0].start(gif);
            return null;
        });
        long end = System.nanoTime() + 60_000_000_000L;
        String text = "";
        while (System.nanoTime() < end) {
            text = AnimationExporter.onFx(() -> dialog[0].message().getText());
            if (text.startsWith("Wrote") || text.startsWith("Not exported")) {
                break;
            }
            Thread.sleep(50);
        }
        assertTrue(text.startsWith("Wrote"), text);
        assertEquals(1.0, AnimationExporter.onFx(() -> dialog[0].progress().getProgress()), 1e-9);
        ImageReader reader = ImageIO.getImageReadersByFormatName("gif").next();
        try (ImageInputStream in = ImageIO.createImageInputStream(gif.toFile())) {
            reader.setInput(in);
            assertEquals(51, reader.getNumImages(true), "10 time units at speed 5 and 25 fps");
        } finally {
            reader.dispose();
        }
    }
}
