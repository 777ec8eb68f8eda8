package org.tokensphere.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

/**
 * The {@code tokensphere} command: with no subcommand it opens the window; {@code run} simulates headlessly and
 * writes CSV; {@code bench} measures token-steps per second. Bad arguments give a one-line error and exit code 2.
 * {@code tokensphere FILE} (what a double-click on a preset file runs) opens the window and hands it that preset
 * through {@link #PRESET_PROPERTY}.
 */
@Command(name = "tokensphere", mixinStandardHelpOptions = true, version = "TokenSphere 0.1.0",
        description = "Tokens on a sphere synchronizing under common noise. With no command, opens the window.",
        subcommands = {RunCommand.class, RenderCommand.class, BenchCommand.class})
public final class Main implements Callable<Integer> {

    /** Exit code for refused input. */
    public static final int BAD_INPUT = 2;

    /**
     * System property that hands a preset file named on the command line to the app: its absolute path. The app
     * opens on that preset (a refused file is said in a dialog and the app starts on the default preset).
     */
    public static final String PRESET_PROPERTY = "tokensphere.preset";

    @Spec
    CommandSpec spec;

    @Parameters(arity = "0..1", paramLabel = "PRESET-FILE", description = "Open the window on this preset file "
            + "(what a double-click on a .tokensphere file runs).")
    Path presetFile;

    @Override
    public Integer call() throws Exception {
        if (presetFile != null) {
            System.setProperty(PRESET_PROPERTY, presetToOpen(presetFile).toString());
        }
        // The desktop app is loaded only when asked for, so the command line needs no display.
        Class<?> app = Class.forName("org.tokensphere.app.TokenSphereApp");
        app.getMethod("launchApp", String[].class).invoke(null, (Object) new String[0]);
        return 0;
    }

    /** The absolute path of {@code file}; refused unless it is an existing file (e.g. a mistyped command). */
    Path presetToOpen(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new IllegalArgumentException("'" + file + "' is neither a command ("
                    + String.join(", ", spec.subcommands().keySet()) + ") nor a preset file");
        }
        return file.toAbsolutePath().normalize();
    }

    /** Runs the command line and returns its exit code. */
    public static int execute(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine cl = new CommandLine(new Main());
        cl.setOut(out);
        cl.setErr(err);
        cl.setParameterExceptionHandler((ex, a) -> {
            err.println("tokensphere: " + ex.getMessage());
            err.flush();
            return BAD_INPUT;
        });
        cl.setExecutionExceptionHandler((ex, c, parsed) -> {
            if (ex instanceof IllegalArgumentException) {
                err.println("tokensphere: " + ex.getMessage());
                err.flush();
                return BAD_INPUT;
            }
            err.println("tokensphere: " + ex.getClass().getSimpleName() + ": " + ex.getMessage());
            err.flush();
            return 1;
        });
        return cl.execute(args);
    }

    public static void main(String[] args) {
        int code = execute(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true));
        System.exit(code);
    }
}
