package org.tokensphere.model;

import static org.tokensphere.model.Replicas.assertNear;

import org.junit.jupiter.api.Test;

/**
 * MATH.md §5.7: attention with {@code d = 2, β = 0} is the Kuramoto model
 * {@code θ_i' = −(1/N) Σ_j sin(θ_i − θ_j)}: USA and SA coincide at {@code β = 0}. Tokens start at 8 random angles
 * (seed 21); the reference solves the angle ODE by RK4 at step 10⁻⁴ (error below 10⁻¹²). Nothing is random; the
 * simulator's attention sub-step is a Heun step: its error is checked to scale as {@code h²} (error ratio between
 * {@code h} and {@code h/2} within [3.5, 4.5]) and bounded by 4× its value measured at {@code h = 0.002}.
 */
class Fact7KuramotoTest {
    private static final int N = 8;
    private static final double[] TIMES = {1, 3, 8};

    @Test
    void unnormalizedAttentionIsKuramoto() {
        // Measured max position error 1.06·10⁻⁶ at h = 0.002; allowed 4·10⁻⁶.
        check(AttentionKind.USA, 4e-6);
    }

    @Test
    void softmaxAttentionAtZeroTemperatureIsKuramoto() {
        // Same ODE (weights 1/N when β = 0): same measured error; allowed 4·10⁻⁶.
        check(AttentionKind.SA, 4e-6);
    }

    private static void check(AttentionKind kind, double tolerance) {
        Params p = Params.defaults().toBuilder().d(2).n(N).sigmaQ(0).attention(kind).alpha(1).beta(0)
                .init(InitialState.of(InitKind.CIRCLE)).seed(21).build();
        double[] x0 = InitialStates.sample(p.init(), N, 2, p.seed());
        double[] theta = new double[N];
        for (int i = 0; i < N; i++) {
            theta[i] = Math.atan2(x0[2 * i + 1], x0[2 * i]);
        }
        double[][] reference = new double[TIMES.length][];
        double t = 0;
        double step = 1e-4;
        for (int k = 0; k < TIMES.length; k++) {
            while (t < TIMES[k] - step / 2) {
                rk4(theta, step);
                t += step;
            }
            reference[k] = theta.clone();
        }
        double coarse = maxError(p.toBuilder().dt(0.002).build(), reference);
        double fine = maxError(p.toBuilder().dt(0.001).build(), reference);
        assertNear(kind + " d=2 beta=0: max |x_i - (cos, sin)(theta_i)| at h=0.002", coarse, 0, tolerance);
        assertNear(kind + " d=2 beta=0: error ratio h=0.002 / h=0.001", coarse / fine, 4, 0.5);
    }

    private static double maxError(Params p, double[][] reference) {
        double worst = 0;
        try (Simulation sim = new Simulation(p, 1)) {
            for (int k = 0; k < TIMES.length; k++) {
                sim.advanceTo(TIMES[k]);
                double[] x = sim.positions();
                for (int i = 0; i < N; i++) {
                    double dx = x[2 * i] - Math.cos(reference[k][i]);
                    double dy = x[2 * i + 1] - Math.sin(reference[k][i]);
                    worst = Math.max(worst, Math.hypot(dx, dy));
                }
            }
        }
        return worst;
    }

    /** One RK4 step of {@code θ_i' = −(1/N) Σ_j sin(θ_i − θ_j)}. */
    private static void rk4(double[] theta, double h) {
        double[] k1 = rate(theta);
        double[] k2 = rate(shift(theta, k1, h / 2));
        double[] k3 = rate(shift(theta, k2, h / 2));
        double[] k4 = rate(shift(theta, k3, h));
        for (int i = 0; i < N; i++) {
            theta[i] += h / 6 * (k1[i] + 2 * k2[i] + 2 * k3[i] + k4[i]);
        }
    }

    private static double[] rate(double[] theta) {
        double[] r = new double[N];
        for (int i = 0; i < N; i++) {
            for (int j = 0; j < N; j++) {
                r[i] -= Math.sin(theta[i] - theta[j]) / N;
            }
        }
        return r;
    }

    private static double[] shift(double[] theta, double[] slope, double h) {
        double[] y = new double[N];
        for (int i = 0; i < N; i++) {
            y[i] = theta[i] + h * slope[i];
        }
        return y;
    }
}
