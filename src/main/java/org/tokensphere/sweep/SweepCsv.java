package org.tokensphere.sweep;

import org.tokensphere.model.Measurement;
import org.tokensphere.model.ParamAxis;
import org.tokensphere.model.ScalarObservable;

import java.io.IOException;
import java.io.Writer;
import java.util.List;

/**
 * A sweep as long CSV (README.md, "Sweeps"): {@code #} lines with the parameters, the grid, the seeds and the
 * producing version, then one row per grid point and sample time with the varied values, {@code t},
 * {@code replicas} and {@code <name>_mean,<name>_se} for every observable of {@code run}; with a stop rule also
 * {@code tStop_mean,tStop_se,stopped}.
 */
public final class SweepCsv {
    private SweepCsv() {
    }

    /** The column line (without a line break). */
    public static String columns(Sweep s) {
        StringBuilder sb = new StringBuilder();
        for (ParamAxis a : s.axes()) {
            sb.append(a.name()).append(',');
        }
        sb.append("t,replicas");
        for (ScalarObservable o : Sweep.OBSERVABLES) {
            sb.append(',').append(o.column()).append("_mean,").append(o.column()).append("_se");
        }
        if (s.stop() != null) {
            sb.append(",tStop_mean,tStop_se,stopped");
        }
        return sb.toString();
    }

    /** The {@code #} lines; {@code producer} names the program and version, e.g. {@code TokenSphere 0.1.0}. */
    public static String header(Sweep s, String producer) {
        StringBuilder sb = new StringBuilder();
        sb.append("# ").append(producer).append(" sweep\n");
        sb.append("# base parameters: ").append(s.base()).append('\n');
        for (ParamAxis a : s.axes()) {
            sb.append("# vary ").append(a).append(" (").append(a.values().size()).append(" values)\n");
        }
        long r = s.replicas();
        sb.append("# ").append(s.points()).append(" grid points, rows ordered by ")
                .append(String.join(", then ", s.axes().stream().map(ParamAxis::name).toList()))
                .append(", then t; time=").append(s.time()).append(" every=").append(s.every())
                .append(" replicas=").append(r).append('\n');
        sb.append("# seeds: replica r of grid point g (g = 0, 1, ... in row order) uses seed S + g*R + r = ")
                .append(s.base().seed()).append(" + g*").append(r).append(" + r, so `tokensphere run` with the "
                + "grid point's values, --seed ").append(s.base().seed()).append("+g*").append(r)
                .append(" --replicas ").append(r).append(" runs the same replicas\n");
        sb.append("# <name>_se: standard error of the mean over the replicas measured at t (sample standard "
                + "deviation / sqrt(replicas)), NaN for one replica; t is the sample time (a replica is measured "
                + "at the first step end at or after it)\n");
        sb.append("# pair statistics: all pairs up to ").append(Measurement.DEFAULT.exactLimit())
                .append(" tokens, else ").append(Measurement.DEFAULT.samplePairs()).append(" sampled pairs\n");
        if (s.stop() != null) {
            sb.append("# stop-when ").append(s.stop()).append(": each replica stops at the first time it holds, "
                    + "located within the step, and is measured up to then (column replicas); tStop_mean, "
                    + "tStop_se: mean and standard error of min(tStop, t) over all replicas (restricted mean, "
                    + "censored at t: the mean first-passage time once stopped = replicas, a lower bound before); "
                    + "stopped: replicas stopped by t\n");
        }
        return sb.toString();
    }

    /** Writes the whole file: header, columns, rows. */
    public static void write(Writer w, SweepResult result, String producer) throws IOException {
        Sweep s = result.sweep();
        w.write(header(s, producer));
        w.write(columns(s));
        w.write('\n');
        StringBuilder sb = new StringBuilder(4096);
        for (int g = 0; g < s.points(); g++) {
            List<String> kv = s.assignments(g);
            for (int k = 0; k < s.samples(); k++) {
                sb.setLength(0);
                for (String a : kv) {
                    sb.append(a, a.indexOf('=') + 1, a.length()).append(',');
                }
                sb.append(s.sampleTime(k)).append(',').append(result.count(g, k));
                for (ScalarObservable o : Sweep.OBSERVABLES) {
                    sb.append(',').append(result.mean(g, k, o)).append(',').append(result.se(g, k, o));
                }
                if (s.stop() != null) {
                    sb.append(',').append(result.stopMean(g, k)).append(',').append(result.stopSe(g, k))
                            .append(',').append(result.stopped(g, k));
                }
                sb.append('\n');
                w.write(sb.toString());
            }
        }
    }
}
