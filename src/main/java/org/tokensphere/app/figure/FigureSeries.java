package org.tokensphere.app.figure;

import org.tokensphere.engine.HistorySnapshot;
import org.tokensphere.engine.HistorySnapshot.Column;
import org.tokensphere.model.ObservableValues;

import java.util.List;

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
        return new FigureSeries(h.column(Column.TIME), traces, h.column(Column.POLAR_ORDER),
                h.column(Column.NEMATIC_ORDER), h.column(Column.POLAR_FRACTION), h.column(Column.ANTIPOLAR_FRACTION),
                h.column(Column.CLUSTERS), h.column(Column.LYAPUNOV), h.column(Column.LYAPUNOV_BAND), theory,
                h.column(Column.ATTENTION_ENERGY), hist);
    }

    /** Values measured at successive times. */
    public static FigureSeries of(List<ObservableValues> values) {
        int m = values.size();
        int pairs = m == 0 ? 0 : values.get(0).pairRhos().length;
        double[] t = new double[m];
        double[][] traces = new double[pairs][m];
        double[][] cols = new double[8][m];
        double[][] hist = new double[m][];
        for (int r = 0; r < m; r++) {
            ObservableValues v = values.get(r);
            t[r] = v.time();
            double[] rho = v.pairRhos();
            for (int k = 0; k < pairs; k++) {
                traces[k][r] = rho[k];
            }
            double[] row = {v.polarOrder(), v.nematicOrder(), v.polarFraction(), v.antipolarFraction(), v.clusters(),
                v.lyapunov(), v.lyapunovBand(), v.attentionEnergy()};
            for (int c = 0; c < row.length; c++) {
                cols[c][r] = row[c];
            }
            hist[r] = v.histogram();
        }
        double theory = m == 0 ? Double.NaN : values.get(m - 1).lyapunovTheory();
        return new FigureSeries(t, traces, cols[0], cols[1], cols[2], cols[3], cols[4], cols[5], cols[6], theory,
                cols[7], hist);
    }

    /** Number of rows. */
    public int length() {
        return t.length;
    }
}
