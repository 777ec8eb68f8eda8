package org.tokensphere.cli;

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

    /** Text body of a file. */
    @FunctionalInterface
    public interface Body {
        void write(Writer w) throws IOException;
    }

    /** Writes {@code target} (UTF-8) from {@code body}; throws {@link IllegalArgumentException} naming the problem. */
    public static void write(Path target, Body body) {
        Path abs = target.toAbsolutePath();
        Path dir = abs.getParent();
        if (dir == null || !Files.isDirectory(dir)) {
            throw new IllegalArgumentException("cannot write " + target + ": folder " + dir + " does not exist");
        }
        Path tmp;
        try {
            tmp = Files.createTempFile(dir, "." + abs.getFileName(), ".part");
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot write " + target + ": folder " + dir + " is not writable ("
                    + e.getMessage() + ")");
        }
        try {
            try (Writer w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
                body.write(w);
            }
            ordinaryPermissions(tmp, abs);
            try {
                Files.move(tmp, abs, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, abs, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot write " + target + ": " + e.getMessage()
                    + " (the existing file, if any, is unchanged)");
        } finally {
            try {
                Files.deleteIfExists(tmp);
            } catch (IOException ignored) {
                // The temporary file is only left behind if it cannot be deleted either.
            }
        }
    }

    /**
     * A temporary file is created readable by its owner only; the file written is meant to be shared (a preset, a
     * CSV), so it gets the permissions of the file it replaces, or {@code rw-r--r--}.
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
