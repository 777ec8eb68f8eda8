package org.tokensphere.model;

import org.tokensphere.model.observe.LyapunovEstimator;

/**
 * One run of the equation of MATH.md §3: its parameters, the matrix {@code M} ({@link MatrixForm}), the steps and
 * clock ({@link Stepper}: shared and private noise, attention, the test pairs) and the integrator
 * chosen for the current parameters (the exact linear flow of §4 when only quadratic driving is on, else the
 * splitting or the Heun scheme of §6). Not thread-safe: one thread steps it; per-token work runs on its
 * {@link Parallel} pool. Parameter changes with the same {@code n}, {@code d} and seed hand the state over
 * without a jump.
 */
public final class Simulation implements AutoCloseable {
    /** A step that moves a token by a longer chord than this (about 74°) is refused as too large. */
    public static final double MAX_CHORD_PER_STEP = 1.2;

    /** Most steps fused in one pass over the tokens ({@link #advance}). */
    public static final int FUSED_STEPS = 16;

    /** Number of Lyapunov test pairs. */
    public static final int TRACKED_PAIRS = 8;

    private final int n;
    private final int d;
    private final long seed;
    private final Parallel parallel;
    private final boolean ownsParallel;
    private final MatrixForm form;
    private final Integrator integrator;
    private final Stepper stepper;
    private Params params;
    private double h;

    /** A run of {@code p} from its initial state, stepping tokens on {@code threads} threads. */
    public Simulation(Params p, int threads) {
        this(p, threads, InitialStates.sample(p.init(), p.n(), p.d(), p.seed()));
    }

    /** A run of {@code p} from given positions ({@code n×d}, copied). */
    public Simulation(Params p, int threads, double[] positions) {
        this(p, new Parallel(threads), true, positions);
    }

    /**
     * A run of {@code p} from its initial state, stepping tokens on {@code workers} (for example the shared
     * {@link ThreadBudget#parallel()}), which it uses but does not close.
     */
    public Simulation(Params p, Parallel workers) {
        this(p, workers, false, InitialStates.sample(p.init(), p.n(), p.d(), p.seed()));
    }

    private Simulation(Params p, Parallel workers, boolean ownsWorkers, double[] positions) {
        this.n = p.n();
        this.d = p.d();
        this.seed = p.seed();
        this.parallel = workers;
        this.ownsParallel = ownsWorkers;
        this.form = new MatrixForm(d);
        this.integrator = new Integrator(InitialStates.normalizedCopy(positions, n, d), n, d, seed, parallel);
        this.stepper = new Stepper(n, d, seed, parallel, integrator);
        apply(p);
    }

    /**
     * Changes the parameters at this step boundary; the positions carry over unchanged. {@code n}, {@code d} and
     * the seed must stay the same (changing them is a reset, a new {@code Simulation}).
     */
    public void setParams(Params p) {
        if (p.n() != n || p.d() != d || p.seed() != seed) {
            throw new IllegalArgumentException("n, d and seed can only change with a reset");
        }
        apply(p);
    }

    private void apply(Params p) {
        if (p.norm() == Norm.POST) {
            // Post-LN normalizes: the tokens are their directions.
            stepper.resetRadii();
        }
        if (form.update(p.matrix())) {
            stepper.driving().setMatrix(form.matrix());
        }
        params = p;
        // The eigendecomposition of M (seconds in d = 1024) only when M acts, else when first asked for.
        h = TimeStep.resolve(p, p.usesMatrix() ? form.spread() : 0);
        integrator.choose(p, form);
    }

    /**
     * Advances {@code k} steps. When only shared driving acts in {@code d = 3} (the blocked kernels), up to
     * {@link #FUSED_STEPS} steps are fused: their shared increments are drawn first, then each block of tokens
     * takes all of them while it sits in the cache. Every token sees the same operations in the same order as
     * with single steps, so the result is bit-identical; only memory traffic drops.
     */
    public void advance(int k) {
        while (k > 0) {
            int m = Math.min(k, FUSED_STEPS);
            if (m > 1 && integrator.fusable()) {
                stepper.fused(params, h, m);
            } else {
                step();
                m = 1;
            }
            k -= m;
        }
    }

    /** Advances one step of length {@link #dt()}. Throws {@link ArithmeticException} naming the cause on blow-up. */
    public void step() {
        stepper.step(params, h);
    }

    /** Advances whole steps until the time reaches at least {@code t}. */
    public void advanceTo(double t) {
        while (time() < t - 1e-9 * h) {
            // Never more steps than the loop of single steps would take; the loop catches up any shortfall.
            advance(Math.max(1, (int) Math.min(FUSED_STEPS, Math.ceil((t - time()) / h - 1e-6))));
        }
    }

    /** The current positions, row-major {@code n×d}: the internal buffer, valid until the next step; do not modify. */
    public double[] positions() {
        return integrator.positions();
    }

    /** The current positions as floats into {@code out} ({@code n×d}). */
    public void positions(float[] out) {
        double[] p = positions();
        for (int k = 0; k < n * d; k++) {
            out[k] = (float) p[k];
        }
    }

    /**
     * The mean radius {@code (1/N) Σ r_i} of the tokens {@code x_i = r_i θ_i} (MATH.md §8); the positions are the
     * directions {@code θ_i}. 1 under Post-LN; Pre-LN and Peri-LN attention grow it.
     */
    public double meanRadius() {
        double[] radius = stepper.radii();
        double s = 0;
        for (int i = 0; i < n; i++) {
            s += radius[i];
        }
        return s / n;
    }

    /** The radii {@code r_i}: the internal buffer, valid until the next step; do not modify. */
    public double[] radii() {
        return stepper.radii();
    }

    /**
     * The attention energy {@code E_β = (1/(2βN²)) Σ_ij e^{β⟨x_i,x_j⟩}} (MATH.md §7) of the current positions, by
     * the attention kernel (one evaluation; see {@link org.tokensphere.model.observe.Observables#attentionEnergy}
     * for the definition and for {@code β = 0}).
     */
    public double attentionEnergy() {
        return stepper.attention().energy(positions(), n, params.effectiveBeta(), parallel);
    }

    /** Simulated time. */
    public double time() {
        return stepper.time();
    }

    /** Steps taken. */
    public long steps() {
        return stepper.steps();
    }

    /** The time step in use. */
    public double dt() {
        return h;
    }

    /** The parameters in use. */
    public Params params() {
        return params;
    }

    /** True when the exact linear flow (MATH.md §4) is running. */
    public boolean linearFlow() {
        return integrator.linearFlow();
    }

    /** Name of the integrator in use, for display. */
    public String integratorName() {
        return integrator.name(params);
    }

    /** The running Lyapunov estimator of the test pairs. */
    public LyapunovEstimator lyapunov() {
        return stepper.tracker().estimator();
    }

    /** {@code M}, row-major, a copy. */
    public double[] matrix() {
        return form.matrix().clone();
    }

    /** Eigenvalues of {@code M}, ascending, a copy. */
    public double[] matrixEigenvalues() {
        return form.eigenvalues().clone();
    }

    /** {@code e_min}: the unit eigenvector of the smallest eigenvalue of {@code M}, the deterministic flow's attractor. */
    public double[] attractor() {
        return form.attractor();
    }

    /** Number of tokens. */
    public int n() {
        return n;
    }

    /** Dimension. */
    public int d() {
        return d;
    }

    // Hooks of SimulationCheckpoint: the parts of the state the next step reads, and putting them back.

    /** The stateful parts, with the positions brought up to date (the buffers themselves, not copies). */
    SimulationCheckpoint.Parts parts() {
        double[] x = integrator.positions();
        LinearFlow flow = integrator.linear();
        return new SimulationCheckpoint.Parts(params, time(), steps(), flow == null ? x : null,
                stepper.radii(), flow,
                stepper.driving(), integrator.tokenNoise(), stepper.tracker());
    }

    /**
     * Puts back a saved state: parameters, time, steps, the positions ({@code flow} null) or the linear flow that
     * holds them, the radii, and the per-token noise (null: none used yet). The shared driving and the test pairs are put
     * back by the checkpoint itself.
     */
    void restore(Params p, double t, long k, double[] positions, double[] radii, LinearFlow flow, TokenNoise noise) {
        if (!p.equals(params)) {
            apply(p);
        }
        stepper.setClock(t, k);
        System.arraycopy(radii, 0, stepper.radii(), 0, n);
        integrator.restore(positions, flow, noise);
    }

    /** The workers this run steps on, for measurements that share out their work the same way. */
    Parallel parallel() {
        return parallel;
    }

    /** Stops the worker threads, unless they were given (shared) rather than made for this run. */
    @Override
    public void close() {
        if (ownsParallel) {
            parallel.close();
        }
    }
}
