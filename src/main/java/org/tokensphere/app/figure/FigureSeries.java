package org.tokensphere.app.figure;

import org.tokensphere.engine.HistorySnapshot;
import org.tokensphere.model.ObservableValues;
import org.tokensphere.model.ScalarObservable;

import java.util.List;
import java.util.function.Function;

/**
 * The observables of a run over time, as the figure's charts plot them: from the window's history
 * ({@link #of(HistorySnapshot, int, double)}) or from values measured while a run is simulated for the figure
 * ({@link #of(List)}). Arrays are the caller's to read, not to write.
 *
 * @param t              simulated times
 * @param pairTraces     {@code ⟨x_i, x_j⟩} of each traced pair at those times
 * @param polar          polar order r
 * @param nematic        nematic order S
 * @param polarFraction  fraction of polar pairs
 * @param antiFraction   fraction of anti-polar pairs
 * @param clusters       cluster count
 * @param lyapunov       running Lyapunov estimate
 * @param band           half-width of its confidence band
 * @param lyapunovTheory exact top exponent where known, else NaN
 * @param energy         attention energy E_β (NaN where not computed)
 * @param histograms     pair-product histogram over [−1, 1] at each time
 */
public record FigureSeries(double[] t, double[][] pairTraces, double[] polar, double[] nematic,
                           double[] polarFraction, double[] antiFraction, double[] clusters, double[] lyapunov,
                           double[] band, double lyapunovTheory, double[] energy, double[][] histograms) {

    /** The first {@code pairs} traces of the window's history {@code h}; {@code theory} the exact exponent or NaN. */
    public static FigureSeries of(HistorySnapshot h, int pairs, double theory) {
        double[][] traces = new double[Math.min(pairs, h.pairTraces())][];
        for (int k = 0; k < traces.length; k++) {
            traces[k] = h.pairTrace(k);
        }
        double[][] hist = new double[h.length()][];
        for (int r = 0; r < hist.length; r++) {
            hist[r] = h.histogram(r);
        }
        return of(h::column, traces, theory, hist);
    }

    /** Values measured at successive times. */
    public static FigureSeries of(List<ObservableValues> values) {
        int m = values.size();
        int pairs = m == 0 ? 0 : values.get(0).pairRhos().length;
        double[][] traces = new double[pairs][m];
        double[][] hist = new double[m][];
        for (int r = 0; r < m; r++) {
            double[] rho = values.get(r).pairRhos();
            for (int k = 0; k < pairs; k++) {
                traces[k][r] = rho[k];
            }
            hist[r] = values.get(r).histogram();
        }
        Function<ScalarObservable, double[]> column = c -> values.stream().mapToDouble(c::of).toArray();
        return of(column, traces, m == 0 ? Double.NaN : values.get(m - 1).lyapunovTheory(), hist);
    }

    private static FigureSeries of(Function<ScalarObservable, double[]> column, double[][] traces, double theory,
                                   double[][] hist) {
        return new FigureSeries(column.apply(ScalarObservable.TIME), traces, column.apply(ScalarObservable.POLAR_ORDER),
                column.apply(ScalarObservable.NEMATIC_ORDER), column.apply(ScalarObservable.POLAR_FRACTION),
                column.apply(ScalarObservable.ANTIPOLAR_FRACTION), column.apply(ScalarObservable.CLUSTERS),
                column.apply(ScalarObservable.LYAPUNOV), column.apply(ScalarObservable.LYAPUNOV_BAND), theory,
                column.apply(ScalarObservable.ATTENTION_ENERGY), hist);
    }

    /** Number of rows. */
    public int length() {
        return t.length;
    }
}
