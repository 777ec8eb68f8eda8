package org.tokensphere.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code tokensphere render}: refusals before any rendering, and a plain message when there is no display. */
class RenderCommandTest {

    private static int run(StringWriter err, String... args) {
        return Main.execute(args, new PrintWriter(new StringWriter()), new PrintWriter(err));
    }

    @Test
    void refusesBadArgumentsWithCodeTwo(@TempDir Path dir) {
        String out = dir.resolve("x.gif").toString();
        String[][] bad = {
            {"render", "--out", out, "--size", "big"},
            {"render", "--out", out, "--scale", "3"},
            {"render", "--out", out, "--fps", "0"},
            {"render", "--out", out, "--preset", "no-such-preset"},
            {"render", "--out", dir.resolve("x.avi").toString()},
            {"render", "--out", dir.resolve("missing/x.gif").toString()},
            {"render", "--out", out, "sigmaQ=99"},
            {"render", "--out", out, "--duration", "100000", "--fps", "120"},
        };
        for (String[] args : bad) {
            StringWriter err = new StringWriter();
            assertEquals(2, run(err, args), String.join(" ", args) + " -> " + err);
            assertEquals(1, err.toString().strip().lines().count(), "one line: " + err);
        }
    }

    @Test
    void saysPlainlyThatItNeedsADisplay(@TempDir Path dir) throws IOException, InterruptedException {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        ProcessBuilder pb = new ProcessBuilder(List.of(java.toString(), "-cp", System.getProperty("java.class.path"),
                "org.tokensphere.cli.Main", "render", "--preset", "rqf", "--out", dir.resolve("a.png").toString()));
        pb.environment().remove("DISPLAY");
        pb.environment().remove("WAYLAND_DISPLAY");
        pb.redirectErrorStream(true);
        Process p = pb.start();
        assertTrue(p.waitFor(60, TimeUnit.SECONDS), "render without a display returns");
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(RenderCommand.NO_DISPLAY, p.exitValue(), output);
        assertTrue(output.contains("needs a display") && output.contains("Xvfb"), output);
        assertFalse(output.contains("\tat "), "no stack trace: " + output);
        assertFalse(Files.exists(dir.resolve("a.png")));
    }
}
