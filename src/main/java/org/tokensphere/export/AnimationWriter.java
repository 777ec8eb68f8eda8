package org.tokensphere.export;

import org.tokensphere.io.AtomicFile;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Writes an animation frame by frame to a temporary file that {@link #finish()} moves into place; closing without
 * finishing (cancel, failure) deletes it, so an existing file is never left half-written.
 */
public abstract class AnimationWriter implements AutoCloseable {
    /** The file being written. */
    protected final AtomicFile.Pending pending;
    /** Frames per second. */
    protected final double fps;
    private int frames;

    protected AnimationWriter(Path target, double fps) {
        if (!(fps > 0 && fps <= 120)) {
            throw new IllegalArgumentException("fps = " + fps + " is out of range (0, 120]");
        }
        this.fps = fps;
        this.pending = AtomicFile.begin(target);
    }

    /** A GIF (looping) or MP4 (H.264) writer, by the file's extension. */
    public static AnimationWriter open(Path target, double fps) {
        String name = target.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".gif")) {
            return new GifWriter(target, fps);
        }
        if (name.endsWith(".mp4")) {
            return new Mp4Writer(target, fps);
        }
        throw new IllegalArgumentException("cannot write " + target + ": an animation must end in .gif or .mp4");
    }

    /** Appends a frame. */
    public final void add(BufferedImage frame) {
        try {
            write(frame);
            frames++;
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot write " + pending.temp() + ": " + e.getMessage());
        }
    }

    /** Frames written so far. */
    public int frames() {
        return frames;
    }

    /** Completes the file and moves it into place. */
    public final void finish() {
        if (frames == 0) {
            throw new IllegalStateException("an animation needs at least one frame");
        }
        try {
            complete();
        } catch (IOException e) {
            pending.abort();
            throw new IllegalArgumentException("cannot write the animation: " + e.getMessage());
        }
        pending.commit();
    }

    /** Encodes one frame. */
    protected abstract void write(BufferedImage frame) throws IOException;

    /** Finishes the encoding into {@link AtomicFile.Pending#temp()}. */
    protected abstract void complete() throws IOException;

    /** Releases encoder resources (called by {@link #close()}). */
    protected void release() {
    }

    @Override
    public void close() {
        release();
        pending.close();
    }
}
