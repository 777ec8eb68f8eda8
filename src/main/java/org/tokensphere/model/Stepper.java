package org.tokensphere.model;

/**
 * The steps of one run and its clock: each step draws the shared increments, derives what all tokens share
 * ({@link StepInputs}: {@code exp(−ΔQ)}, the Möbius coefficients, the chord bound), runs the attention drift, the
 * per-token integrator ({@link Integrator}) and the Lyapunov test pairs, and checks them. Under Pre-LN and Peri-LN
 * (MATH.md §8) it keeps the tokens' radii, which only the attention drift moves, and checks every one after it.
 * Fused steps draw the increments of up to {@link Simulation#FUSED_STEPS} steps first and let the d = 3 blocks take
 * them all in one pass. A step that fails throws {@link ArithmeticException} with a one-line message.
 */
final class Stepper {
    private final int n;
    private final Parallel parallel;
    private final Integrator integrator;
    private final SymmetricExp exp;
    private final SharedDriving driving;
    private final StepInputs in;
    private final Tracker tracker;
    private final AttentionDrift attention;
    /** Radii {@code r_i} of the tokens {@code x_i = r_i θ_i} (MATH.md §8): 1 under Post-LN, moved by Pre-/Peri-LN. */
    private final double[] radius;
    private double time;
    private long steps;

    Stepper(int n, int d, long seed, Parallel parallel, Integrator integrator) {
        this.n = n;
        this.parallel = parallel;
        this.integrator = integrator;
        this.exp = new SymmetricExp(d);
        this.driving = new SharedDriving(d, seed);
        this.in = new StepInputs(d);
        this.tracker = new Tracker(Simulation.TRACKED_PAIRS, d, seed);
        this.attention = new AttentionDrift(d);
        this.radius = new double[n];
        java.util.Arrays.fill(radius, 1);
    }

    private boolean heun(Params p) {
        return p.scheme() == Scheme.HEUN && !integrator.linearFlow();
    }

    /** One step of length {@code h} with the parameters {@code p}. */
    void step(Params p, double h) {
        in.h = h;
        in.zeroQ = !driving.next(p, h, in.dQ, in.dL, in.zeroQ);
        boolean heun = heun(p);
        in.derive(p, exp, !heun, heun, parallel);
        if (integrator.linearFlow()) {
            integrator.stepLinear(in, h);
        } else {
            boolean alone = p.attentionAlone();
            if (p.effectiveAlpha() > 0) {
                double[] x = integrator.rowPositions();
                StepCheck check = alone && StepCheck.ENABLED ? integrator.stepCheck() : null;
                if (p.norm() == Norm.POST) {
                    attention.step(x, n, tracker.probes, 2 * tracker.pairs(), p, h, parallel, check);
                } else {
                    attention.step(x, radius, n, tracker.probes, tracker.radii, 2 * tracker.pairs(), p, h, parallel,
                            check);
                    checkRadii(h, time + h);
                }
            }
            if (alone) {
                if (StepCheck.ENABLED) {
                    integrator.throwIfFailed(time + h, h, 1);
                }
            } else {
                integrator.stepTokens(in, heun, p, time + h);
            }
        }
        tracker.step(p, in, heun);
        time += h;
        steps++;
        tracker.checkMove(h, time);
    }

    /** {@code m} fused steps of length {@code h}; only while {@link Integrator#fusable()}. */
    void fused(Params p, double h, int m) {
        boolean heun = heun(p);
        StepInputs[] inputs = integrator.fusedInputs();
        for (int s = 0; s < m; s++) {
            inputs[s].h = h;
            inputs[s].zeroQ = !driving.next(p, h, inputs[s].dQ, inputs[s].dL, inputs[s].zeroQ);
            inputs[s].derive(p, exp, !heun, heun, parallel);
        }
        integrator.stepFused(m, heun, time, h);
        for (int s = 0; s < m; s++) {
            tracker.step(p, inputs[s], heun);
            time += h;
            steps++;
            tracker.checkMove(h, time);
        }
    }

    /**
     * Throws {@link ArithmeticException} naming the first token (lowest index) whose radius is not positive and
     * finite after the attention step of length {@code h} ending at {@code t}.
     */
    private void checkRadii(double h, double t) {
        for (int i = 0; i < n; i++) {
            if (!(radius[i] > 0 && radius[i] < Double.POSITIVE_INFINITY)) {
                throw new ArithmeticException(String.format(java.util.Locale.ROOT, "the radius of token %d became "
                        + "%s at t = %.4g: a radius falls while its token points away from its attention vector "
                        + "and may reach 0; try a smaller step than dt = %.3g, or Post-LN", i, radius[i], t, h));
            }
        }
    }

    /** Puts every token and test particle back on the unit sphere's radius ({@code r = 1}, Post-LN). */
    void resetRadii() {
        java.util.Arrays.fill(radius, 1);
        tracker.resetRadii();
    }

    /** The radii {@code r_i} of the tokens (the buffer itself). */
    double[] radii() {
        return radius;
    }

    /** Simulated time. */
    double time() {
        return time;
    }

    /** Steps taken. */
    long steps() {
        return steps;
    }

    /** Sets the clock (a restored checkpoint). */
    void setClock(double t, long k) {
        time = t;
        steps = k;
    }

    SharedDriving driving() {
        return driving;
    }

    Tracker tracker() {
        return tracker;
    }

    AttentionDrift attention() {
        return attention;
    }
}
