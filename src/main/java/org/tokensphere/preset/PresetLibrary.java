package org.tokensphere.preset;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The presets shipped in the jar ({@code presets/*.json} at the top of the repository, copied under
 * {@code presets/}), in the order of {@code presets/index.txt}: from the RQF to the noisy transformer.
 */
public final class PresetLibrary {
    /** Resource folder of the shipped presets. */
    public static final String FOLDER = "/presets/";
    /** What a shipped name looks like: a bare lower-case word. */
    static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9-]*");

    /**
     * One shipped preset.
     *
     * @param name   its name, the file name without {@code .json} (e.g. {@code rqf})
     * @param preset the preset
     */
    public record ShippedPreset(String name, Preset preset) {
    }

    private PresetLibrary() {
    }

    /** Loaded once, on first use. */
    private static final class Holder {
        static final List<ShippedPreset> ALL = loadAll();
    }

    /** The shipped presets, in gallery order. */
    public static List<ShippedPreset> shipped() {
        return Holder.ALL;
    }

    /** Names of the shipped presets, in gallery order. */
    public static List<String> names() {
        return shipped().stream().map(ShippedPreset::name).toList();
    }

    /** The shipped preset called {@code name}; a {@link PresetException} listing the names when there is none. */
    public static Preset shipped(String name) {
        for (ShippedPreset s : shipped()) {
            if (s.name().equals(name)) {
                return s.preset();
            }
        }
        throw new PresetException("", "there is no shipped preset '" + name + "' (shipped: "
                + String.join(", ", names()) + ")");
    }

    /**
     * A preset named on the command line: a share code or link ({@code tokensphere:1:…}, {@code tokensphere://1/…},
     * see {@link ShareCode}), a shipped name such as {@code rqf} (a bare lower-case word), else a file. Write
     * {@code ./rqf} for a file of that name, {@code ./tokensphere:x} for one that starts like a code.
     */
    public static Preset resolve(String fileOrName) {
        if (ShareCode.isCode(fileOrName)) {
            return ShareCode.decode(fileOrName);
        }
        if (NAME.matcher(fileOrName).matches() && names().contains(fileOrName)) {
            return shipped(fileOrName);
        }
        Path file = Path.of(fileOrName);
        if (NAME.matcher(fileOrName).matches() && !Files.exists(file)) {
            throw new PresetException("", "'" + fileOrName + "' is neither a preset file nor a shipped preset "
                    + "(shipped: " + String.join(", ", names()) + ")");
        }
        return PresetIO.load(file);
    }

    /**
     * How a preset given as {@code fileOrName} is named in a message: "share code" for a code (the code itself is
     * long and untrusted), else the name or file as given.
     */
    public static String label(String fileOrName) {
        return ShareCode.isCode(fileOrName) ? "share code" : fileOrName;
    }

    private static List<ShippedPreset> loadAll() {
        List<ShippedPreset> out = new ArrayList<>();
        for (String name : index()) {
            try (InputStream in = PresetLibrary.class.getResourceAsStream(FOLDER + name + ".json")) {
                if (in == null) {
                    throw new IllegalStateException("presets/index.txt lists '" + name + "' but " + name
                            + ".json is not in the jar");
                }
                out.add(new ShippedPreset(name, PresetIO.load(in)));
            } catch (IOException e) {
                throw new IllegalStateException("cannot read shipped preset " + name, e);
            } catch (PresetException e) {
                throw new IllegalStateException("shipped preset " + name + " is refused: " + e.getMessage(), e);
            }
        }
        return List.copyOf(out);
    }

    /** The names in {@code presets/index.txt}: one a line, '#' starts a comment. */
    static List<String> index() {
        return index(FOLDER);
    }

    /** The names in {@code index.txt} of resource {@code folder} (e.g. {@code /tours/}). */
    static List<String> index(String folder) {
        List<String> names = new ArrayList<>();
        String file = folder.substring(1) + "index.txt";
        try (InputStream in = PresetLibrary.class.getResourceAsStream(folder + "index.txt")) {
            if (in == null) {
                throw new IllegalStateException(file + " is not in the jar");
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                String name = line.replaceAll("#.*", "").strip();
                if (name.isEmpty()) {
                    continue;
                }
                if (!NAME.matcher(name).matches()) {
                    throw new IllegalStateException(file + ": '" + name + "' is not a file name");
                }
                names.add(name);
            }
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + file, e);
        }
        return List.copyOf(names);
    }
}
