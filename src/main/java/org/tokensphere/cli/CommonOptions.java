package org.tokensphere.cli;

import org.tokensphere.model.Params;
import org.tokensphere.preset.Preset;
import org.tokensphere.preset.PresetException;
import org.tokensphere.preset.PresetLibrary;
import org.tokensphere.preset.ShareCode;
import picocli.CommandLine.Option;

import java.nio.file.Path;

/**
 * The options several commands share, each defined once as a picocli mixin ({@code @Mixin}) with what it means:
 * {@code --preset}, {@code --time}, {@code --seed}, {@code --threads} and {@code --out FILE.csv}. A command says
 * in its own words what the option does for it: the descriptions are in {@code CommonOptions.properties} (the
 * resource bundle of {@link Main}), under {@code tokensphere.COMMAND.common.NAME}, or {@code common.NAME} where
 * the commands say the same.
 */
final class CommonOptions {
    /** The resource bundle of the descriptions. */
    static final String BUNDLE = "org.tokensphere.cli.CommonOptions";

    private CommonOptions() {
    }

    /** {@code --preset FILE|NAME|CODE}: the preset a run starts from. */
    static final class PresetOption {
        @Option(names = "--preset", paramLabel = "FILE|NAME|CODE", descriptionKey = "common.preset")
        String preset;

        /** The preset given, or null when none was. */
        Preset resolved() {
            return preset == null ? null : resolve(preset);
        }

        /** The preset given, else the shipped preset {@code name}. */
        Preset resolvedOr(String name) {
            return resolve(preset == null ? name : preset);
        }

        /**
         * A shipped preset's name, a preset file or a share code; a refusal becomes a message naming the preset and
         * the field (a share code's refusal names itself).
         */
        static Preset resolve(String nameOrFile) {
            try {
                return PresetLibrary.resolve(nameOrFile);
            } catch (PresetException e) {
                throw new IllegalArgumentException(ShareCode.isCode(nameOrFile) ? e.getMessage()
                        : "preset " + nameOrFile + ": " + e.getMessage(), e);
            }
        }
    }

    /** {@code --time T}: the simulated time. */
    static final class TimeOption {
        @Option(names = "--time", paramLabel = "T", descriptionKey = "common.time")
        Double time;

        /** --time, else the duration of {@code start} when there is one, else {@code fallback}. */
        double or(Preset start, double fallback) {
            return time != null ? time : start != null ? start.duration() : fallback;
        }
    }

    /** {@code --seed S}: the seed, overriding {@code seed=}. */
    static final class SeedOption {
        @Option(names = "--seed", paramLabel = "S", descriptionKey = "common.seed")
        Long seed;

        /** {@code p} with the seed of --seed, if given. */
        Params applyTo(Params p) {
            return seed == null ? p : p.toBuilder().seed(seed).build();
        }
    }

    /** {@code --threads K}: the worker threads, all cores unless said. */
    static final class ThreadsOption {
        @Option(names = "--threads", paramLabel = "K", descriptionKey = "common.threads")
        int threads = Runtime.getRuntime().availableProcessors();

        /** The number of threads; refused with one line unless in [1, 1024]. */
        int checked() {
            if (!(threads >= 1 && threads <= 1024)) {
                throw new IllegalArgumentException("--threads must be in [1, 1024], got " + threads);
            }
            return threads;
        }
    }

    /** {@code --out FILE.csv}: the CSV written, standard output unless said. */
    static final class CsvOutOption {
        @Option(names = "--out", paramLabel = "FILE.csv", descriptionKey = "common.out")
        Path out;
    }
}
