package org.tokensphere.model;

import java.util.Arrays;

/**
 * All parameters of one simulation (MATH.md §2–3), immutable. A change in the UI builds a new record
 * ({@link #toBuilder()}) that the engine picks up at the next step boundary. The compact constructor
 * refuses out-of-range values with a message naming the parameter and its allowed range.
 *
 * @param d             dimension of the ambient space; tokens live on {@code S^{d−1}}
 * @param n             number of tokens
 * @param mode          deterministic ({@code tM, tv}), random ({@code σ_Q G, σ_b W}) or both
 * @param sigmaQ        {@code σ_Q}, strength of the random quadratic form
 * @param sigmaB        {@code σ_b}, strength of the random bias {@code W}
 * @param biasStrength  {@code |v|}, strength of the deterministic bias
 * @param biasDirection direction of {@code v} (length {@code d}, normalized here); copied
 * @param sharing       {@code c ∈ [0,1]}: fraction of the quadratic noise that is common to all tokens
 * @param tau           correlation time {@code τ} of coloured quadratic noise; 0 = white noise
 * @param attention     self-attention drift: none, SA or USA
 * @param norm          where the layer normalization sits: Post-LN (on the sphere), Pre-LN or Peri-LN (in {@code R^d})
 * @param alpha         {@code α}, strength of the attention drift
 * @param beta          {@code β}, inverse temperature of the attention (used when {@code gamma = 0})
 * @param gamma         {@code γ} of long-context attention, {@code β = γ log N}; 0 = off, {@code β} is given directly
 * @param sigmaInd      {@code σ_ind}, strength of the independent per-token noise
 * @param dt            time step; 0 = chosen from {@code accuracy} (see {@link TimeStep})
 * @param accuracy      target relative weak error used when {@code dt = 0}
 * @param delta         {@code δ}, the closeness of polar pairs ({@code ρ > 1−δ}) and of clusters
 * @param scheme        integrator choice
 * @param matrix        how {@code M} is made
 * @param init          initial state
 * @param seed          the one seed all randomness derives from
 */
public record Params(int d, int n, Mode mode, double sigmaQ, double sigmaB, double biasStrength,
                     double[] biasDirection, double sharing, double tau, AttentionKind attention, Norm norm,
                     double alpha, double beta, double gamma, double sigmaInd, double dt, double accuracy,
                     double delta, Scheme scheme, MatrixSpec matrix, InitialState init, long seed) {

    /** Largest dimension accepted. */
    public static final int MAX_D = 1024;
    /** Largest ensemble accepted when only quadratic driving is on (the exact linear flow). */
    public static final int MAX_N_LINEAR = 1_000_000;
    /** Largest ensemble accepted with per-token dynamics. */
    public static final int MAX_N_GENERAL = 100_000;
    /** Largest strength of any driving term. */
    public static final double MAX_STRENGTH = 20;
    /** Largest inverse temperature {@code β}, given or from {@code γ log N}. */
    public static final double MAX_BETA = 100;
    /** Largest long-context {@code γ}. */
    public static final double MAX_GAMMA = 20;

    public Params {
        require(d >= 2 && d <= MAX_D, "d", d, "[2, " + MAX_D + "]");
        require(n >= 2 && n <= MAX_N_LINEAR, "n", n, "[2, " + MAX_N_LINEAR + "]");
        if (mode == null || attention == null || norm == null || scheme == null || matrix == null || init == null) {
            throw new IllegalArgumentException("mode, attention, norm, scheme, matrix and init must all be given");
        }
        requireRange(sigmaQ, "sigmaQ", 0, MAX_STRENGTH);
        requireRange(sigmaB, "sigmaB", 0, MAX_STRENGTH);
        requireRange(biasStrength, "biasStrength", 0, MAX_STRENGTH);
        requireRange(sharing, "sharing", 0, 1);
        requireRange(tau, "tau", 0, 100);
        requireRange(alpha, "alpha", 0, MAX_STRENGTH);
        requireRange(beta, "beta", 0, MAX_BETA);
        require(gamma >= 0 && gamma <= MAX_GAMMA, "gamma", gamma, "[0, " + MAX_GAMMA + "] (0 = off: beta is used)");
        if (gamma > 0 && gamma * Math.log(n) > MAX_BETA) {
            throw new IllegalArgumentException("gamma = " + gamma + " with n = " + n + " gives beta = gamma log n = "
                    + (float) (gamma * Math.log(n)) + ", above " + MAX_BETA);
        }
        requireRange(sigmaInd, "sigmaInd", 0, MAX_STRENGTH);
        requireRange(dt, "dt", 0, 0.1);
        require(accuracy >= 1e-4 && accuracy <= 0.2, "accuracy", accuracy, "[0.0001, 0.2]");
        require(delta > 0 && delta < 1, "delta", delta, "(0, 1)");
        biasDirection = biasDirection == null ? defaultDirection(d) : normalized(biasDirection, d);
        matrix.checkDimension(d);
        if (n > MAX_N_GENERAL && !linearFlowApplies(mode, sigmaB, biasStrength, sharing, sigmaQ, tau, alpha,
                attention, sigmaInd)) {
            throw new IllegalArgumentException("n = " + n + " is above " + MAX_N_GENERAL
                    + ": that many tokens are only possible with quadratic driving alone (no bias, attention, "
                    + "independent noise, white noise shared by all tokens)");
        }
    }

    /** Default {@code δ} of the polar and cluster thresholds. */
    public static final double DEFAULT_DELTA = 0.01;

    /** The default: the RQF in d = 3 with 300 uniform tokens, seed 1. */
    public static Params defaults() {
        return new Params(3, 300, Mode.RANDOM, 1, 0, 0, null, 1, 0, AttentionKind.NONE, Norm.POST, 1, 1, 0, 0, 0,
                0.01, DEFAULT_DELTA, Scheme.AUTO, MatrixSpec.goe(1), InitialState.UNIFORM, 1);
    }

    /** {@code σ_Q} as it acts in this mode (0 in deterministic mode). */
    public double effectiveSigmaQ() {
        return mode.randomPart() ? sigmaQ : 0;
    }

    /** {@code σ_b} as it acts in this mode (0 in deterministic mode). */
    public double effectiveSigmaB() {
        return mode.randomPart() ? sigmaB : 0;
    }

    /** {@code |v|} as it acts in this mode (0 in random mode). */
    public double effectiveBiasStrength() {
        return mode.deterministicPart() ? biasStrength : 0;
    }

    /** True when the fixed matrix {@code M} acts. */
    public boolean usesMatrix() {
        return mode.deterministicPart();
    }

    /** Attention strength as it acts ({@code 0} when attention is off). */
    public double effectiveAlpha() {
        return attention == AttentionKind.NONE ? 0 : alpha;
    }

    /** {@code β} as it acts: {@code γ log N} when {@code γ > 0} (long context), else {@code β}. */
    public double effectiveBeta() {
        return gamma > 0 ? gamma * Math.log(n) : beta;
    }

    /**
     * True when attention is the only term: no quadratic form, bias or independent noise (MATH.md §5.6, §8); the
     * per-token step would not move a token (zero increments), so a step only checks the tokens after the attention
     * drift.
     */
    public boolean attentionAlone() {
        return effectiveAlpha() > 0 && effectiveSigmaQ() == 0 && effectiveSigmaB() == 0
                && effectiveBiasStrength() == 0 && !usesMatrix() && sigmaInd == 0;
    }

    /** True when only the quadratic driving acts, common to all tokens: the exact linear flow of MATH.md §4 applies. */
    public boolean linearFlowApplies() {
        return linearFlowApplies(mode, sigmaB, biasStrength, sharing, sigmaQ, tau, alpha, attention, sigmaInd);
    }

    private static boolean linearFlowApplies(Mode mode, double sigmaB, double biasStrength, double sharing,
                                             double sigmaQ, double tau, double alpha, AttentionKind attention,
                                             double sigmaInd) {
        boolean random = mode.randomPart();
        boolean bias = (random && sigmaB > 0) || (mode.deterministicPart() && biasStrength > 0);
        boolean perTokenQuadratic = random && sigmaQ > 0 && sharing < 1;
        boolean attn = attention != AttentionKind.NONE && alpha > 0;
        return !bias && !perTokenQuadratic && !attn && sigmaInd == 0 && !(random && tau > 0 && sharing < 1);
    }

    /** One-point diffusion strength {@code s = σ_Q² + σ_b² + σ_ind²} (MATH.md §5.1) as it acts in this mode. */
    public double diffusionStrength() {
        double q = effectiveSigmaQ();
        double b = effectiveSigmaB();
        return q * q + b * b + sigmaInd * sigmaInd;
    }

    @Override
    public double[] biasDirection() {
        return biasDirection.clone();
    }

    /** A builder starting from these values. */
    public ParamsBuilder toBuilder() {
        return new ParamsBuilder(this);
    }

    private static double[] defaultDirection(int d) {
        double[] v = new double[d];
        v[d - 1] = 1;
        return v;
    }

    private static double[] normalized(double[] v, int d) {
        if (v.length != d) {
            throw new IllegalArgumentException("biasDirection has " + v.length + " components, d = " + d + " needed");
        }
        double s = 0;
        for (double x : v) {
            s += x * x;
        }
        if (!(s > 0) || !Double.isFinite(s)) {
            throw new IllegalArgumentException("biasDirection must be a finite non-zero vector");
        }
        if (Math.abs(s - 1) <= 1e-12) {
            // Already of unit length to rounding: kept as given, so normalizing is idempotent and parameters
            // saved and loaded again (a preset) are equal to the originals bit for bit.
            return v.clone();
        }
        double[] u = new double[d];
        double norm = Math.sqrt(s);
        for (int i = 0; i < d; i++) {
            u[i] = v[i] / norm;
        }
        return u;
    }

    private static void require(boolean ok, String name, double value, String range) {
        if (!ok) {
            throw new IllegalArgumentException(name + " = " + value + " is out of range " + range);
        }
    }

    private static void requireRange(double value, String name, double lo, double hi) {
        require(value >= lo && value <= hi, name, value, "[" + lo + ", " + hi + "]");
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Params p && p.d == d && p.n == n && p.mode == mode && p.sigmaQ == sigmaQ
                && p.sigmaB == sigmaB && p.biasStrength == biasStrength && Arrays.equals(p.biasDirection, biasDirection)
                && p.sharing == sharing && p.tau == tau && p.attention == attention && p.norm == norm
                && p.alpha == alpha && p.beta == beta && p.gamma == gamma && p.sigmaInd == sigmaInd && p.dt == dt
                && p.accuracy == accuracy && p.delta == delta && p.scheme == scheme && p.matrix.equals(matrix) && p.init.equals(init) && p.seed == seed;
    }

    @Override
    public int hashCode() {
        return toString().hashCode() * 31 + init.hashCode();
    }

    @Override
    public String toString() {
        return "d=" + d + " n=" + n + " mode=" + mode.name().toLowerCase() + " sigmaQ=" + sigmaQ + " sigmaB=" + sigmaB
                + " biasStrength=" + biasStrength + " biasDirection=" + Arrays.toString(biasDirection)
                + " sharing=" + sharing + " tau=" + tau + " attention=" + attention.name().toLowerCase()
                + " norm=" + norm.name().toLowerCase() + " alpha=" + alpha + " beta=" + beta + " gamma=" + gamma
                + " sigmaInd=" + sigmaInd + " dt=" + dt + " accuracy=" + accuracy + " delta=" + delta
                + " scheme=" + scheme.name().toLowerCase() + " matrix=" + matrix
                + " init=" + init + " seed=" + seed;
    }
}
