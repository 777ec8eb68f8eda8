package org.tokensphere.export;

import org.tokensphere.engine.HistorySnapshot;
import org.tokensphere.engine.ReadOnlyFloats;
import org.tokensphere.model.Params;
import org.tokensphere.model.ScalarObservable;

import java.io.IOException;
import java.io.Writer;

/**
 * CSV exports with a header that records the parameters and seed ({@code #} lines), then one row per sample:
 * token positions over time, the chosen pairs' scalar products, and the observables.
 */
public final class CsvExport {
    private CsvExport() {
    }

    /** The {@code #} header lines: what was exported, the parameters and the seed. */
    public static void header(Writer w, String what, Params p) throws IOException {
        w.write("# TokenSphere " + what + "\n# parameters: " + p + "\n# seed: " + p.seed() + "\n");
    }

    /** Column line of {@link #positions}: {@code t,token,x1,...,xd}. */
    public static void positionsColumns(Writer w, int d) throws IOException {
        StringBuilder sb = new StringBuilder("t,token");
        for (int k = 1; k <= d; k++) {
            sb.append(",x").append(k);
        }
        w.write(sb.append('\n').toString());
    }

    /** One row per token at time {@code t}: {@code t,token,x1,...,xd}. */
    public static void positions(Writer w, double t, ReadOnlyFloats x, int n, int d) throws IOException {
        StringBuilder sb = new StringBuilder(n * (d * 12 + 16));
        for (int i = 0; i < n; i++) {
            sb.append(t).append(',').append(i);
            for (int k = 0; k < d; k++) {
                sb.append(',').append(x.get(i * d + k));
            }
            sb.append('\n');
        }
        w.write(sb.toString());
    }

    /**
     * The observables history, one row per sample: the columns of {@code tokensphere run} (every
     * {@link ScalarObservable}), then the pair traces as {@code rho_i_j} columns.
     */
    public static void history(Writer w, HistorySnapshot h, int[][] pairs) throws IOException {
        StringBuilder sb = new StringBuilder(ScalarObservable.header());
        for (int[] p : pairs) {
            sb.append(",rho_").append(p[0]).append('_').append(p[1]);
        }
        sb.append('\n');
        int traces = Math.min(pairs.length, h.pairTraces());
        double[][] trace = new double[traces][];
        for (int k = 0; k < traces; k++) {
            trace[k] = h.pairTrace(k);
        }
        ScalarObservable[] cols = ScalarObservable.values();
        for (int r = 0; r < h.length(); r++) {
            for (int c = 0; c < cols.length; c++) {
                if (c > 0) {
                    sb.append(',');
                }
                cols[c].append(sb, h.get(cols[c], r));
            }
            for (int k = 0; k < traces; k++) {
                sb.append(',').append(trace[k][r]);
            }
            sb.append('\n');
        }
        w.write(sb.toString());
    }
}
