package org.tokensphere.app.view.chart;

import org.tokensphere.model.Params;
import org.tokensphere.model.theory.Equiangular;

import java.util.Arrays;
import java.util.Locale;

/**
 * The equiangular reference curve {@code ρ(t)} (or {@code 1 − ρ(t)}) of the current parameters at the history's
 * times, when the run follows it (MATH.md §5.6, §8): solved once per time and kept, so a growing history costs only
 * its new rows. The curve is of the current parameters from {@code t = 0}; a change during the run restarts it.
 */
final class EquiangularReference {
    private Params params;
    private Equiangular ode;
    private double[] times = new double[0];
    private double[] rho = new double[0];
    private double[] gap = new double[0];
    private int known;

    /** The source, for the legend. */
    static String label(Params p) {
        return "equiangular ODE, " + p.norm().name().charAt(0) + p.norm().name().substring(1)
                .toLowerCase(Locale.ROOT) + "-LN (docs/MATH.md §8; Rigollet (2025), §6)";
    }

    /**
     * {@code ρ} ({@code oneMinus} false) or {@code 1 − ρ} at {@code t[0 .. length)}, or null when {@code p}'s run
     * does not follow the curve (a new array).
     */
    double[] values(Params p, double[] t, int length, boolean oneMinus) {
        if (!Equiangular.applies(p)) {
            params = null;
            return null;
        }
        if (!p.equals(params)) {
            params = p;
            ode = Equiangular.of(p);
            known = 0;
        }
        if (times.length < length) {
            int size = Math.max(length, 2 * times.length);
            times = Arrays.copyOf(times, size);
            rho = Arrays.copyOf(rho, size);
            gap = Arrays.copyOf(gap, size);
        }
        int same = 0;
        while (same < Math.min(known, length) && times[same] == t[same]) {
            same++;
        }
        for (int k = same; k < length; k++) {
            times[k] = t[k];
            double s = Math.max(0, t[k]);
            gap[k] = ode.oneMinusRho(s);
            rho[k] = 1 - gap[k];
        }
        known = length;
        return Arrays.copyOf(oneMinus ? gap : rho, length);
    }
}
