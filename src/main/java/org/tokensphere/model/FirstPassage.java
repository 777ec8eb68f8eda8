package org.tokensphere.model;

import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.ZigguratSampler;

/**
 * Locates the first time a {@link StopCondition} holds within one step {@code [t0, t0 + h]} from the observable's
 * values {@code u} at the start (where it did not hold) and {@code v} at the end (MATH.md §9). Checking only the
 * step ends makes first-passage times late by {@code O(√h)}: a diffusion crosses a level and comes back between
 * two checks. For a diffusing observable with local variance {@code σ²} per unit time the step is taken as a
 * Brownian bridge from {@code u} to {@code v} (a constant drift does not change the law of a bridge):
 *
 * <ul>
 * <li>if {@code v} meets the level {@code a} the crossing is certain; if not, the bridge crossed in between with
 *     probability {@code exp(−2(a−u)(a−v)/(σ²h))}, decided by a uniform number from the replica's own stream;</li>
 * <li>the time of the crossing is drawn from the bridge's law of its first hitting time: in units where the bridge
 *     runs from 0 to {@code γ = (v−u)/(σ√h)} over [0, 1] and the level is {@code α = (a−u)/(σ√h)}, the map
 *     {@code W(s) = (1+s)·b(s/(1+s))} turns the bridge into a Brownian motion that must reach
 *     {@code α + (α−γ)s}, i.e. a Brownian motion with drift {@code γ−α} reaching {@code α}; conditioned on
 *     reaching it, that time is inverse Gaussian with mean {@code α/|γ−α|} and shape {@code α²} (a Lévy time when
 *     {@code γ = α}), and the crossing is at the fraction {@code s/(1+s)} of the step.</li>
 * </ul>
 *
 * A smooth observable (time, attention energy, the radius) is interpolated linearly; a count (pairs, clusters)
 * changes by jumps between the step ends, and its condition is taken at the end of the step where it first holds.
 */
public final class FirstPassage {
    /** How an observable moves within a step. */
    public enum Motion {
        /** A diffusion with a known local variance: Brownian-bridge crossing and crossing time. */
        DIFFUSING,
        /** Differentiable in time: linear interpolation between the step ends. */
        SMOOTH,
        /** Changes by jumps: the condition is checked at the step ends only. */
        JUMPS
    }

    private FirstPassage() {
    }

    /**
     * The time in {@code (t0, t0 + h]} at which the condition first holds within the step, or NaN when it does not
     * hold in it. {@code variance} is {@code σ²} per unit time (used for {@link Motion#DIFFUSING}); {@code rng}
     * decides a crossing between the ends and draws its time.
     */
    public static double locate(StopCondition c, Motion motion, double t0, double h, double u, double v,
                                double variance, UniformRandomProvider rng) {
        boolean up = c.upward();
        // Mirrored so that the level is always reached from below.
        double a = up ? c.level() : -c.level();
        double from = up ? u : -u;
        double to = up ? v : -v;
        boolean endHolds = c.holds(v);
        if (motion == Motion.JUMPS) {
            return endHolds ? t0 + h : Double.NaN;
        }
        if (motion == Motion.SMOOTH || !(variance > 0) || !(a > from)) {
            if (!endHolds) {
                return Double.NaN;
            }
            double f = to == from ? 1 : (a - from) / (to - from);
            return t0 + h * Math.min(1, Math.max(0, f));
        }
        double scale = Math.sqrt(variance * h);
        double alpha = (a - from) / scale;
        double gamma = (to - from) / scale;
        if (!endHolds) {
            double p = Math.exp(-2 * alpha * (alpha - gamma));
            if (!(rng.nextDouble() < p)) {
                return Double.NaN;
            }
        }
        double s = hittingTime(alpha, Math.abs(gamma - alpha), rng);
        double fraction = Double.isInfinite(s) ? 1 : s / (1 + s);
        return t0 + h * Math.min(1, fraction);
    }

    /**
     * The first time a standard Brownian motion with drift {@code drift ≥ 0} reaches {@code level > 0} (inverse
     * Gaussian, mean {@code level/drift}, shape {@code level²}; Lévy for drift 0), by the transformation method of
     * Michael, Schucany and Haas (1976), written without cancellation.
     */
    static double hittingTime(double level, double drift, UniformRandomProvider rng) {
        double z = ZigguratSampler.NormalizedGaussian.of(rng).sample();
        double y = z * z;
        double lambda = level * level;
        if (drift == 0) {
            return lambda / y;
        }
        double mu = level / drift;
        double w = mu * y / (2 * lambda);
        double x = mu / (1 + w + Math.sqrt(w * w + 2 * w));
        return rng.nextDouble() * (mu + x) <= mu ? x : mu * mu / x;
    }
}
