package org.tokensphere.model;

/**
 * The per-token stochastic step (MATH.md §6), as pure functions of (position, shared step inputs, the token's
 * private increments) writing the new position in place and returning the square of the chord it moved.
 * Scratch buffers come from the caller. One token at a time: these serve tokens with private noise and the
 * Lyapunov test pairs; tokens driven by the shared increments alone go through {@link TokenTiles} and
 * {@link Block3}, which compute the same steps for many tokens at once.
 */
final class TokenKernels {
    private TokenKernels() {
    }

    /** Per-thread work space for one token at a time. */
    static final class Scratch {
        final double[] privateQ;
        final double[] independent;
        final double[] z1;
        final double[] z2;
        final double[] a;
        final double[] b;
        final double[] c;
        final double[] e;
        /** The token's coordinates, copied to index 0. */
        final double[] v;
        /** The private quadratic increment as rows. */
        final double[][] privateRows;

        Scratch(int d) {
            int m = Gaussians.symmetricEntries(d);
            privateQ = new double[d * d];
            independent = new double[d];
            z1 = new double[m];
            z2 = new double[m];
            a = new double[d];
            b = new double[d];
            c = new double[d];
            e = new double[d];
            v = new double[d];
            privateRows = new double[d][d];
        }
    }

    /**
     * Splitting step: the exact flows of each frozen term in turn: {@code x ← E x/|E x|} with
     * {@code E = exp(−ΔQ)}, then the private quadratic part (its exponential by a 4th-order series, the
     * increment being {@code O(√h)}), then the Möbius map of the bias, then the Möbius map of the independent noise.
     *
     * @param privateQ the token's private quadratic increment, or null
     * @param indep    the token's independent increment {@code σ_ind ΔW_i}, or null
     * @return the square of the chord from the old to the new position (NaN if the new one is not finite)
     */
    static double splitting(double[] x, int off, StepInputs in, double[] privateQ, double[] indep, Scratch s) {
        int d = in.d;
        System.arraycopy(x, off, s.v, 0, d);
        if (in.quadratic) {
            Linalg.multiplySymmetric(in.expRows, s.v, s.a, d);
            copyNormalized(s.a, x, off, d);
        }
        if (privateQ != null) {
            Linalg.toRows(privateQ, s.privateRows, d);
            expNegSeries(s.privateRows, x, off, s, d);
        }
        if (in.bias) {
            mobius(x, off, in.biasUnit, 0, in.biasNorm, in.biasCosh, in.biasSinh, d);
        }
        if (indep != null) {
            double norm = Math.sqrt(Linalg.dot(indep, 0, indep, 0, d));
            if (norm > 0) {
                for (int k = 0; k < d; k++) {
                    s.c[k] = -indep[k] / norm;
                }
                mobius(x, off, s.c, 0, norm, Math.cosh(norm), Math.sinh(norm), d);
            }
        }
        return chordSquared(x, off, s.v, d);
    }

    /**
     * Stratonovich Heun step with the same increments in both stages: with
     * {@code f(x) = −P_x(ΔQ_i x + ΔL − σ_ind ΔW_i)}, predictor {@code y = (x + f(x))/|·|}, corrector
     * {@code x ← (x + (f(x) + f(y))/2)/|·|}.
     *
     * @return the square of the chord from the old to the new position (NaN if the new one is not finite)
     */
    static double heun(double[] x, int off, StepInputs in, double[] privateQ, double[] indep, Scratch s) {
        int d = in.d;
        double[][] q = null;
        if (privateQ != null) {
            Linalg.toRows(privateQ, s.privateRows, d);
            q = s.privateRows;
        }
        System.arraycopy(x, off, s.v, 0, d);
        tangentIncrement(s.v, in, q, indep, s.a, s.c, d);
        for (int k = 0; k < d; k++) {
            s.b[k] = x[off + k] + s.a[k];
        }
        Linalg.normalize(s.b, 0, d);
        double[] fy = s.c;
        tangentIncrement(s.b, in, q, indep, fy, s.e, d);
        for (int k = 0; k < d; k++) {
            x[off + k] += 0.5 * (s.a[k] + fy[k]);
        }
        Linalg.normalize(x, off, d);
        return chordSquared(x, off, s.v, d);
    }

    /** {@code |x[off..] − old|²}. */
    private static double chordSquared(double[] x, int off, double[] old, int d) {
        double c = 0;
        for (int k = 0; k < d; k++) {
            double e = x[off + k] - old[k];
            c += e * e;
        }
        return c;
    }

    /** {@code f = −P_x u} with {@code u = ΔQ x + q_i x + ΔL − w_i} for {@code x} at index 0; {@code work} is scratch. */
    private static void tangentIncrement(double[] x, StepInputs in, double[][] privateQ, double[] indep,
                                         double[] f, double[] work, int d) {
        Linalg.multiplySymmetric(in.dQRows, x, work, d);
        if (privateQ != null) {
            Linalg.addMultiplySymmetric(privateQ, x, work, d);
        }
        for (int i = 0; i < d; i++) {
            work[i] += in.dL[i] - (indep == null ? 0 : indep[i]);
        }
        double xu = 0;
        for (int k = 0; k < d; k++) {
            xu += x[k] * work[k];
        }
        for (int k = 0; k < d; k++) {
            f[k] = -work[k] + xu * x[k];
        }
    }

    /** {@code x ← exp(−B)x/|·|} by the series {@code Σ_{k≤4} (−B)^k x/k!}. */
    private static void expNegSeries(double[][] b, double[] x, int off, Scratch s, int d) {
        System.arraycopy(x, off, s.a, 0, d);
        double[] term = s.a;
        double[] next = s.b;
        double[] sum = s.c;
        System.arraycopy(x, off, sum, 0, d);
        for (int order = 1; order <= 4; order++) {
            Linalg.multiplySymmetric(b, term, next, d);
            double f = -1.0 / order;
            for (int k = 0; k < d; k++) {
                next[k] *= f;
                sum[k] += next[k];
            }
            double[] t = term;
            term = next;
            next = t;
        }
        copyNormalized(sum, x, off, d);
    }

    /**
     * Exact flow of {@code dx = −P_x w} over unit time for frozen {@code w = a·ŵ} (a Möbius map of the sphere):
     * {@code x ← (x + (c(cosh a − 1) − sinh a) ŵ) / (cosh a − c sinh a)}, {@code c = ⟨x, ŵ⟩}; renormalized
     * against rounding.
     */
    static void mobius(double[] x, int off, double[] unit, int unitOff, double a, double cosh, double sinh, int d) {
        double c = 0;
        for (int k = 0; k < d; k++) {
            c += x[off + k] * unit[unitOff + k];
        }
        double coef = c * (cosh - 1) - sinh;
        double inv = 1 / (cosh - c * sinh);
        for (int k = 0; k < d; k++) {
            x[off + k] = (x[off + k] + coef * unit[unitOff + k]) * inv;
        }
        Linalg.normalize(x, off, d);
    }

    private static void copyNormalized(double[] src, double[] x, int off, int d) {
        double s = 0;
        for (int k = 0; k < d; k++) {
            s += src[k] * src[k];
        }
        double inv = 1 / Math.sqrt(s);
        for (int k = 0; k < d; k++) {
            x[off + k] = src[k] * inv;
        }
    }
}
