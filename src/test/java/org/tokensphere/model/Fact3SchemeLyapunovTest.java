package org.tokensphere.model;

import static org.tokensphere.model.Replicas.assertAtMost;
import static org.tokensphere.model.Replicas.assertNear;

import org.junit.jupiter.api.Test;

/**
 * MATH.md §5.3 for the per-token schemes: the top Lyapunov exponent of the RQF is {@code −2σ_Q²} in every
 * dimension, and the splitting and Heun schemes, at the step chosen for the 1 % accuracy target
 * ({@link TimeStep}), reproduce it within that target. The exponent is measured as the simulator measures it: the
 * {@link Tracker}'s test pairs (a reference and a shadow {@code 10⁻⁷} away, renormalized every step), stepped by the
 * scheme's kernel with the shared increments of {@link SharedDriving}, exactly as {@link Simulation#step()} does.
 *
 * <p><b>Variance reduction, exact.</b> Over one step with increment {@code A = ΔQ}, a tangent direction {@code u}
 * at {@code x} grows by {@code log(|δ'|/|δ|) = M₁ + S₂ + O(|A|³)} for any scheme consistent with the Stratonovich
 * equation, where (from the linearized flow of {@code ẋ = −P_x A x}: {@code d log|δ|/dt = xᵀAx − uᵀAu} along the
 * path) {@code M₁ = xᵀAx − uᵀAu} and {@code S₂ = −|P_x Ax|² + |P_{x,u} Au|² − (xᵀAu)²}. With {@code A} a GOE
 * increment of off-diagonal variance {@code v = σ_Q²h}, independent of {@code (x, u)} fixed before the step:
 * {@code E M₁ = 0} and {@code E S₂ = −(d−1)v + (d−2)v − v = −2σ_Q²h}, exactly. So {@code M₁ + S₂ + 2σ_Q²h}, averaged
 * over the pairs and summed over the steps, has mean zero; subtracting it leaves the mean unchanged and removes the
 * fluctuations up to second order ({@code 4σ_Q²h} per step for {@code M₁} alone), which are also what makes the 8
 * pairs of one run move together. What is left is the scheme's third- and higher-order terms. The exponent is the
 * same constant at every step (the step's law is rotation equivariant and every orthonormal pair {@code (x, u)} is a
 * rotation of every other), so there is no start-up transient.
 *
 * <p>Each case runs 16 independent runs (seeds as stated); the standard error is the sample SD of the 16 run
 * estimates over 4. Tolerance: {@code 0.01·2σ_Q² + 4 SE} (the accuracy target plus the statistics), and
 * {@code 4 SE ≤ 0.01·2σ_Q²/4} is asserted so the check is sharp (an error of 1.25× the target cannot pass). Measured relative errors at these steps: splitting
 * 0.2–0.5 %, Heun 0.6–0.8 % (both below the target, Heun's the larger).
 */
class Fact3SchemeLyapunovTest {
    private static final double TARGET = 0.01;
    private static final int RUNS = 16;

    /** One run: the tracker's estimate with the control variates removed. */
    private static double run(Params p, boolean heun, long steps) {
        int d = p.d();
        double h = TimeStep.resolve(p, 0);
        double v = p.sigmaQ() * p.sigmaQ() * h;
        SharedDriving driving = new SharedDriving(d, p.seed());
        StepInputs in = new StepInputs(d);
        in.h = h;
        SymmetricExp exp = new SymmetricExp(d);
        Tracker tracker = new Tracker(Simulation.TRACKED_PAIRS, d, p.seed());
        int m = tracker.pairs();
        double[] x = new double[d];
        double[] u = new double[d];
        double[] ax = new double[d];
        double[] au = new double[d];
        double variates = 0;
        for (long step = 0; step < steps; step++) {
            driving.next(p, h, in.dQ, in.dL);
            in.derive(p, exp, !heun, heun, null);
            double[] probes = tracker.probes;
            for (int k = 0; k < m; k++) {
                for (int j = 0; j < d; j++) {
                    x[j] = probes[k * d + j];
                    u[j] = probes[(m + k) * d + j] - x[j];
                }
                Linalg.normalize(u, 0, d);
                Linalg.multiplyVector(in.dQ, x, 0, ax, 0, d);
                Linalg.multiplyVector(in.dQ, u, 0, au, 0, d);
                double xax = Linalg.dot(x, 0, ax, 0, d);
                double uau = Linalg.dot(u, 0, au, 0, d);
                double xau = Linalg.dot(x, 0, au, 0, d);
                double first = xax - uau;
                double second = -Linalg.dot(ax, 0, ax, 0, d) + xax * xax + Linalg.dot(au, 0, au, 0, d)
                        - 2 * xau * xau - uau * uau;
                variates += (first + second + 2 * v) / m;
            }
            tracker.step(p, in, heun);
        }
        return tracker.estimator().estimate() - variates / tracker.estimator().time();
    }

    private static void check(Scheme scheme, int d, double sigmaQ, long steps, long seed0) {
        Params base = Params.defaults().toBuilder().d(d).n(2).sigmaQ(sigmaQ).scheme(scheme).dt(0).accuracy(TARGET)
                .build();
        boolean heun = scheme == Scheme.HEUN;
        double[][] rows = Replicas.run(RUNS, r -> new double[] {run(base.toBuilder().seed(seed0 + r).build(), heun,
                steps)});
        double exact = -2 * sigmaQ * sigmaQ;
        double se = Math.sqrt(Replicas.variance(rows, 0) / RUNS);
        String what = scheme + " d=" + d + " sigmaQ=" + sigmaQ + " h=" + TimeStep.resolve(base, 0);
        assertNear(what + ": top Lyapunov exponent", Replicas.mean(rows, 0), exact,
                TARGET * Math.abs(exact) + 4 * se);
        assertAtMost(what + ": 4 SE (sharpness)", 4 * se, TARGET * Math.abs(exact) / 4);
    }

    @Test
    void splittingInThreeDimensions() {
        // h = 0.0085, 16 runs × 20 000 steps, seeds 630 000 + r: 4 SE ≈ 0.0018 (0.19 %).
        check(Scheme.SPLITTING, 3, 0.7, 20_000, 630_000);
    }

    @Test
    void heunInThreeDimensions() {
        // h = 0.0027, 16 runs × 14 000 steps, seeds 640 000 + r: 4 SE ≈ 0.0017 (0.17 %).
        check(Scheme.HEUN, 3, 0.7, 14_000, 640_000);
    }

    @Test
    void splittingInFiveDimensions() {
        // h = 0.0019, 16 runs × 34 000 steps, seeds 650 000 + r: 4 SE ≈ 0.0042 (0.15 %).
        check(Scheme.SPLITTING, 5, 1.2, 34_000, 650_000);
    }

    @Test
    void heunInFourDimensions() {
        // h = 0.00073, 16 runs × 14 000 steps, seeds 660 000 + r: 4 SE ≈ 0.0056 (0.19 %).
        check(Scheme.HEUN, 4, 1.2, 14_000, 660_000);
    }
}
