package org.tokensphere.cli;

import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The options defined once in {@link CommonOptions}: every command that has one describes it (a missing key of the
 * resource bundle would leave its --help line blank), in that command's words, and means the same by it.
 */
class CommonOptionsTest {
    @Test
    void everyOptionOfEveryCommandIsDescribed() {
        CommandLine main = new CommandLine(new Main());
        assertEquals(7, main.getSubcommands().size());
        for (CommandLine sub : main.getSubcommands().values()) {
            CommandSpec spec = sub.getCommandSpec();
            for (ArgSpec arg : spec.args()) {
                String[] text = arg.description();
                String what = spec.qualifiedName() + " " + arg.paramLabel();
                assertTrue(text.length > 0 && !String.join(" ", text).isBlank(), what + " has no description");
            }
        }
    }

    @Test
    void eachCommandDescribesTheSharedOptionsInItsOwnWords() {
        Map<String, String> expected = Map.of(
                "run --time", "Simulated time to run (default: the preset's duration, else 5).",
                "share --time", "Duration of the run (default: the preset's, else 5).",
                "figure --time", "Simulated time shown (default: the preset's duration).",
                "sweep --seed", "Seed S: replica r of grid point g uses S + g*R + r.",
                "share --seed", "Seed (overrides seed=).",
                "render --preset", "A shipped preset name, a preset file or a share code (default: rqf).",
                "sweep --threads", "Worker threads (default: all cores).",
                "layer --out", "Output file (default: standard output).");
        CommandLine main = new CommandLine(new Main());
        expected.forEach((key, text) -> {
            String[] parts = key.split(" ");
            CommandSpec spec = main.getSubcommands().get(parts[0]).getCommandSpec();
            assertEquals(text, String.join(" ", spec.findOption(parts[1]).description()), key);
        });
    }

    @Test
    void theSharedOptionsMeanTheSameInEveryCommand() {
        // --seed overrides seed= in run and share alike; --preset names a shipped preset; --threads is checked once.
        CommandLineTest.Result run = CommandLineTest.run("run", "n=20", "seed=3", "--seed", "9", "--time", "0.1");
        assertEquals(0, run.code(), run.err());
        assertTrue(run.out().contains("seed 9+r"), run.out());
        CommandLineTest.Result share = CommandLineTest.run("share", "--preset", "rqf", "seed=3", "--seed", "9");
        assertEquals(0, share.code(), share.err());
        CommandLineTest.Result seeded = CommandLineTest.run("share", "--preset", "rqf", "seed=9");
        assertEquals(seeded.out(), share.out(), "--seed 9 is seed=9");
        for (String[] args : new String[][] {{"run", "--threads", "0"}, {"sweep", "--vary", "beta=0:1:2", "--threads", "0"}}) {
            CommandLineTest.Result bad = CommandLineTest.run(args);
            assertEquals(Main.BAD_INPUT, bad.code(), args[0]);
            assertEquals("tokensphere: --threads must be in [1, 1024], got 0", bad.err().strip(), args[0]);
        }
        CommandLineTest.Result missing = CommandLineTest.run("figure", "--preset", "no-such-preset", "--out", "x.svg");
        assertEquals(Main.BAD_INPUT, missing.code());
        assertTrue(missing.err().startsWith("tokensphere: preset no-such-preset: "), missing.err());
        assertFalse(missing.err().strip().contains("\n"), missing.err());
    }
}
