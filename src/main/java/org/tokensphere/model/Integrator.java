package org.tokensphere.model;

/**
 * Which integrator runs for the current parameters, and the state it keeps the tokens in: the exact linear flow
 * of MATH.md §4 ({@link LinearFlow}: one {@code d×d} matrix, tokens computed on demand), the d = 3 blocks
 * ({@link BlockedState}) while only shared driving acts, or the row-major positions ({@link RowStepper}).
 * A change of parameters hands the current positions over without a jump. Every step ends with the check of
 * every token ({@link StepCheck}), which throws {@link ArithmeticException} with a one-line message.
 */
final class Integrator {
    private final int n;
    private final int d;
    private final long seed;
    private final Parallel parallel;
    /** Positions when the row-major kernels run, else the last materialized positions. */
    private final double[] x;
    private final RowStepper rows;
    private final StepCheck check = new StepCheck();
    private final Linalg linalg;
    private LinearFlow linear;
    private BlockedState blocks;
    private TokenNoise tokenNoise;
    private boolean blocksAllowed;
    private boolean positionsFresh = true;

    /** Starts from {@code positions} ({@code n×d}, unit rows; kept, not copied). */
    Integrator(double[] positions, int n, int d, long seed, Parallel parallel) {
        this.n = n;
        this.d = d;
        this.seed = seed;
        this.parallel = parallel;
        this.x = positions;
        this.linalg = new Linalg(d);
        this.rows = new RowStepper(n, d, parallel.threads());
    }

    /**
     * Chooses the integrator for {@code p} from the current positions: the linear flow when only quadratic
     * driving acts and the scheme is not forced to Heun (in closed form {@code exp(−tM)} for the deterministic
     * form, from the eigendecomposition of {@code M}), else the per-token kernels.
     */
    void choose(Params p, MatrixForm form) {
        unblock();
        if (p.linearFlowApplies() && p.scheme() != Scheme.HEUN) {
            linear = new LinearFlow(x, n, d);
            if (p.effectiveSigmaQ() == 0 && p.usesMatrix()) {
                linear.useClosedForm(form.eigenvalues(), form.eigenvectors());
            }
            return;
        }
        linear = null;
        if ((p.effectiveSigmaQ() > 0 && p.sharing() < 1) || p.sigmaInd() > 0) {
            if (tokenNoise == null) {
                tokenNoise = new TokenNoise(seed, Seeds.TOKEN, n, d);
            }
        }
        blocksAllowed = d == 3 && p.effectiveAlpha() == 0 && p.sigmaInd() == 0
                && !(p.effectiveSigmaQ() > 0 && p.sharing() < 1);
    }

    /** Name of the integrator in use for {@code p}, for display. */
    String name(Params p) {
        if (linear != null) {
            return p.effectiveSigmaQ() == 0 ? "exact: closed-form exp(-tM)" : "exact linear flow";
        }
        return p.scheme() == Scheme.HEUN ? "Stratonovich Heun" : "splitting";
    }

    /** True when the exact linear flow runs. */
    boolean linearFlow() {
        return linear != null;
    }

    /** True when steps can be fused ({@link #stepFused}): the d = 3 blocks with shared driving only. */
    boolean fusable() {
        return linear == null && blocksAllowed;
    }

    /** One step of the linear flow: {@code Φ ← E Φ} (or the closed form). */
    void stepLinear(StepInputs in, double h) {
        linear.step(in.expQ, h, linalg);
        positionsFresh = false;
    }

    /** The row-major positions as the only state, for a drift (attention) that moves them in place. */
    double[] rowPositions() {
        unblock();
        return x;
    }

    /** One step of every token by the kernels; throws if a token fails its check (step ending at {@code time}). */
    void stepTokens(StepInputs in, boolean heun, Params p, double time) {
        if (blocksAllowed) {
            blocks().step(in, heun, parallel, check);
            positionsFresh = false;
        } else {
            rows.step(x, in, heun, p, tokenNoise, parallel, check);
        }
        throwIfFailed(time, in.h, 1);
    }

    /** The check the kernels record into, for a drift that checks the tokens itself (attention alone). */
    StepCheck stepCheck() {
        return check;
    }

    /** Reusable inputs for {@link #stepFused}. */
    StepInputs[] fusedInputs() {
        return blocks().inputs();
    }

    /**
     * {@code m} steps with {@code fusedInputs()[0..m)}, starting at time {@code start}: fused when no step's chord
     * bound calls for the chords of every token, else one at a time (so that a failure names its step).
     */
    void stepFused(int m, boolean heun, double start, double h) {
        BlockedState b = blocks();
        StepInputs[] inputs = b.inputs();
        boolean bounded = true;
        for (int s = 0; s < m; s++) {
            bounded &= !inputs[s].exactChords();
        }
        positionsFresh = false;
        if (bounded) {
            b.stepFused(m, heun, parallel, check);
            throwIfFailed(start + m * h, h, m);
            return;
        }
        for (int s = 0; s < m; s++) {
            b.step(inputs[s], heun, parallel, check);
            throwIfFailed(start + (s + 1) * h, h, 1);
        }
    }

    /** Throws what the last check found, if anything (for a step ending at {@code time}). */
    void throwIfFailed(double time, double h, int steps) {
        ArithmeticException e = check.failure(time, h, steps);
        if (e != null) {
            throw e;
        }
    }

    private BlockedState blocks() {
        if (blocks == null) {
            blocks = new BlockedState(x, n, parallel.threads());
        }
        return blocks;
    }

    /** The current positions, row-major: brought up to date from the linear flow or the blocks. */
    double[] positions() {
        if (!positionsFresh) {
            if (linear != null) {
                linear.positions(x, parallel);
            } else if (blocks != null) {
                blocks.unpack(x);
            }
            positionsFresh = true;
        }
        return x;
    }

    /** The linear flow while it runs, else null (for a checkpoint). */
    LinearFlow linear() {
        return linear;
    }

    /** The per-token noise, null until a term needs it (for a checkpoint). */
    TokenNoise tokenNoise() {
        return tokenNoise;
    }

    /**
     * Puts back a saved state (after {@link #choose} for its parameters): the positions ({@code flow} null) or the
     * linear flow that holds them, and the per-token noise (null: none used yet).
     */
    void restore(double[] positions, LinearFlow flow, TokenNoise noise) {
        blocks = null;
        linear = flow;
        tokenNoise = noise;
        if (flow == null) {
            System.arraycopy(positions, 0, x, 0, x.length);
        }
        positionsFresh = flow == null;
    }

    /** Makes {@code x} current and the only state. */
    private void unblock() {
        positions();
        blocks = null;
    }
}
