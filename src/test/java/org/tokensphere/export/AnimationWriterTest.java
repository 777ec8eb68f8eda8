package org.tokensphere.export;

import org.jcodec.api.FrameGrab;
import org.jcodec.common.io.NIOUtils;
import org.jcodec.common.model.Picture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Node;

import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageInputStream;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** GIF and MP4 files decode back to the frames written, and a cancelled export leaves nothing behind. */
class AnimationWriterTest {

    private static BufferedImage frame(int k, int w, int h) {
        BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setColor(Color.DARK_GRAY);
        g.fillRect(0, 0, w, h);
        g.setColor(Color.ORANGE);
        g.fillOval(10 + 8 * k, h / 2 - 10, 20, 20);
        g.dispose();
        return img;
    }

    private static void write(Path file, int frames, int w, int h) {
        try (AnimationWriter a = AnimationWriter.open(file, 10)) {
            for (int k = 0; k < frames; k++) {
                a.add(frame(k, w, h));
            }
            a.finish();
        }
    }

    @Test
    void gifHasEveryFrameAndLoopsForever(@TempDir Path dir) throws IOException {
        Path gif = dir.resolve("a.gif");
        write(gif, 12, 160, 90);
        ImageReader reader = ImageIO.getImageReadersByFormatName("gif").next();
        try (ImageInputStream in = ImageIO.createImageInputStream(gif.toFile())) {
            reader.setInput(in);
            assertEquals(12, reader.getNumImages(true));
            assertEquals(160, reader.getWidth(0));
            assertEquals(90, reader.getHeight(0));
            IIOMetadataNode root = (IIOMetadataNode) reader.getImageMetadata(0)
                    .getAsTree("javax_imageio_gif_image_1.0");
            Node app = root.getElementsByTagName("ApplicationExtension").item(0);
            assertEquals("NETSCAPE", app.getAttributes().getNamedItem("applicationID").getNodeValue());
            byte[] loop = (byte[]) ((IIOMetadataNode) app).getUserObject();
            assertArrayEquals(new byte[] {1, 0, 0}, loop, "loop count 0 = forever");
            BufferedImage last = reader.read(11);
            assertEquals(Color.ORANGE.getRGB(), last.getRGB(10 + 8 * 11 + 10, 45), "the last frame's dot");
        } finally {
            reader.dispose();
        }
    }

    @Test
    void mp4DecodesToTheFramesWritten(@TempDir Path dir) throws Exception {
        Path mp4 = dir.resolve("a.mp4");
        write(mp4, 15, 161, 91);
        FrameGrab grab = FrameGrab.createFrameGrab(NIOUtils.readableChannel(mp4.toFile()));
        int count = 0;
        Picture p;
        int w = 0;
        int h = 0;
        while ((p = grab.getNativeFrame()) != null) {
            count++;
            w = p.getCroppedWidth();
            h = p.getCroppedHeight();
        }
        assertEquals(15, count);
        assertEquals(160, w, "odd sizes lose a column (H.264 needs even sizes)");
        assertEquals(90, h);
    }

    @Test
    void cancellingLeavesTheExistingFileAlone(@TempDir Path dir) throws IOException {
        Path gif = dir.resolve("keep.gif");
        Files.writeString(gif, "earlier export");
        try (AnimationWriter a = AnimationWriter.open(gif, 10)) {
            a.add(frame(0, 64, 64));
            // closed without finish(): a cancel or a failure
        }
        assertEquals("earlier export", Files.readString(gif));
        try (var files = Files.list(dir)) {
            assertEquals(1, files.count(), "the temporary file is gone");
        }
    }

    @Test
    void refusesUnwritablePlacesAndUnknownFormats(@TempDir Path dir) {
        IllegalArgumentException missing = assertThrows(IllegalArgumentException.class,
                () -> AnimationWriter.open(dir.resolve("no/such/folder/a.gif"), 10));
        assertTrue(missing.getMessage().contains("does not exist"), missing.getMessage());
        IllegalArgumentException format = assertThrows(IllegalArgumentException.class,
                () -> AnimationWriter.open(dir.resolve("a.avi"), 10));
        assertTrue(format.getMessage().contains(".gif or .mp4"));
        assertFalse(Files.exists(dir.resolve("a.avi")));
    }
}
