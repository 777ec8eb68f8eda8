package org.tokensphere.export;

import org.jcodec.api.awt.AWTSequenceEncoder;
import org.jcodec.common.io.NIOUtils;
import org.jcodec.common.io.SeekableByteChannel;
import org.jcodec.common.model.Rational;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;

/** An H.264 MP4 through jcodec. H.264 needs even sizes: an odd width or height loses its last column or row. */
final class Mp4Writer extends AnimationWriter {
    private final SeekableByteChannel channel;
    private final AWTSequenceEncoder encoder;

    Mp4Writer(Path target, double fps) {
        super(target, fps);
        try {
            this.channel = NIOUtils.writableChannel(pending.temp().toFile());
            this.encoder = new AWTSequenceEncoder(channel, Rational.R((int) Math.round(fps * 1000), 1000));
        } catch (IOException e) {
            pending.abort();
            throw new IllegalArgumentException("cannot write " + target + ": " + e.getMessage());
        }
    }

    @Override
    protected void write(BufferedImage frame) throws IOException {
        int w = frame.getWidth() & ~1;
        int h = frame.getHeight() & ~1;
        BufferedImage rgb = new BufferedImage(w, h, BufferedImage.TYPE_3BYTE_BGR);
        rgb.createGraphics().drawImage(frame, 0, 0, null);
        encoder.encodeImage(rgb);
    }

    @Override
    protected void complete() throws IOException {
        encoder.finish();
        channel.close();
    }

    @Override
    protected void release() {
        NIOUtils.closeQuietly(channel);
    }
}
