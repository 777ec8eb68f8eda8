package org.tokensphere.model;

import org.tokensphere.model.observe.Nematic;
import org.tokensphere.model.observe.Observables;

/**
 * One observable of a running simulation, measured at every step for a {@link StopCondition}: its value (the same
 * number {@link Measurement} reports; the cheap ones computed alone) and, for the diffusing ones, its local
 * variance per unit time (the carré du champ {@code Γ(f) = lim E[(Δf)²]/h} of the equation of MATH.md §3).
 *
 * <p>For {@code f} with tangent gradients {@code h_i = P_{x_i} ∇_{x_i} f} the white-noise terms give, with
 * {@code B = Σ_i h_i x_iᵀ} and {@code E[⟨ΔG, K⟩²] = 2h|sym K|²} for the GOE increment (MATH.md §2):
 * <pre>
 *   Γ = σ_Q² c (|B|² + tr B²) + σ_Q² (1−c) Σ|h_i|² + σ_b² |Σ h_i|² + σ_ind² Σ|h_i|²
 * </pre>
 * (the quadratic terms only for white quadratic noise, {@code τ = 0}; drifts add no variance). For {@code ρ_01}
 * this is MATH.md §5.5's {@code 2(1−ρ)²(1+ρ)(2σ_Q²(1+ρ) + σ_b²)} at {@code c = 1}. The gradients:
 * {@code ρ_01}: {@code x_1} and {@code x_0}; polar order {@code r = |m|}: {@code m/(rN)}; nematic order
 * {@code S = uᵀCu}: {@code (2/N)⟨u, x_i⟩u}.
 */
public final class ObservableProbe {
    private static final int[][] NO_PAIRS = new int[0][];

    private final ScalarObservable observable;
    private final Measurement measurement;

    /** A probe of {@code observable}; observables that are not computed alone are measured by {@code measurement}. */
    public ObservableProbe(ScalarObservable observable, Measurement measurement) {
        this.observable = observable;
        this.measurement = measurement;
    }

    /** How {@code o} moves within a step. */
    public static FirstPassage.Motion motion(ScalarObservable o) {
        return switch (o) {
            case RHO01, POLAR_ORDER, NEMATIC_ORDER -> FirstPassage.Motion.DIFFUSING;
            case TIME, ATTENTION_ENERGY, MEAN_RADIUS, LYAPUNOV, LYAPUNOV_BAND -> FirstPassage.Motion.SMOOTH;
            default -> FirstPassage.Motion.JUMPS;
        };
    }

    /** The observable now. */
    public double value(Simulation sim) {
        return switch (observable) {
            case TIME -> sim.time();
            case RHO01 -> Observables.dot(sim.positions(), sim.d(), 0, 1);
            case POLAR_ORDER -> Observables.polarOrder(sim.positions(), sim.n(), sim.d());
            case NEMATIC_ORDER -> Observables.nematic(sim.positions(), sim.n(), sim.d()).order();
            case LYAPUNOV -> sim.lyapunov().estimate();
            case LYAPUNOV_BAND -> sim.lyapunov().bandHalfWidth();
            case MEAN_RADIUS -> sim.meanRadius();
            default -> observable.of(measurement.measure(sim, NO_PAIRS));
        };
    }

    /** {@code Γ(f)} now, per unit time; NaN for an observable that is not {@link FirstPassage.Motion#DIFFUSING}. */
    public double variance(Simulation sim) {
        if (motion(observable) != FirstPassage.Motion.DIFFUSING) {
            return Double.NaN;
        }
        double[] x = sim.positions();
        int n = sim.n();
        int d = sim.d();
        double[] g;
        int first;
        int count;
        switch (observable) {
            case RHO01 -> {
                g = new double[2 * d];
                System.arraycopy(x, d, g, 0, d);
                System.arraycopy(x, 0, g, d, d);
                first = 0;
                count = 2;
            }
            case POLAR_ORDER -> {
                double[] m = new double[d];
                for (int i = 0; i < n; i++) {
                    for (int k = 0; k < d; k++) {
                        m[k] += x[i * d + k];
                    }
                }
                double norm = Math.sqrt(Linalg.dot(m, 0, m, 0, d));
                if (!(norm > 0)) {
                    return 0;
                }
                g = new double[n * d];
                for (int i = 0; i < n; i++) {
                    for (int k = 0; k < d; k++) {
                        g[i * d + k] = m[k] / norm / n;
                    }
                }
                first = 0;
                count = n;
            }
            default -> {
                Nematic nem = Observables.nematic(x, n, d);
                double[] u = nem.axis();
                g = new double[n * d];
                for (int i = 0; i < n; i++) {
                    double ux = Linalg.dot(u, 0, x, i * d, d);
                    for (int k = 0; k < d; k++) {
                        g[i * d + k] = 2.0 / n * ux * u[k];
                    }
                }
                first = 0;
                count = n;
            }
        }
        return carreDuChamp(sim.params(), x, d, first, count, g);
    }

    /**
     * {@code Γ} for gradients {@code g} ({@code count×d}) of tokens {@code first…first+count−1} at positions
     * {@code x}; the gradients are projected onto the tangent spaces here (in place).
     */
    static double carreDuChamp(Params p, double[] x, int d, int first, int count, double[] g) {
        double sumSquares = 0;
        double[] total = new double[d];
        for (int i = 0; i < count; i++) {
            int gi = i * d;
            int xi = (first + i) * d;
            double along = Linalg.dot(g, gi, x, xi, d);
            for (int k = 0; k < d; k++) {
                g[gi + k] -= along * x[xi + k];
                total[k] += g[gi + k];
            }
            sumSquares += Linalg.dot(g, gi, g, gi, d);
        }
        double q = p.effectiveSigmaQ();
        boolean white = p.tau() == 0 && q > 0;
        double c = p.sharing();
        double sb = p.effectiveSigmaB();
        double gamma = sb * sb * Linalg.dot(total, 0, total, 0, d) + p.sigmaInd() * p.sigmaInd() * sumSquares;
        if (white) {
            gamma += q * q * (1 - c) * sumSquares + q * q * c * commonQuadratic(x, d, first, count, g);
        }
        return gamma;
    }

    /** {@code |B|² + tr B²} for {@code B = Σ_i h_i x_iᵀ}: by pairs for few tokens, else from {@code B} itself. */
    private static double commonQuadratic(double[] x, int d, int first, int count, double[] h) {
        if (count <= d) {
            double s = 0;
            for (int i = 0; i < count; i++) {
                for (int j = 0; j < count; j++) {
                    int xi = (first + i) * d;
                    int xj = (first + j) * d;
                    s += Linalg.dot(h, i * d, h, j * d, d) * Linalg.dot(x, xi, x, xj, d)
                            + Linalg.dot(x, xi, h, j * d, d) * Linalg.dot(x, xj, h, i * d, d);
                }
            }
            return s;
        }
        double[] b = new double[d * d];
        for (int i = 0; i < count; i++) {
            int xi = (first + i) * d;
            for (int r = 0; r < d; r++) {
                double hr = h[i * d + r];
                for (int k = 0; k < d; k++) {
                    b[r * d + k] += hr * x[xi + k];
                }
            }
        }
        double s = 0;
        for (int r = 0; r < d; r++) {
            for (int k = 0; k < d; k++) {
                s += b[r * d + k] * (b[r * d + k] + b[k * d + r]);
            }
        }
        return s;
    }
}
