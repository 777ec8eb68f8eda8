package org.tokensphere.model.theory;

import org.apache.commons.math3.ode.FirstOrderDifferentialEquations;
import org.apache.commons.math3.ode.nonstiff.DormandPrince853Integrator;
import org.tokensphere.model.AttentionKind;
import org.tokensphere.model.InitKind;
import org.tokensphere.model.Norm;
import org.tokensphere.model.Params;

/**
 * Equiangular tokens under attention alone (MATH.md §5.6, §8; Rigollet (2025), §6): from
 * {@code ⟨θ_i, θ_j⟩ = ρ_0} for all pairs and {@code r_i = 1}, every scheme keeps the configuration equiangular, and
 * {@code (ρ, r)} solves an ODE. Write {@code A_i = a θ_i + b Σ_{j≠i} θ_j} with
 * SA {@code a = e^β/Z, b = e^{βρ}/Z, Z = e^β + (N−1)e^{βρ}} and USA {@code a = e^β/N, b = e^{βρ}/N}; then
 *
 * <pre>    F(ρ) = 2b(1−ρ)((N−1)ρ+1),   ⟨θ_i, A_i⟩ = a + (N−1)ρb,
 *     |A_i|² = a² + 2ab(N−1)ρ + b²(N−1)(1 + (N−2)ρ)
 *     Post-LN  ρ' = αF
 *     Pre-LN   ρ' = αF/r,          r' = α⟨θ, A⟩
 *     Peri-LN  ρ' = αF/(r|A|),     r' = α⟨θ, A⟩/|A|</pre>
 *
 * Solved in {@code w = 1 − ρ} (no cancellation as {@code ρ → 1}) by an adaptive Dormand–Prince 8(5,3) method
 * (Commons Math) at relative tolerance {@link #RELATIVE_TOLERANCE}. Not thread-safe; requests at increasing
 * times continue from the last one.
 */
public final class Equiangular {
    /** Relative tolerance of each component per step (of {@code 1 − ρ} and of {@code r}). */
    public static final double RELATIVE_TOLERANCE = 1e-12;

    private final Norm norm;
    private final AttentionKind kind;
    private final int n;
    private final double alpha;
    private final double beta;
    /** The start: {@code 1 − ρ} and the radius at time 0. */
    private final double gap0;
    private final double radius0;
    private final DormandPrince853Integrator integrator;
    private final FirstOrderDifferentialEquations equations;
    private double time;
    private final double[] state = new double[2];
    private final double[] ab = new double[2];

    /**
     * The reference curve of {@code norm} and {@code kind} for {@code n ≥ 2} tokens, strength {@code alpha > 0},
     * {@code β ≥ 0} and a start {@code −1/(n−1) ≤ rho0 ≤ 1}.
     */
    public Equiangular(Norm norm, AttentionKind kind, int n, double alpha, double beta, double rho0) {
        this(norm, kind, n, alpha, beta, rho0, 1 - rho0, 1);
    }

    private Equiangular(Norm norm, AttentionKind kind, int n, double alpha, double beta, double rho0, double gap0,
                        double radius0) {
        if (kind == AttentionKind.NONE || n < 2 || !(alpha > 0) || !(beta >= 0)
                || !(rho0 >= -1.0 / (n - 1) && rho0 <= 1)) {
            throw new IllegalArgumentException("the equiangular curve needs attention, n >= 2, alpha > 0, beta >= 0"
                    + " and -1/(n-1) <= rho0 <= 1 (got " + kind + ", n = " + n + ", alpha = " + alpha + ", beta = "
                    + beta + ", rho0 = " + rho0 + ")");
        }
        this.norm = norm;
        this.kind = kind;
        this.n = n;
        this.alpha = alpha;
        this.beta = beta;
        this.gap0 = gap0;
        this.radius0 = radius0;
        double[] absolute = {Double.MIN_NORMAL, Double.MIN_NORMAL};
        double[] relative = {RELATIVE_TOLERANCE, RELATIVE_TOLERANCE};
        this.integrator = new DormandPrince853Integrator(1e-12, 1e6, absolute, relative);
        this.equations = new FirstOrderDifferentialEquations() {
            @Override
            public int getDimension() {
                return 2;
            }

            @Override
            public void computeDerivatives(double t, double[] y, double[] dy) {
                derivatives(y[0], y[1], dy);
            }
        };
        reset();
    }

    /** The curve of {@code p}'s scheme, attention, {@code n}, {@code α}, effective {@code β} and {@code ρ_0}. */
    public static Equiangular of(Params p) {
        return new Equiangular(p.norm(), p.attention(), p.n(), p.alpha(), p.effectiveBeta(), p.init().rho0());
    }

    /**
     * The curve of {@code p}'s parameters (a run whose parameters changed at time {@code t} of this curve) from this
     * curve's state at {@code t}: its {@code ρ} and radius there are the new curve's at its time 0. The number of
     * tokens must be the same.
     */
    public Equiangular continuing(Params p, double t) {
        if (p.n() != n) {
            throw new IllegalArgumentException("n = " + p.n() + ": the curve continues only with its n = " + n);
        }
        double gap = oneMinusRho(t);
        return new Equiangular(p.norm(), p.attention(), n, p.alpha(), p.effectiveBeta(), 1 - gap, gap, radius(t));
    }

    /**
     * True when {@code p}'s run follows the curve: an equiangular start and attention as the only term (no
     * quadratic form, bias or independent noise).
     */
    public static boolean applies(Params p) {
        return p.init().kind() == InitKind.EQUIANGULAR && p.attentionAlone();
    }

    /** {@code F(ρ)} of MATH.md §5.6 (the Post-LN rate at {@code α = 1}), in the overflow-free form. */
    public static double rate(AttentionKind kind, int n, double beta, double rho) {
        double[] ab = new double[2];
        weights(kind, n, beta, 1 - rho, ab);
        return 2 * ab[1] * (1 - rho) * ((n - 1) * rho + 1);
    }

    /** {@code ρ(t)}, {@code t ≥ 0}. */
    public double rho(double t) {
        advance(t);
        return 1 - state[0];
    }

    /** {@code 1 − ρ(t)}, accurate to its own relative tolerance when {@code ρ} is close to 1. */
    public double oneMinusRho(double t) {
        advance(t);
        return state[0];
    }

    /** The common radius {@code r(t)} (1 for Post-LN). */
    public double radius(double t) {
        advance(t);
        return state[1];
    }

    private void reset() {
        time = 0;
        state[0] = gap0;
        state[1] = radius0;
    }

    private void advance(double t) {
        if (!(t >= 0) || Double.isInfinite(t)) {
            throw new IllegalArgumentException("t = " + t + ": needs a finite t >= 0");
        }
        if (t < time) {
            reset();
        }
        if (t == time || state[0] == 0) {
            time = t;
            return;
        }
        integrator.integrate(equations, time, state.clone(), t, state);
        time = t;
    }

    /** {@code (w, r)' } at {@code w = 1 − ρ} and radius {@code r}, into {@code dy}. */
    private void derivatives(double w, double r, double[] dy) {
        weights(kind, n, beta, w, ab);
        double a = ab[0];
        double b = ab[1];
        double rho = 1 - w;
        double f = 2 * b * w * (n - (n - 1) * w);
        switch (norm) {
            case POST -> {
                dy[0] = -alpha * f;
                dy[1] = 0;
            }
            case PRE -> {
                dy[0] = -alpha * f / r;
                dy[1] = alpha * (a + (n - 1) * rho * b);
            }
            case PERI -> {
                double length = Math.sqrt(a * a + 2 * a * b * (n - 1) * rho + b * b * (n - 1) * (1 + (n - 2) * rho));
                dy[0] = -alpha * f / (r * length);
                dy[1] = alpha * (a + (n - 1) * rho * b) / length;
            }
            default -> throw new IllegalStateException();
        }
    }

    /** {@code a} (own weight) and {@code b} (each other token's) at {@code w = 1 − ρ}, into {@code ab}. */
    private static void weights(AttentionKind kind, int n, double beta, double w, double[] ab) {
        if (kind == AttentionKind.SA) {
            double e = Math.exp(beta * w);
            ab[0] = e / (e + n - 1);
            ab[1] = 1 / (e + n - 1);
        } else {
            ab[0] = Math.exp(beta) / n;
            ab[1] = Math.exp(beta * (1 - w)) / n;
        }
    }
}
