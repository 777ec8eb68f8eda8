package org.tokensphere.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code tokensphere figure}: writes the file asked for without a display; refuses bad arguments in one line. */
class FigureCommandTest {
    private static int run(StringWriter err, String... args) {
        return Main.execute(args, new PrintWriter(new StringWriter()), new PrintWriter(err));
    }

    @Test
    void writesASvgFigureOfAPresetAtATime(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("fig.svg");
        StringWriter err = new StringWriter();
        assertEquals(0, run(err, "figure", "--preset", "rqf", "n=30", "--time", "1", "--panels", "sphere,pairs",
                "--out", out.toString(), "--size", "6x3in"), err.toString());
        String svg = Files.readString(out);
        assertTrue(svg.startsWith("<?xml") && svg.contains("width='432.0pt'"), svg.substring(0, 200));
    }

    @Test
    void badArgumentsAreRefusedInOneLineNamingThem(@TempDir Path dir) {
        String out = dir.resolve("fig.pdf").toString();
        String[][] bad = {
            {"--panels", "sphere,pie", "--out", out, "--panels: unknown panel 'pie'"},
            {"--size", "7x3", "--out", out, "--size"},
            {"--dpi", "5", "--out", out, "--dpi"},
            {"--time", "-1", "--out", out, "--time"},
            {"--out", dir.resolve("fig.txt").toString(), "fig.txt"},
            {"--out", dir.resolve("missing").resolve("f.pdf").toString(), "does not exist"},
            {"sigmaQ=-3", "--out", out, "sigmaQ"},
            {"--palette", "green", "--out", out, "--palette = green"},
        };
        // Each: the arguments, then a fragment the message must hold.
        for (String[] b : bad) {
            StringWriter err = new StringWriter();
            String[] args = new String[b.length];
            args[0] = "figure";
            System.arraycopy(b, 0, args, 1, b.length - 1);
            assertEquals(Main.BAD_INPUT, run(err, args), String.join(" ", args));
            String message = err.toString().strip();
            assertFalse(message.contains("\n"), "one line: " + message);
            assertTrue(message.contains(b[b.length - 1]), message);
        }
        assertFalse(Files.exists(dir.resolve("fig.pdf")));
    }
}
