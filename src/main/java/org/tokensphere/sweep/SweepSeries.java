package org.tokensphere.sweep;

import org.tokensphere.model.AttentionKind;
import org.tokensphere.model.InitKind;
import org.tokensphere.model.Norm;
import org.tokensphere.model.ParamAxis;
import org.tokensphere.model.Params;
import org.tokensphere.model.ScalarObservable;
import org.tokensphere.model.StopCondition;
import org.tokensphere.model.theory.EquiangularTime;

import java.util.List;

/**
 * One observable of a finished sweep, read the way a chart reads it: the value and standard error at (grid point,
 * sample time), the varied values as numbers where they are numbers, and the theory that belongs over it where one
 * exists (MATH.md §9): the equiangular transition time {@code t*(β)} over a β sweep of uniform starts under
 * attention (the curve of paper 2's Fig. 3), and {@code ½ + arcsin(ρ₀)/π} over the polar fraction of a
 * {@code ρ₀} sweep of a pair (MATH.md §5.2, the absorption probability).
 *
 * @param result     the sweep and its statistics
 * @param observable a column of {@code run} ({@link Sweep#OBSERVABLES}), or {@code tStop} (the restricted mean
 *                   {@code E min(τ, t)}) or {@code stopped} (the fraction stopped by {@code t})
 */
public record SweepSeries(SweepResult result, String observable) {
    /** What a theory overlay is. */
    public enum Theory {
        /** None known for this sweep. */
        NONE,
        /** The time at which the equiangular ODE from {@code ρ₀ = 0} reaches {@code 1 − δ}, against β. */
        EQUIANGULAR_TIME,
        /** The absorption probability {@code ½ + arcsin(ρ₀)/π}, against {@code ρ₀}. */
        ARCSIN
    }

    public SweepSeries {
        check(result.sweep(), observable);
    }

    /** Refuses, in one line, an observable that {@code sweep} does not give. */
    public static void check(Sweep sweep, String observable) {
        boolean stop = observable.equals("tStop") || observable.equals("stopped");
        if (stop && sweep.stop() == null) {
            throw new IllegalArgumentException(observable + " needs a sweep with a stop condition (--stop-when)");
        }
        if (!stop && (StopCondition.byColumn(observable) == null || !Sweep.OBSERVABLES.contains(
                StopCondition.byColumn(observable)))) {
            throw new IllegalArgumentException("'" + observable + "' is not an observable of the sweep");
        }
    }

    /** The sweep. */
    public Sweep sweep() {
        return result.sweep();
    }

    /** The value at grid point {@code g}, sample time {@code k} (NaN where no replica was measured). */
    public double value(int g, int k) {
        return switch (observable) {
            case "tStop" -> result.stopMean(g, k);
            case "stopped" -> result.stopped(g, k) / (double) sweep().replicas();
            default -> result.count(g, k) == 0 ? Double.NaN : result.mean(g, k, column());
        };
    }

    /** Its standard error (NaN when unknown). */
    public double se(int g, int k) {
        return switch (observable) {
            case "tStop" -> result.stopSe(g, k);
            case "stopped" -> {
                double p = value(g, k);
                yield Math.sqrt(p * (1 - p) / Math.max(1, sweep().replicas() - 1));
            }
            default -> result.count(g, k) < 2 ? Double.NaN : result.se(g, k, column());
        };
    }

    private ScalarObservable column() {
        return StopCondition.byColumn(observable);
    }

    /** The values of axis {@code a} as numbers, or null when one of them is a word ({@code attention=sa,usa}). */
    public double[] numbers(int a) {
        List<String> values = sweep().axes().get(a).values();
        double[] out = new double[values.size()];
        for (int i = 0; i < out.length; i++) {
            try {
                out[i] = Double.parseDouble(values.get(i));
            } catch (NumberFormatException e) {
                return null;
            }
        }
        return out;
    }

    /** The theory over this series, if one is known. */
    public Theory theory() {
        Sweep s = sweep();
        if (s.axes().size() != 1) {
            return Theory.NONE;
        }
        String axis = s.axes().get(0).name();
        Params p = s.base();
        if (axis.equals("beta") && p.attention() != AttentionKind.NONE && p.init().kind() == InitKind.UNIFORM
                && p.norm() == Norm.POST && p.gamma() == 0 && p.sigmaQ() == 0 && p.sigmaB() == 0
                && p.sigmaInd() == 0
                && (observable.equals("polarFraction") || observable.equals("polarPairs"))) {
            return Theory.EQUIANGULAR_TIME;
        }
        if (axis.equals("rho0") && p.n() == 2 && p.init().kind() == InitKind.PAIR && p.sigmaB() == 0
                && p.sigmaInd() == 0 && p.attention() == AttentionKind.NONE && observable.equals("polarFraction")) {
            return Theory.ARCSIN;
        }
        return Theory.NONE;
    }

    /**
     * The theory's value at {@code x} on the varied axis: the transition time {@code t*(x)} for
     * {@link Theory#EQUIANGULAR_TIME}, the probability for {@link Theory#ARCSIN}; NaN where it is not defined.
     */
    public double theoryAt(double x) {
        Params p = sweep().base();
        return switch (theory()) {
            case EQUIANGULAR_TIME -> EquiangularTime.time(p.attention(), p.n(), p.alpha(), x, 0, 1 - p.delta());
            case ARCSIN -> x >= -1 && x <= 1 ? 0.5 + Math.asin(x) / Math.PI : Double.NaN;
            case NONE -> Double.NaN;
        };
    }

    /**
     * Where the value first reaches {@code level} at grid point {@code g}: the sample time, linearly interpolated
     * between the two samples around the crossing; NaN if it never does by the last sample. (The 50 % contour of
     * a heatmap over (parameter, t).)
     */
    public double firstTimeAt(int g, double level) {
        Sweep s = sweep();
        double before = value(g, 0);
        if (before >= level) {
            return s.sampleTime(0);
        }
        for (int k = 1; k < s.samples(); k++) {
            double v = value(g, k);
            if (v >= level) {
                double t0 = s.sampleTime(k - 1);
                double t1 = s.sampleTime(k);
                return t0 + (t1 - t0) * (level - before) / (v - before);
            }
            before = v;
        }
        return Double.NaN;
    }

    /** The name of axis {@code a}. */
    public String axisName(int a) {
        ParamAxis axis = sweep().axes().get(a);
        return axis.name();
    }
}
