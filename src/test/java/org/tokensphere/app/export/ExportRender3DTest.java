package org.tokensphere.app.export;

import javafx.application.ConditionalFeature;
import javafx.application.Platform;
import javafx.scene.paint.Color;
import org.jcodec.api.FrameGrab;
import org.jcodec.common.io.NIOUtils;
import org.jcodec.common.model.Picture;
import org.jcodec.scale.AWTUtil;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;
import org.tokensphere.app.viewmodel.CameraPose;
import org.tokensphere.model.Simulation;
import org.tokensphere.preset.DisplayOptions;
import org.tokensphere.preset.Preset;
import org.tokensphere.preset.PresetLibrary;

import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageInputStream;
import java.awt.image.BufferedImage;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Exports rendered on a real display with the OpenGL pipeline: a PNG at 2×, a looping GIF and an MP4, decoded
 * back; a cancelled export writes nothing. Fails (does not skip) when 3D is unavailable.
 *
 * <p>What the frames show is checked on the deterministic preset coloured by pole ({@link PoleTokens}):
 * {@code M = diag(2, 0.5, −1)} sends the tokens towards {@code ±e_3}, each coloured by its side. The test steps
 * its own simulation as the exporter does and projects every near-side token with the preset's camera; most of
 * them must show their pole colour within a few pixels of that point, in the first frame and in the last. A blank
 * frame, a frame of another time (checked: the last frame against the first frame's positions), tokens in the
 * wrong place or in the wrong colour fail. Each decoded frame is saved under {@code target/}.
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

    /** The deterministic preset coloured by pole, without trails or traced pairs (their tokens wear other colours). */
    private static AnimationExporter.Job poles(double duration, double fps, int size, int scale, Path out) {
        Preset p = PresetLibrary.shipped("deterministic");
        DisplayOptions d = p.display();
        DisplayOptions byPole = new DisplayOptions(d.camera(), DisplayOptions.Colouring.POLE,
                DisplayOptions.Trails.OFF, d.projection(), false, List.of(), d.speed());
        return new AnimationExporter.Job(p.toParams(), byPole, duration, fps, size, size, scale, false, out);
    }

    /** The token positions of {@code job}'s frame {@code frame}, stepped as the exporter steps them. */
    private static double[] positions(AnimationExporter.Job job, int frame) {
        try (Simulation sim = new Simulation(job.params(), 1)) {
            double perFrame = job.display().speed() / job.fps();
            for (int k = 0; k <= frame; k++) {
                sim.advanceTo(Math.min(job.duration(), k * perFrame));
            }
            return sim.positions();
        }
    }

    private static String save(BufferedImage img, String name) throws Exception {
        File f = new File("target/" + name);
        ImageIO.write(img, "png", f);
        return "frame saved as " + f.getAbsolutePath();
    }

    @Test
    void pngAtTwiceTheSizeShowsTheTokensWhereTheyAre(@TempDir Path dir) throws Exception {
        assertTrue(Platform.isSupported(ConditionalFeature.SCENE3D), "SCENE3D must be supported (-Dprism.forceGPU)");
        Path png = dir.resolve("frame.png");
        AnimationExporter.Job job = poles(1.0, 10, 200, 2, png);
        assertTrue(AnimationExporter.render(job, (d, t) -> { }));
        BufferedImage img = ImageIO.read(png.toFile());
        assertEquals(400, img.getWidth());
        assertEquals(400, img.getHeight());
        String where = save(img, "export-render3d.png");
        int rgb = img.getRGB(2, 2);
        Color corner = Color.rgb((rgb >> 16) & 255, (rgb >> 8) & 255, rgb & 255);
        assertTrue(corner.getBrightness() > 0.9 && corner.getSaturation() < 0.1, "light background: " + corner);
        try (Simulation sim = new Simulation(job.params(), 1)) {
            sim.advanceTo(job.duration());
            PoleTokens.assertShown(img, sim.positions(), pose(job), where);
        }
    }

    private static CameraPose pose(AnimationExporter.Job job) {
        DisplayOptions.Camera c = job.display().camera();
        return new CameraPose(c.azimuth(), c.elevation(), c.distance());
    }

    @Test
    void gifLoopsAndShowsEachFramesTokensWhereTheyAre(@TempDir Path dir) throws Exception {
        Path gif = dir.resolve("movie.gif");
        AnimationExporter.Job j = poles(1.0, 10, 240, 1, gif);
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
            BufferedImage first = reader.read(0);
            BufferedImage last = reader.read(10);
            PoleTokens.assertShown(first, positions(j, 0), pose(j), save(first, "export-render3d-gif-first.png"));
            PoleTokens.assertShown(last, positions(j, 10), pose(j), save(last, "export-render3d-gif-last.png"));
            PoleTokens.assertNotShown(last, positions(j, 0), pose(j), "the last frame is not the first");
        } finally {
            reader.dispose();
        }
    }

    @Test
    void mp4DecodesToItsFramesAndShowsTheTokensWhereTheyAre(@TempDir Path dir) throws Exception {
        Path mp4 = dir.resolve("movie.mp4");
        AnimationExporter.Job j = poles(0.8, 10, 240, 1, mp4);
        assertTrue(AnimationExporter.render(j, (d, t) -> { }));
        FrameGrab grab = FrameGrab.createFrameGrab(NIOUtils.readableChannel(mp4.toFile()));
        int frames = 0;
        Picture p;
        BufferedImage first = null;
        Picture last = null;
        while ((p = grab.getNativeFrame()) != null) {
            if (frames == 0) {
                first = AWTUtil.toBufferedImage(p);
            }
            frames++;
            last = p;
        }
        assertEquals(9, frames);
        assertEquals(240, last.getCroppedWidth());
        assertEquals(240, last.getCroppedHeight());
        BufferedImage end = AWTUtil.toBufferedImage(last);
        PoleTokens.assertShown(first, positions(j, 0), pose(j), save(first, "export-render3d-mp4-first.png"));
        PoleTokens.assertShown(end, positions(j, 8), pose(j), save(end, "export-render3d-mp4-last.png"));
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
