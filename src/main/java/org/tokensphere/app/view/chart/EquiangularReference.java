package org.tokensphere.app.view.chart;

import org.tokensphere.model.Params;
import org.tokensphere.model.theory.Equiangular;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The equiangular reference curve {@code ρ(t)} (or {@code 1 − ρ(t)}) at the history's times, when the run follows
 * it (MATH.md §5.6, §8): solved once per time and kept, so a growing history costs only its new rows.
 *
 * <p>A change of the parameters during the run (β, α, the scheme, ...) does not restart the curve: from the time
 * of the change the curve is the ODE of the new parameters started from the old curve's state there (its
 * {@code ρ} and radius), piece after piece. The change is dated at the last frame seen with the old parameters,
 * which is when the engine applied it unless frames were skipped (then up to a frame early). When the new
 * parameters leave the equiangular regime (noise, a bias) the curve stops there; a new run starts it again.
 */
final class EquiangularReference {
    /** From {@code start} on, the curve {@code ode} (its own time from 0) of {@code params}; null: none. */
    private record Piece(double start, Params params, Equiangular ode) {
    }

    private final List<Piece> pieces = new ArrayList<>();
    private double lastTime = Double.NEGATIVE_INFINITY;
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
     * {@code ρ} ({@code oneMinus} false) or {@code 1 − ρ} at {@code t[0 .. length)} (NaN where no piece applies)
     * for the frame at {@code time} with parameters {@code p}, or null when no part of the run follows the curve
     * (a new array).
     */
    double[] values(Params p, double time, double[] t, int length, boolean oneMinus) {
        if (time < lastTime || (known > 0 && (length == 0 || t[0] != times[0]))) {
            pieces.clear(); // a new run (reset, new parameters that restart it)
            known = 0;
        }
        if (!pieces.isEmpty() && !p.equals(pieces.get(pieces.size() - 1).params()) && lastTime <= 0) {
            pieces.clear(); // changed before the first step: the run starts with these parameters
            known = 0;
        }
        if (pieces.isEmpty()) {
            pieces.add(new Piece(0, p, Equiangular.applies(p) ? Equiangular.of(p) : null));
        } else {
            Piece last = pieces.get(pieces.size() - 1);
            if (!p.equals(last.params())) {
                double start = Math.max(last.start(), lastTime);
                Equiangular next = last.ode() != null && Equiangular.applies(p) && p.n() == last.params().n()
                        ? last.ode().continuing(p, start - last.start()) : null;
                pieces.add(new Piece(start, p, next));
                while (known > 0 && times[known - 1] > start) {
                    known--;
                }
            }
        }
        lastTime = time;
        if (pieces.stream().allMatch(q -> q.ode() == null)) {
            return null;
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
            Piece q = pieceAt(t[k]);
            gap[k] = q.ode() == null ? Double.NaN : q.ode().oneMinusRho(Math.max(0, t[k] - q.start()));
            rho[k] = 1 - gap[k];
        }
        known = length;
        return Arrays.copyOf(oneMinus ? gap : rho, length);
    }

    /** The last piece starting at or before {@code t} (the first piece for earlier times). */
    private Piece pieceAt(double t) {
        for (int i = pieces.size() - 1; i > 0; i--) {
            if (pieces.get(i).start() <= t) {
                return pieces.get(i);
            }
        }
        return pieces.get(0);
    }
}
