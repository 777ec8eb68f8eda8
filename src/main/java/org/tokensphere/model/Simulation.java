package org.tokensphere.model;

import org.tokensphere.model.observe.LyapunovEstimator;

/**
 * One run of the equation of MATH.md §3: the ensemble's state, the shared and private noise, and the integrator
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
    private final Linalg linalg;
    private final SharedDriving driving;
    private final StepInputs in;
    private final Tracker tracker;
    private final AttentionDrift attention;
    private final TokenKernels.Scratch trackerScratch;
    private final double[] matrixEigenvalues;
    private final double[] matrixEigenvectors;
    private Params params;
    private double h;
    private double time;
    private long steps;
    /** Positions when the per-token integrator runs, else the last materialized positions. */
    private final double[] x;
    /** Radii {@code r_i} of the tokens {@code x_i = r_i θ_i} (MATH.md §8): 1 under Post-LN, moved by Pre-/Peri-LN. */
    private final double[] radius;
    private LinearFlow linear;
    private boolean positionsFresh = true;
    private TokenNoise tokenNoise;
    /** The state in d = 3 blocks while the block kernels run; null otherwise. */
    private BlockedState blocks;
    private double[] matrix;
    /** True when {@link #matrixEigenvalues} and {@link #matrixEigenvectors} belong to {@link #matrix}. */
    private boolean eigenKnown;

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
        this.linalg = new Linalg(d);
        this.driving = new SharedDriving(d, seed);
        this.in = new StepInputs(d);
        this.tracker = new Tracker(TRACKED_PAIRS, d, seed);
        this.attention = new AttentionDrift(d);
        this.trackerScratch = new TokenKernels.Scratch(d);
        this.matrixEigenvalues = new double[d];
        this.matrixEigenvectors = new double[d * d];
        if (positions.length != n * d) {
            throw new IllegalArgumentException("positions: " + positions.length + " numbers given, n*d = " + n * d
                    + " needed");
        }
        this.x = positions.clone();
        this.radius = new double[n];
        java.util.Arrays.fill(radius, 1);
        for (int i = 0; i < n; i++) {
            double norm = Linalg.normalize(x, i * d, d);
            if (!(norm > 0) || !Double.isFinite(norm)) {
                throw new IllegalArgumentException("positions: token " + i + " is zero or not finite");
            }
        }
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
        unblock();
        apply(p);
    }

    private void apply(Params p) {
        if (p.norm() == Norm.POST) {
            // Post-LN normalizes: the tokens are their directions.
            java.util.Arrays.fill(radius, 1);
            tracker.resetRadii();
        }
        if (params == null || !p.matrix().equals(params.matrix())) {
            matrix = Matrices.build(p.matrix(), d);
            driving.setMatrix(matrix);
            eigenKnown = false;
        }
        params = p;
        // The eigendecomposition of M (seconds in d = 1024) only when M acts, else when first asked for.
        h = TimeStep.resolve(p, p.usesMatrix() ? eigen()[d - 1] - eigen()[0] : 0);
        in.h = h;
        boolean useLinear = p.linearFlowApplies() && p.scheme() != Scheme.HEUN;
        if (useLinear) {
            linear = new LinearFlow(x, n, d);
            if (p.effectiveSigmaQ() == 0 && p.usesMatrix()) {
                linear.useClosedForm(matrixEigenvalues, matrixEigenvectors);
            }
        } else {
            linear = null;
            if ((p.effectiveSigmaQ() > 0 && p.sharing() < 1) || p.sigmaInd() > 0) {
                if (tokenNoise == null) {
                    tokenNoise = new TokenNoise(seed, Seeds.TOKEN, n, d);
                }
            }
        }
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
            if (m > 1 && fusable()) {
                fusedSteps(m);
            } else {
                step();
                m = 1;
            }
            k -= m;
        }
    }

    private boolean fusable() {
        Params p = params;
        return linear == null && d == 3 && p.effectiveAlpha() == 0 && p.sigmaInd() == 0
                && !(p.effectiveSigmaQ() > 0 && p.sharing() < 1);
    }

    private void fusedSteps(int m) {
        boolean heun = params.scheme() == Scheme.HEUN;
        if (blocks == null) {
            blocks = new BlockedState(x, n);
        }
        StepInputs[] inputs = blocks.inputs(m, d);
        for (int s = 0; s < m; s++) {
            inputs[s].h = h;
            inputs[s].zeroQ = !driving.next(params, h, inputs[s].dQ, inputs[s].dL, inputs[s].zeroQ);
            inputs[s].derive(params, linalg, !heun);
        }
        blocks.stepFused(inputs, m, heun, parallel);
        positionsFresh = false;
        for (int s = 0; s < m; s++) {
            tracker.step(params, inputs[s], heun, trackerScratch);
            time += h;
            steps++;
            checkMove();
        }
        checkFinite();
    }

    /** Advances one step of length {@link #dt()}. Throws {@link ArithmeticException} naming the cause on blow-up. */
    public void step() {
        in.zeroQ = !driving.next(params, h, in.dQ, in.dL, in.zeroQ);
        boolean heun = params.scheme() == Scheme.HEUN;
        in.derive(params, linalg, !heun || linear != null);
        if (linear != null) {
            linear.step(in.expQ, h, linalg);
            positionsFresh = false;
        } else {
            if (params.effectiveAlpha() > 0) {
                unblock();
                if (params.norm() == Norm.POST) {
                    attention.step(x, n, tracker.probes, 2 * tracker.pairs(), params, h, parallel);
                } else {
                    attention.step(x, radius, n, tracker.probes, tracker.radii, 2 * tracker.pairs(), params, h,
                            parallel);
                }
            }
            if (!attentionAlone()) {
                stepTokens(heun);
            }
        }
        tracker.step(params, in, heun && linear == null, trackerScratch);
        time += h;
        steps++;
        checkFinite();
        checkMove();
    }

    /** True when attention is the only term: the per-token step would not move a token (zero increments). */
    private boolean attentionAlone() {
        return params.attentionAlone();
    }

    private void checkMove() {
        if (tracker.lastMaxMove() > MAX_CHORD_PER_STEP) {
            throw new ArithmeticException(String.format(java.util.Locale.ROOT, "the step dt = %.3g is too large: a "
                    + "token moved by a chord of %.2f in one step at t = %.4g; lower dt (or set dt = 0 for automatic)",
                    h, tracker.lastMaxMove(), time));
        }
    }

    private void stepTokens(boolean heun) {
        boolean priv = in.privateQuadratic;
        boolean indep = in.independentScale > 0;
        if (priv) {
            tokenNoise.prepare(params, h);
        }
        Params p = params;
        if (d == 3 && !priv && !indep) {
            if (blocks == null) {
                blocks = new BlockedState(x, n);
            }
            blocks.step(in, heun, parallel);
            positionsFresh = false;
            return;
        }
        parallel.forChunks(n, (from, to) -> {
            TokenKernels.Scratch s = new TokenKernels.Scratch(d);
            for (int i = from; i < to; i++) {
                if (priv) {
                    tokenNoise.drawQuadratic(i, p, h, s.z1, s.z2, s.privateQ);
                }
                if (indep) {
                    tokenNoise.drawIndependent(i, in.independentScale, s.independent);
                }
                if (heun) {
                    TokenKernels.heun(x, i * d, in, priv ? s.privateQ : null, indep ? s.independent : null, s);
                } else {
                    TokenKernels.splitting(x, i * d, in, priv ? s.privateQ : null, indep ? s.independent : null, s);
                }
            }
        });
    }

    private void checkFinite() {
        if (linear != null) {
            return;
        }
        int stride = Math.max(1, n / 16);
        if (params.norm() != Norm.POST) {
            for (int i = 0; i < n; i += stride) {
                if (!(radius[i] > 0 && radius[i] < Double.POSITIVE_INFINITY)) {
                    throw new ArithmeticException("the radius of token " + i + " became " + radius[i] + " at t = "
                            + time + ": the step dt = " + h + " is too large for these parameters");
                }
            }
        }
        for (int i = 0; i < n; i += stride) {
            double s = squaredNorm(i);
            if (!(Math.abs(s - 1) < 1e-6)) {
                throw new ArithmeticException("token " + i + " became " + (Double.isNaN(s) ? "NaN" : "|x|² = " + s)
                        + " at t = " + time + ": the step dt = " + h + " is too large for these parameters");
            }
        }
    }

    private double squaredNorm(int i) {
        if (blocks != null && !positionsFresh) {
            return blocks.squaredNorm(i);
        }
        return Linalg.dot(x, i * d, x, i * d, d);
    }

    /** Advances whole steps until the time reaches at least {@code t}. */
    public void advanceTo(double t) {
        while (time < t - 1e-9 * h) {
            // Never more steps than the loop of single steps would take; the loop catches up any shortfall.
            advance(Math.max(1, (int) Math.min(FUSED_STEPS, Math.ceil((t - time) / h - 1e-6))));
        }
    }

    /** Brings {@code x} up to date from the linear flow or the blocked d = 3 state, and drops the blocks. */
    private void materialize() {
        if (positionsFresh) {
            return;
        }
        if (linear != null) {
            linear.positions(x, parallel);
        } else if (blocks != null) {
            blocks.unpack(x);
        }
        positionsFresh = true;
    }

    /** Makes {@code x} current and the only state (before anything steps {@code x} directly). */
    private void unblock() {
        materialize();
        blocks = null;
    }

    /** The current positions, row-major {@code n×d}: the internal buffer, valid until the next step; do not modify. */
    public double[] positions() {
        materialize();
        return x;
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
        double s = 0;
        for (int i = 0; i < n; i++) {
            s += radius[i];
        }
        return s / n;
    }

    /** The radii {@code r_i}: the internal buffer, valid until the next step; do not modify. */
    public double[] radii() {
        return radius;
    }

    /**
     * The attention energy {@code E_β = (1/(2βN²)) Σ_ij e^{β⟨x_i,x_j⟩}} (MATH.md §7) of the current positions, by
     * the attention kernel (one evaluation; see {@link org.tokensphere.model.observe.Observables#attentionEnergy}
     * for the definition and for {@code β = 0}).
     */
    public double attentionEnergy() {
        double beta = params.effectiveBeta();
        if (!(beta > 0)) {
            return org.tokensphere.model.observe.Observables.attentionEnergy(positions(), n, d, beta);
        }
        return attention.weightSum(positions(), n, beta, parallel) / (2 * beta * n * (double) n);
    }

    /** Simulated time. */
    public double time() {
        return time;
    }

    /** Steps taken. */
    public long steps() {
        return steps;
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
        return linear != null;
    }

    /** Name of the integrator in use, for display. */
    public String integratorName() {
        if (linear != null) {
            return params.effectiveSigmaQ() == 0 ? "exact: closed-form exp(-tM)" : "exact linear flow";
        }
        return params.scheme() == Scheme.HEUN ? "Stratonovich Heun" : "splitting";
    }

    /** The running Lyapunov estimator of the test pairs. */
    public LyapunovEstimator lyapunov() {
        return tracker.estimator();
    }

    /** {@code M}, row-major, a copy. */
    public double[] matrix() {
        return matrix.clone();
    }

    /** Eigenvalues of {@code M}, ascending, a copy. */
    public double[] matrixEigenvalues() {
        return eigen().clone();
    }

    /** The eigenvalues of {@code M} (computed with its eigenvectors on first use). */
    private double[] eigen() {
        if (!eigenKnown) {
            linalg.symmetricEigen(matrix, matrixEigenvalues, matrixEigenvectors);
            eigenKnown = true;
        }
        return matrixEigenvalues;
    }

    /** {@code e_min}: the unit eigenvector of the smallest eigenvalue of {@code M}, the deterministic flow's attractor. */
    public double[] attractor() {
        eigen();
        double[] e = new double[d];
        for (int k = 0; k < d; k++) {
            e[k] = matrixEigenvectors[k * d];
        }
        return e;
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
        materialize();
        return new SimulationCheckpoint.Parts(params, time, steps, linear == null ? x : null, radius, linear, driving,
                tokenNoise, tracker);
    }

    /**
     * Puts back a saved state: parameters, time, steps, the positions ({@code flow} null) or the linear flow that
     * holds them, and the per-token noise (null: none used yet). The shared driving and the test pairs are put
     * back by the checkpoint itself.
     */
    void restore(Params p, double t, long k, double[] positions, double[] radii, LinearFlow flow, TokenNoise noise) {
        blocks = null;
        if (!p.equals(params)) {
            apply(p);
        }
        time = t;
        steps = k;
        linear = flow;
        tokenNoise = noise;
        if (flow == null) {
            System.arraycopy(positions, 0, x, 0, x.length);
        }
        System.arraycopy(radii, 0, radius, 0, n);
        positionsFresh = flow == null;
    }

    /** Stops the worker threads, unless they were given (shared) rather than made for this run. */
    @Override
    public void close() {
        if (ownsParallel) {
            parallel.close();
        }
    }
}
