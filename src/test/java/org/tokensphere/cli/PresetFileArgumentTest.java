package org.tokensphere.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code tokensphere FILE}, what a double-click on a preset file runs; the window itself is not opened here. */
class PresetFileArgumentTest {

    @Test
    void aMissingFileOrMistypedCommandIsRefusedWithOneLineAndCodeTwo() {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.execute(new String[] {"rnu"}, new PrintWriter(out), new PrintWriter(err));
        assertEquals(Main.BAD_INPUT, code);
        assertEquals("tokensphere: 'rnu' is neither a command (run, render, figure, bench, share, sweep, layer) nor "
                + "a preset file", err.toString().strip());
    }

    @Test
    void anExistingFileIsHandedOnAsAnAbsolutePath(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("class.tokensphere"), "{\"schema\": 1}");
        Path given = dir.resolve("sub").resolve("..").resolve("class.tokensphere");
        Files.createDirectories(dir.resolve("sub"));
        Path resolved = Path.of(Main.presetToOpen(given.toString(), List.of("run")));
        assertTrue(resolved.isAbsolute());
        assertEquals(file.toAbsolutePath().normalize(), resolved);
        assertEquals(resolved.toString(), Main.presetToOpen(given.toUri().toString(), List.of("run")),
                "a file: URL, as a desktop may pass it for %u");
        assertThrows(IllegalArgumentException.class, () -> Main.presetToOpen(dir.toString(), List.of("run")));
    }
}
