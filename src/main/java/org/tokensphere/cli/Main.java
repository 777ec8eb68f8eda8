package org.tokensphere.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import org.tokensphere.preset.ShareCode;

import java.io.PrintWriter;
import java.net.URI;
import java.nio.file.FileSystemNotFoundException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.concurrent.Callable;

/**
 * The {@code tokensphere} command: with no subcommand it opens the window; {@code run} simulates headlessly and
 * writes CSV; {@code render} draws a PNG, GIF or MP4; {@code share} prints a run's share code; {@code bench}
 * measures token-steps per second. Bad arguments give a one-line error and exit code 2. {@code tokensphere FILE}
 * (what a double-click on a preset file runs) and {@code tokensphere CODE} or {@code tokensphere tokensphere://1/…}
 * (what a click on a link runs) open the window on that preset, handed over through {@link #PRESET_PROPERTY}.
 */
@Command(name = "tokensphere", mixinStandardHelpOptions = true, version = Main.VERSION,
        resourceBundle = CommonOptions.BUNDLE,
        description = "Tokens on a sphere synchronizing under common noise. With no command, opens the window.",
        subcommands = {RunCommand.class, RenderCommand.class, FigureCommand.class, BenchCommand.class,
                ShareCommand.class, SweepCommand.class, LayerCommand.class})
public final class Main implements Callable<Integer> {

    /** The program and its version, as {@code --version} prints it and files record it. */
    public static final String VERSION = "TokenSphere 0.1.0";

    /** Exit code for refused input. */
    public static final int BAD_INPUT = 2;

    /**
     * System property that hands the preset named on the command line to the app: a file's absolute path, or a
     * share code ({@code tokensphere:1:…}, already checked). The app resolves it as {@code --preset} does and opens
     * on that preset (a refused file is said in a dialog and the app starts on the default preset).
     */
    public static final String PRESET_PROPERTY = "tokensphere.preset";

    @Spec
    CommandSpec spec;

    @Parameters(arity = "0..1", paramLabel = "PRESET-FILE|CODE|LINK", description = "Open the window on this preset "
            + "file (what a double-click on a .tokensphere file runs), share code or tokensphere:// link.")
    String presetArgument;

    @Override
    public Integer call() throws Exception {
        if (presetArgument != null) {
            System.setProperty(PRESET_PROPERTY, presetToOpen(presetArgument, spec.subcommands().keySet()));
        }
        // The desktop app is loaded only when asked for, so the command line needs no display.
        Class<?> app = Class.forName("org.tokensphere.app.TokenSphereApp");
        app.getMethod("launchApp", String[].class).invoke(null, (Object) new String[0]);
        return 0;
    }

    /**
     * What the app is to open for the argument {@code arg}: a share code or link, checked here (a refused one is one
     * line and exit code 2 before any window opens) and handed on in its code form; or a file — a path or a
     * {@code file:} URL, as a desktop may pass for {@code %u} — as its absolute path. Anything else is refused,
     * naming the {@code commands} (it may be a mistyped one).
     */
    static String presetToOpen(String arg, Collection<String> commands) {
        if (ShareCode.isCode(arg)) {
            ShareCode.decode(arg);
            return ShareCode.code(arg);
        }
        Path file;
        try {
            file = arg.regionMatches(true, 0, "file:", 0, 5) ? Path.of(URI.create(arg)) : Path.of(arg);
        } catch (IllegalArgumentException | FileSystemNotFoundException e) {
            throw new IllegalArgumentException("'" + arg + "' is neither a command, a preset file nor a share code");
        }
        if (!Files.isRegularFile(file)) {
            throw new IllegalArgumentException("'" + arg + "' is neither a command (" + String.join(", ", commands)
                    + ") nor a preset file");
        }
        return file.toAbsolutePath().normalize().toString();
    }

    /** Runs the command line and returns its exit code. */
    public static int execute(String[] args, PrintWriter out, PrintWriter err) {
        return execute(args, out, err, CommandLine.defaultFactory());
    }

    /** As {@link #execute(String[], PrintWriter, PrintWriter)}, the commands made by {@code factory}. */
    public static int execute(String[] args, PrintWriter out, PrintWriter err, CommandLine.IFactory factory) {
        CommandLine cl = new CommandLine(new Main(), factory);
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
