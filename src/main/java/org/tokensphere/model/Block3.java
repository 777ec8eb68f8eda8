package org.tokensphere.model;

/**
 * The per-token steps specialised to {@code d = 3} with shared driving only (no private or independent noise),
 * on positions kept in blocks of coordinate runs: block {@code k} is one small array holding the x coordinates of
 * its {@link #BLOCK} tokens, then their y, then their z (small arrays indexed from 0 vectorize; runs at an offset
 * into one large array measured twice as slow). Each stage of a step is a short
 * straight-line loop over a block, which the JIT compiler turns into SIMD code (one long loop holding the whole
 * step is not vectorized and runs about three times slower). Same formulas as {@link TokenKernels}; the
 * splitting step is rearranged to one square root and one division per token (see {@link #splitting}).
 *
 * <p>Checks ({@link Block3Health}). A step whose shared bound excludes a long chord ({@link StepInputs#derive}:
 * {@code ρ ≥ |ΔQ|₂} and {@code a = |ΔL|} with chord bound at most {@link Simulation#MAX_CHORD_PER_STEP}, so
 * {@code ρ < 1.95} and {@code a < 1.3}) maps every finite unit vector to a finite unit vector, up to rounding:
 * <ul>
 *   <li>splitting: the eigenvalues of {@code E = exp(−ΔQ)} lie in {@code [e^{−ρ}, e^{ρ}] ⊂ [0.14, 7.1]}, so
 *       {@code r = |Ex|} is finite and positive and {@code y/r} is a unit vector; the Möbius denominator is at
 *       least {@code r e^{−a} > 0.03}, its image is within about {@code 10 ε e^{2a} < 2·10⁻¹⁴}
 *       ({@code ε = 2⁻⁵³}) of the sphere, and the Newton step squares that;</li>
 *   <li>Heun: the predictor {@code x + f(x)} has norm at least 1 ({@code f(x) ⊥ x}), and the corrector is
 *       {@code x + δ} with {@code |δ| ≤ ρ + a ≤ sin 1.29 < 0.97}, so its norm is finite and at least 0.03.</li>
 * </ul>
 * So once every token has passed the check, such steps keep it true for every token and need no pass over them;
 * the check is the shared bound, computed once per step. The pass runs after a step whose bound does not hold
 * (with the chords) and after any step that started from tokens not yet checked: a new ensemble of blocks, or one
 * whose last check failed ({@link BlockedState}). The pass adds the squared norm deviations of a block's tokens
 * after its step (or its fused steps). {@code tokensphere.noStepCheck} leaves it and the chords out.
 * {@code Block3BoundTest} checks the bound on tokens chosen to be worst cases.
 */
final class Block3 {
    /** Tokens per block. */
    static final int BLOCK = 256;
    /** Doubles per block of positions. */
    static final int STRIDE = 3 * BLOCK;
    private static final int U = 0;
    private static final int V = BLOCK;
    private static final int W = 2 * BLOCK;
    private static final int FX = 3 * BLOCK;
    private static final int FY = 4 * BLOCK;
    private static final int FZ = 5 * BLOCK;
    private static final int PX = 6 * BLOCK;
    private static final int PY = 7 * BLOCK;
    private static final int PZ = 8 * BLOCK;
    private static final int R = 9 * BLOCK;

    /** Work runs of {@code BLOCK} values at the offsets above. */
    private final double[] t = new double[10 * BLOCK];
    private final Block3Health health = new Block3Health();

    /**
     * Steps blocks {@code [fromBlock, toBlock)} (of {@code n} real tokens) and checks them, recording the first bad
     * token in {@code check} under chunk {@code chunk}. {@code verified}: every token was a finite unit vector
     * before the step (the last step's check passed); then a step whose shared bound excludes a long chord needs no
     * pass over its tokens (see the class comment).
     */
    void step(double[][] blocks, int fromBlock, int toBlock, int n, StepInputs in, boolean heun, boolean verified,
              StepCheck check, int chunk) {
        health.reset();
        boolean chords = in.exactChords();
        boolean pass = StepCheck.ENABLED && (chords || !verified);
        for (int k = fromBlock; k < toBlock; k++) {
            if (chords) {
                health.saveBefore(blocks[k]);
            }
            if (heun) {
                heun(blocks[k], in);
            } else {
                splitting(blocks[k], in);
            }
            if (pass) {
                health.accumulate(blocks[k]);
            }
            if (chords) {
                health.checkChords(blocks[k], k, n, check, chunk);
            }
        }
        if (pass) {
            health.verify(blocks, fromBlock, toBlock, n, check, chunk);
        }
    }

    /**
     * Steps blocks {@code [fromBlock, toBlock)} through {@code m} steps each, one block at a time, then checks them
     * unless {@code verified} (as {@link #step}). Only steps whose chord bound excludes a long chord are fused.
     */
    void stepFused(double[][] blocks, int fromBlock, int toBlock, int n, StepInputs[] inputs, int m, boolean heun,
                   boolean verified, StepCheck check, int chunk) {
        health.reset();
        boolean pass = StepCheck.ENABLED && !verified;
        for (int k = fromBlock; k < toBlock; k++) {
            double[] blk = blocks[k];
            for (int s = 0; s < m; s++) {
                if (heun) {
                    heun(blk, inputs[s]);
                } else {
                    splitting(blk, inputs[s]);
                }
            }
            if (pass) {
                health.accumulate(blk);
            }
        }
        if (pass) {
            health.verify(blocks, fromBlock, toBlock, n, check, chunk);
        }
    }

    /**
     * Splitting: {@code y = E x}, {@code r = |y|}; then the Möbius image of {@code y/r} under the bias,
     * {@code (y + (p(cosh a − 1) − r sinh a) ŵ) / (r cosh a − p sinh a)} with {@code p = ⟨y, ŵ⟩}, which is a unit
     * vector up to rounding; one Newton step {@code x ← x(3 − |x|²)/2} removes that rounding (its own error is the
     * square of it). Without bias, {@code x ← y/r}. Three loops: {@code E x} with {@code r}, the Möbius map, the
     * Newton step (fewer, longer loops are not vectorized; measured 1.5× faster than four).
     */
    private void splitting(double[] s, StepInputs in) {
        double[] w = t;
        final int x = 0;
        final int y = BLOCK;
        final int z = 2 * BLOCK;
        if (in.quadratic) {
            double[] m = in.expQ;
            double m00 = m[0], m01 = m[1], m02 = m[2], m10 = m[3], m11 = m[4], m12 = m[5], m20 = m[6], m21 = m[7],
                    m22 = m[8];
            for (int j = 0; j < BLOCK; j++) {
                double a = s[x + j], b = s[y + j], c = s[z + j];
                double e = m00 * a + m01 * b + m02 * c;
                double f = m10 * a + m11 * b + m12 * c;
                double g = m20 * a + m21 * b + m22 * c;
                s[x + j] = e;
                s[y + j] = f;
                s[z + j] = g;
                w[R + j] = Math.sqrt(e * e + f * f + g * g);
            }
        } else {
            for (int j = 0; j < BLOCK; j++) {
                double a = s[x + j], b = s[y + j], c = s[z + j];
                w[R + j] = Math.sqrt(a * a + b * b + c * c);
            }
        }
        if (in.bias) {
            double wx = in.biasUnit[0], wy = in.biasUnit[1], wz = in.biasUnit[2];
            double ch = in.biasCosh, sh = in.biasSinh, chm1 = ch - 1;
            for (int j = 0; j < BLOCK; j++) {
                double a = s[x + j], b = s[y + j], c = s[z + j], r = w[R + j];
                double p = a * wx + b * wy + c * wz;
                double coef = p * chm1 - r * sh;
                double q = 1 / (r * ch - p * sh);
                s[x + j] = (a + coef * wx) * q;
                s[y + j] = (b + coef * wy) * q;
                s[z + j] = (c + coef * wz) * q;
            }
            for (int j = 0; j < BLOCK; j++) {
                double a = s[x + j], b = s[y + j], c = s[z + j];
                double f = 1.5 - 0.5 * (a * a + b * b + c * c);
                s[x + j] = a * f;
                s[y + j] = b * f;
                s[z + j] = c * f;
            }
        } else {
            for (int j = 0; j < BLOCK; j++) {
                double inv = 1 / w[R + j];
                s[x + j] *= inv;
                s[y + j] *= inv;
                s[z + j] *= inv;
            }
        }
    }

    /** Heun with {@code f(x) = −P_x(ΔQ x + ΔL)}, stage by stage as {@link TokenKernels#heun}. */
    private void heun(double[] s, StepInputs in) {
        heunCorrector(s, in);
        normalize(s);
    }

    /**
     * Heun up to the corrector {@code x + (f(x) + f(p))/2}, not yet normalized. (The kernels take no flag: a flag
     * that changes between calls spoils the compiled code's profile, measured 1.7× slower.)
     */
    private void heunCorrector(double[] s, StepInputs in) {
        double[] w = t;
        final int x = 0;
        final int y = BLOCK;
        final int z = 2 * BLOCK;
        double l0 = in.dL[0], l1 = in.dL[1], l2 = in.dL[2];
        multiplySymmetric(in.dQ, l0, l1, l2, s, w);
        // f(x) = ⟨x, u⟩x − u into F; the predictor x + f(x) into P.
        for (int j = 0; j < BLOCK; j++) {
            double a = s[x + j], b = s[y + j], c = s[z + j];
            double u = w[U + j], v = w[V + j], e = w[W + j];
            double xu = a * u + b * v + c * e;
            double fx = xu * a - u, fy = xu * b - v, fz = xu * c - e;
            w[FX + j] = fx;
            w[FY + j] = fy;
            w[FZ + j] = fz;
            w[PX + j] = a + fx;
            w[PY + j] = b + fy;
            w[PZ + j] = c + fz;
        }
        for (int j = 0; j < BLOCK; j++) {
            double a = w[PX + j], b = w[PY + j], c = w[PZ + j];
            w[R + j] = 1 / Math.sqrt(a * a + b * b + c * c);
        }
        for (int j = 0; j < BLOCK; j++) {
            double r = w[R + j];
            w[PX + j] *= r;
            w[PY + j] *= r;
            w[PZ + j] *= r;
        }
        multiplySymmetric(in.dQ, l0, l1, l2, w, w);
        // The corrector x + (f(x) + f(p))/2, then normalized.
        for (int j = 0; j < BLOCK; j++) {
            double px = w[PX + j], py = w[PY + j], pz = w[PZ + j];
            double u = w[U + j], v = w[V + j], e = w[W + j];
            double pu = px * u + py * v + pz * e;
            s[x + j] += 0.5 * (w[FX + j] + pu * px - u);
            s[y + j] += 0.5 * (w[FY + j] + pu * py - v);
            s[z + j] += 0.5 * (w[FZ + j] + pu * pz - e);
        }
    }

    /** {@code x ← x/|x|} for the block's tokens (two loops: the inverse norms into {@code R}, then the scaling). */
    private void normalize(double[] s) {
        double[] w = t;
        for (int j = 0; j < BLOCK; j++) {
            double a = s[j], b = s[BLOCK + j], c = s[2 * BLOCK + j];
            w[R + j] = 1 / Math.sqrt(a * a + b * b + c * c);
        }
        scale(s);
    }

    private void scale(double[] s) {
        double[] w = t;
        for (int j = 0; j < BLOCK; j++) {
            double r = w[R + j];
            s[j] *= r;
            s[BLOCK + j] *= r;
            s[2 * BLOCK + j] *= r;
        }
    }

    /**
     * {@code (U, V, W) = q·v + l} into the work runs, {@code q} symmetric 3×3, where {@code v} is the block's
     * coordinates ({@code src} = the block) or the predictor runs ({@code src} = the work array).
     */
    private static void multiplySymmetric(double[] q, double l0, double l1, double l2, double[] src, double[] w) {
        double q00 = q[0], q01 = q[1], q02 = q[2], q11 = q[4], q12 = q[5], q22 = q[8];
        int ox = src == w ? PX : 0;
        for (int j = 0; j < BLOCK; j++) {
            double a = src[ox + j], b = src[ox + BLOCK + j], c = src[ox + 2 * BLOCK + j];
            w[U + j] = q00 * a + q01 * b + q02 * c + l0;
            w[V + j] = q01 * a + q11 * b + q12 * c + l1;
            w[W + j] = q02 * a + q12 * b + q22 * c + l2;
        }
    }

}
