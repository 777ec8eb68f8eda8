package org.tokensphere.io;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/**
 * Writes a file through a temporary file in the same folder, moved into place only when complete: a failure
 * never leaves a half-written file over an existing one. Problems become messages that name the path.
 */
public final class AtomicFile {
    private AtomicFile() {
    }

    /**
     * A file being written: bytes go to a temporary file beside the target, which {@link #commit()} moves into
     * place and {@link #abort()} (or {@link #close()} without a commit) deletes; the target is never half-written.
     */
    public static final class Pending implements AutoCloseable {
        private final Path target;
        private final Path temp;
        private boolean done;

        private Pending(Path target, Path temp) {
            this.target = target;
            this.temp = temp;
        }

        /** The temporary file to write to. */
        public Path temp() {
            return temp;
        }

        /** Moves the finished temporary file over the target. */
        public void commit() {
            try {
                ordinaryPermissions(temp, target);
                try {
                    Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                } catch (AtomicMoveNotSupportedException e) {
                    Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
                }
                done = true;
            } catch (IOException e) {
                abort();
                throw new IllegalArgumentException("cannot write " + target + ": " + e.getMessage()
                        + " (the existing file, if any, is unchanged)");
            }
        }

        /** Deletes the temporary file; the target stays as it was. */
        public void abort() {
            done = true;
            try {
                Files.deleteIfExists(temp);
            } catch (IOException ignored) {
                // Left behind only if it cannot be deleted either.
            }
        }

        @Override
        public void close() {
            if (!done) {
                abort();
            }
        }
    }

    /** Starts writing {@code target}; throws {@link IllegalArgumentException} when its folder is missing or not writable. */
    public static Pending begin(Path target) {
        Path abs = target.toAbsolutePath();
        Path dir = abs.getParent();
        if (dir == null || !Files.isDirectory(dir)) {
            throw new IllegalArgumentException("cannot write " + target + ": folder " + dir + " does not exist");
        }
        try {
            return new Pending(abs, Files.createTempFile(dir, "." + abs.getFileName(), ".part"));
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot write " + target + ": folder " + dir + " is not writable ("
                    + e.getMessage() + ")");
        }
    }

    /** Text body of a file. */
    @FunctionalInterface
    public interface Body {
        void write(Writer w) throws IOException;
    }

    /** Writes {@code target} (UTF-8) from {@code body}; throws {@link IllegalArgumentException} naming the problem. */
    public static void write(Path target, Body body) {
        try (Pending pending = begin(target)) {
            try (Writer w = Files.newBufferedWriter(pending.temp(), StandardCharsets.UTF_8)) {
                body.write(w);
            } catch (IOException e) {
                throw new IllegalArgumentException("cannot write " + target + ": " + e.getMessage()
                        + " (the existing file, if any, is unchanged)");
            }
            pending.commit();
        }
    }

    /**
     * A temporary file is created readable by its owner only; the file written is meant to be shared (a preset, a
     * CSV, an animation), so it gets the permissions of the file it replaces, or {@code rw-r--r--}.
     */
    private static void ordinaryPermissions(Path tmp, Path target) {
        PosixFileAttributeView view = Files.getFileAttributeView(tmp, PosixFileAttributeView.class);
        if (view == null) {
            return;
        }
        try {
            Set<PosixFilePermission> perms = Files.exists(target) ? Files.getPosixFilePermissions(target)
                    : PosixFilePermissions.fromString("rw-r--r--");
            view.setPermissions(perms);
        } catch (IOException | UnsupportedOperationException e) {
            // The owner-only permissions of the temporary file stay: safe, if less convenient.
        }
    }
}
