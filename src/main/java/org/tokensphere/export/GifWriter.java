package org.tokensphere.export;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.ImageWriter;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageOutputStream;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;

/** A looping animated GIF through the JDK's ImageIO GIF writer (NETSCAPE2.0 loop extension, loop forever). */
final class GifWriter extends AnimationWriter {
    private static final String FORMAT = "javax_imageio_gif_image_1.0";
    private final ImageWriter writer;
    private final ImageOutputStream out;

    GifWriter(Path target, double fps) {
        super(target, fps);
        this.writer = ImageIO.getImageWritersByFormatName("gif").next();
        try {
            this.out = ImageIO.createImageOutputStream(pending.temp().toFile());
            writer.setOutput(out);
            writer.prepareWriteSequence(null);
        } catch (IOException e) {
            pending.abort();
            throw new IllegalArgumentException("cannot write " + target + ": " + e.getMessage());
        }
    }

    @Override
    protected void write(BufferedImage frame) throws IOException {
        BufferedImage rgb = frame.getType() == BufferedImage.TYPE_INT_RGB ? frame : toRgb(frame);
        IIOMetadata meta = writer.getDefaultImageMetadata(ImageTypeSpecifier.createFromRenderedImage(rgb), null);
        IIOMetadataNode root = (IIOMetadataNode) meta.getAsTree(FORMAT);
        IIOMetadataNode control = child(root, "GraphicControlExtension");
        control.setAttribute("disposalMethod", "none");
        control.setAttribute("userInputFlag", "FALSE");
        control.setAttribute("transparentColorFlag", "FALSE");
        control.setAttribute("delayTime", Integer.toString((int) Math.max(2, Math.round(100 / fps))));
        control.setAttribute("transparentColorIndex", "0");
        if (frames() == 0) {
            IIOMetadataNode apps = child(root, "ApplicationExtensions");
            IIOMetadataNode app = new IIOMetadataNode("ApplicationExtension");
            app.setAttribute("applicationID", "NETSCAPE");
            app.setAttribute("authenticationCode", "2.0");
            app.setUserObject(new byte[] {1, 0, 0});
            apps.appendChild(app);
        }
        meta.setFromTree(FORMAT, root);
        writer.writeToSequence(new IIOImage(rgb, null, meta), null);
    }

    @Override
    protected void complete() throws IOException {
        writer.endWriteSequence();
        out.close();
    }

    @Override
    protected void release() {
        writer.dispose();
        try {
            out.close();
        } catch (IOException ignored) {
            // Already closed, or the stream failed: the temporary file is deleted anyway.
        }
    }

    private static BufferedImage toRgb(BufferedImage src) {
        BufferedImage rgb = new BufferedImage(src.getWidth(), src.getHeight(), BufferedImage.TYPE_INT_RGB);
        rgb.createGraphics().drawImage(src, 0, 0, null);
        return rgb;
    }

    private static IIOMetadataNode child(IIOMetadataNode root, String name) {
        for (int i = 0; i < root.getLength(); i++) {
            if (root.item(i).getNodeName().equalsIgnoreCase(name)) {
                return (IIOMetadataNode) root.item(i);
            }
        }
        IIOMetadataNode node = new IIOMetadataNode(name);
        root.appendChild(node);
        return node;
    }
}
