package org.tokensphere.export;

import org.tokensphere.io.AtomicFile;
import org.tokensphere.engine.Frame;

import java.nio.file.Path;
import java.util.Locale;

/**
 * CSV files of what the app shows, from one published {@link Frame}: the token positions at its time, and the
 * observables with the traced pairs' scalar products since the run began. Each starts with the {@code #} header of
 * {@link CsvExport} (parameters and seed) and is written through a temporary file ({@link AtomicFile}): a failure
 * leaves an existing file unchanged and throws {@link IllegalArgumentException} with a message naming the path.
 */
public final class FrameCsv {
    private FrameCsv() {
    }

    /** One row per token, {@code t,token,x1,...,xd}, at the frame's time. */
    public static void writePositions(Path target, Frame f) {
        AtomicFile.write(target, w -> {
            CsvExport.header(w, String.format(Locale.ROOT, "token positions at t = %s (%d tokens, d = %d)",
                    f.time(), f.n(), f.d()), f.params());
            CsvExport.positionsColumns(w, f.d());
            CsvExport.positions(w, f.time(), f.positions(), f.n(), f.d());
        });
    }

    /**
     * One row per recorded time from 0 to the frame's time: the observables, then {@code rho_i_j} for each pair
     * traced at that frame (NaN before the pair was chosen).
     */
    public static void writeObservables(Path target, Frame f) {
        AtomicFile.write(target, w -> {
            CsvExport.header(w, String.format(Locale.ROOT, "observables and pair traces, t = 0 to %s (%d rows)",
                    f.time(), f.history().length()), f.params());
            CsvExport.history(w, f.history(), f.pairs());
        });
    }
}
