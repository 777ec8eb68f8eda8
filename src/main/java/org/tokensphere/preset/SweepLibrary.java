package org.tokensphere.preset;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The sweeps shipped in the jar ({@code sweeps/*.json} at the top of the repository, copied under {@code sweeps/}),
 * in the order of {@code sweeps/index.txt}: paper 2's Fig. 3, the absorption probability, the bias lifetime.
 */
public final class SweepLibrary {
    /** Resource folder of the shipped sweeps. */
    public static final String FOLDER = "/sweeps/";

    /**
     * One shipped sweep.
     *
     * @param name  its name, the file name without {@code .json}
     * @param sweep the sweep
     */
    public record ShippedSweep(String name, SweepFile sweep) {
    }

    private SweepLibrary() {
    }

    private static final class Holder {
        static final List<ShippedSweep> ALL = loadAll();
    }

    /** The shipped sweeps, in order. */
    public static List<ShippedSweep> shipped() {
        return Holder.ALL;
    }

    /** Their names. */
    public static List<String> names() {
        return shipped().stream().map(ShippedSweep::name).toList();
    }

    /** A sweep named on the command line: a shipped name (a bare lower-case word), else a file. */
    public static SweepFile resolve(String fileOrName) {
        if (PresetLibrary.NAME.matcher(fileOrName).matches()) {
            for (ShippedSweep s : shipped()) {
                if (s.name().equals(fileOrName)) {
                    return s.sweep();
                }
            }
            if (!Files.exists(Path.of(fileOrName))) {
                throw new PresetException("", "'" + fileOrName + "' is neither a sweep file nor a shipped sweep "
                        + "(shipped: " + String.join(", ", names()) + ")");
            }
        }
        return SweepIO.load(Path.of(fileOrName));
    }

    private static List<ShippedSweep> loadAll() {
        List<ShippedSweep> out = new ArrayList<>();
        for (String name : PresetLibrary.index(FOLDER)) {
            try (InputStream in = SweepLibrary.class.getResourceAsStream(FOLDER + name + ".json")) {
                if (in == null) {
                    throw new IllegalStateException("sweeps/index.txt lists '" + name + "' but " + name
                            + ".json is not in the jar");
                }
                out.add(new ShippedSweep(name, SweepIO.load(in)));
            } catch (IOException e) {
                throw new IllegalStateException("cannot read shipped sweep " + name, e);
            } catch (PresetException e) {
                throw new IllegalStateException("shipped sweep " + name + " is refused: " + e.getMessage(), e);
            }
        }
        return List.copyOf(out);
    }
}
