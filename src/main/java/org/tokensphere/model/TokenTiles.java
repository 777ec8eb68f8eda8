package org.tokensphere.model;

/**
 * The splitting and Heun steps of {@link TokenKernels} for tokens driven by the shared increments alone, in any
 * dimension, on the row-major positions: tokens go in pairs, so each row of the {@code d×d} matrix ({@code E} or
 * {@code ΔQ}) loaded from memory serves two tokens, and the matrix–vector products are summed four rows at a time
 * (measured at d = 64: 1.9× one token at a time with one row at a time). Every loop runs over arrays indexed from 0,
 * which the JIT compiler vectorizes. Dot products use four partial sums (one running sum is a chain of dependent
 * additions). Each token's new position and chord are checked ({@link StepCheck}); the chord only when the step's
 * bound does not already exclude a long one ({@link StepInputs#exactChords()}).
 */
final class TokenTiles {
    private TokenTiles() {
    }

    /** Per-thread work space for a pair of tokens. */
    static final class Work {
        final double[] u0;
        final double[] u1;
        final double[] f0;
        final double[] f1;
        final double[] y0;
        final double[] y1;
        final double[] zero;
        /** Results of {@link #dots2} and {@link #dots4}. */
        final double[] sums = new double[4];

        Work(int d) {
            u0 = new double[d];
            u1 = new double[d];
            f0 = new double[d];
            f1 = new double[d];
            y0 = new double[d];
            y1 = new double[d];
            zero = new double[d];
        }
    }

    /** Tokens per chunk in dimension {@code d}: about the work of {@link Parallel#CHUNK} tokens at d = 3, even. */
    static int chunkTokens(int d) {
        return Math.max(32, (Parallel.CHUNK * 3 / d) & ~1);
    }

    /** Splitting steps of tokens {@code [from, to)} (chunk {@code chunk}) with the shared inputs {@code in}. */
    static void splitting(double[] x, int from, int to, StepInputs in, Work w, StepCheck check, int chunk) {
        int d = in.d;
        boolean chords = in.exactChords();
        int i = from;
        for (; i + 1 < to; i += 2) {
            if (in.quadratic) {
                multiply(in.expRows, x, i * d, x, (i + 1) * d, w.zero, w.y0, w.y1, d);
            } else {
                System.arraycopy(x, i * d, w.y0, 0, d);
                System.arraycopy(x, (i + 1) * d, w.y1, 0, d);
            }
            splittingFinish(x, i, w.y0, in, chords, check, chunk, w.sums);
            splittingFinish(x, i + 1, w.y1, in, chords, check, chunk, w.sums);
        }
        if (i < to) {
            // The last token of an odd count: the pair product with itself (one product wasted, once per chunk).
            if (in.quadratic) {
                multiply(in.expRows, x, i * d, x, i * d, w.zero, w.y0, w.y1, d);
            } else {
                System.arraycopy(x, i * d, w.y0, 0, d);
            }
            splittingFinish(x, i, w.y0, in, chords, check, chunk, w.sums);
        }
    }

    /**
     * Token {@code i} from {@code y = E x_i}: {@code r = |y|}, the Möbius image of {@code y/r} under the bias,
     * {@code z = (y + (p(cosh a − 1) − r sinh a) ŵ) / (r cosh a − p sinh a)}, {@code p = ⟨y, ŵ⟩}, normalized.
     * The chord follows from {@code ⟨z, x⟩ = q(⟨y, x⟩ + coef ⟨ŵ, x⟩)} with {@code q} the divisor's inverse.
     */
    private static void splittingFinish(double[] x, int i, double[] y, StepInputs in, boolean chords,
                                        StepCheck check, int chunk, double[] sums) {
        int d = in.d;
        int off = i * d;
        double[] u = in.biasUnit;
        // All four sums in one pass even when the chord is not needed: measured faster than two sums in two chains each.
        dots4(y, u, x, off, d, sums);
        double yy = sums[0];
        double yu = sums[1];
        double yx = sums[2];
        double ux = sums[3];
        double r = Math.sqrt(yy);
        double coef = yu * (in.biasCosh - 1) - r * in.biasSinh;
        double q = 1 / (r * in.biasCosh - yu * in.biasSinh);
        for (int k = 0; k < d; k++) {
            x[off + k] = (y[k] + coef * u[k]) * q;
        }
        double zz = dot(x, off, x, off, d);
        double inv = 1 / Math.sqrt(zz);
        for (int k = 0; k < d; k++) {
            x[off + k] *= inv;
        }
        finish(zz, chords, chords ? q * (yx + coef * ux) * inv : 1, check, chunk, i, x, off, d);
    }

    /** Heun steps of tokens {@code [from, to)} (chunk {@code chunk}) with the shared inputs {@code in}. */
    static void heun(double[] x, int from, int to, StepInputs in, Work w, StepCheck check, int chunk) {
        int d = in.d;
        boolean chords = in.exactChords();
        int i = from;
        for (; i + 1 < to; i += 2) {
            multiply(in.dQRows, x, i * d, x, (i + 1) * d, in.dL, w.u0, w.u1, d);
            double r0 = predictor(x, i * d, w.u0, w.f0, w.y0, d, w.sums);
            double r1 = predictor(x, (i + 1) * d, w.u1, w.f1, w.y1, d, w.sums);
            multiply(in.dQRows, w.y0, 0, w.y1, 0, in.dL, w.u0, w.u1, d);
            corrector(x, i, w.u0, w.f0, w.y0, r0, in, chords, check, chunk, w.sums);
            corrector(x, i + 1, w.u1, w.f1, w.y1, r1, in, chords, check, chunk, w.sums);
        }
        if (i < to) {
            // The last token of an odd count: the pair product with itself (one product wasted, once per chunk).
            multiply(in.dQRows, x, i * d, x, i * d, in.dL, w.u0, w.u1, d);
            double r0 = predictor(x, i * d, w.u0, w.f0, w.y0, d, w.sums);
            multiply(in.dQRows, w.y0, 0, w.y0, 0, in.dL, w.u0, w.u1, d);
            corrector(x, i, w.u0, w.f0, w.y0, r0, in, chords, check, chunk, w.sums);
        }
    }

    /**
     * From {@code u = ΔQ x + ΔL}: {@code f = ⟨x, u⟩x − u} into {@code f}, the predictor {@code y = (x + f)/|x + f|}
     * into {@code y}; returns {@code 1/|x + f|}. With {@code |x| = 1} and {@code f ⟂ x},
     * {@code |x + f|² = 1 + |u|² − ⟨x, u⟩²}, so one pass gives both sums.
     */
    private static double predictor(double[] x, int off, double[] u, double[] f, double[] y, int d, double[] sums) {
        dots2(u, 0, x, off, u, 0, d, sums);
        double xu = sums[0];
        double inv = 1 / Math.sqrt(1 + sums[1] - xu * xu);
        for (int k = 0; k < d; k++) {
            double fk = xu * x[off + k] - u[k];
            f[k] = fk;
            y[k] = (x[off + k] + fk) * inv;
        }
        return inv;
    }

    /**
     * From {@code u = ΔQ y + ΔL}: {@code x ← z/|z|}, {@code z = x + (f + ⟨y, u⟩y − u)/2}. The chord follows from
     * {@code ⟨z, x⟩ = 1 + (⟨y, u⟩⟨y, x⟩ − ⟨u, x⟩)/2} with {@code ⟨f, x⟩ = 0} and {@code ⟨y, x⟩ = 1/|x + f|}.
     */
    private static void corrector(double[] x, int i, double[] u, double[] f, double[] y, double predictorInv,
                                  StepInputs in, boolean chords, StepCheck check, int chunk, double[] sums) {
        int d = in.d;
        int off = i * d;
        double yu;
        double ux = 0;
        if (chords) {
            dots2(u, 0, y, 0, x, off, d, sums);
            yu = sums[0];
            ux = sums[1];
        } else {
            yu = dot(y, 0, u, 0, d);
        }
        for (int k = 0; k < d; k++) {
            x[off + k] += 0.5 * (f[k] + yu * y[k] - u[k]);
        }
        double zz = dot(x, off, x, off, d);
        double inv = 1 / Math.sqrt(zz);
        for (int k = 0; k < d; k++) {
            x[off + k] *= inv;
        }
        finish(zz, chords, chords ? (1 + 0.5 * (yu * predictorInv - ux)) * inv : 1, check, chunk, i, x, off, d);
    }

    /**
     * Checks token {@code i}, just normalized from {@code z} with {@code |z|² = zz}: a finite non-zero {@code z}
     * gives a unit vector, so only {@code zz} is looked at; when the step's bound does not exclude a long chord
     * ({@code chords}), {@code cosine = ⟨x_new, x_old⟩} gives the chord {@code √(2 − 2 cosine)}.
     */
    private static void finish(double zz, boolean chords, double cosine, StepCheck check, int chunk, int i,
                               double[] x, int off, int d) {
        if (!StepCheck.ENABLED) {
            return;
        }
        if (!(zz > Double.MIN_NORMAL && zz < Double.MAX_VALUE)) {
            check.checkPosition(x, off, d, chunk, i);
        }
        if (chords) {
            check.checkChord(2 - 2 * cosine, chunk, i);
        }
    }

    /** {@code (out0, out1) = q·(a[ao..], b[bo..]) + l} for symmetric {@code q} given by its rows. */
    static void multiply(double[][] q, double[] a, int ao, double[] b, int bo, double[] l, double[] out0,
                         double[] out1, int d) {
        // A plain loop: after System.arraycopy into out0 and out1 the loop below is not vectorized (2.2× slower).
        for (int j = 0; j < d; j++) {
            out0[j] = l[j];
            out1[j] = l[j];
        }
        int k = 0;
        for (; k + 3 < d; k += 4) {
            double a0 = a[ao + k];
            double a1 = a[ao + k + 1];
            double a2 = a[ao + k + 2];
            double a3 = a[ao + k + 3];
            double b0 = b[bo + k];
            double b1 = b[bo + k + 1];
            double b2 = b[bo + k + 2];
            double b3 = b[bo + k + 3];
            double[] r0 = q[k];
            double[] r1 = q[k + 1];
            double[] r2 = q[k + 2];
            double[] r3 = q[k + 3];
            for (int j = 0; j < d; j++) {
                double q0 = r0[j];
                double q1 = r1[j];
                double q2 = r2[j];
                double q3 = r3[j];
                out0[j] += a0 * q0 + a1 * q1 + a2 * q2 + a3 * q3;
                out1[j] += b0 * q0 + b1 * q1 + b2 * q2 + b3 * q3;
            }
        }
        for (; k < d; k++) {
            double a0 = a[ao + k];
            double b0 = b[bo + k];
            double[] r0 = q[k];
            for (int j = 0; j < d; j++) {
                out0[j] += a0 * r0[j];
                out1[j] += b0 * r0[j];
            }
        }
    }

    /** {@code sums[0] = ⟨a, b⟩}, {@code sums[1] = ⟨a, c⟩} (from the offsets), in one pass, two partial sums each. */
    static void dots2(double[] a, int ao, double[] b, int bo, double[] c, int co, int d, double[] sums) {
        double s0 = 0;
        double s1 = 0;
        double t0 = 0;
        double t1 = 0;
        int k = 0;
        for (; k + 1 < d; k += 2) {
            double a0 = a[ao + k];
            double a1 = a[ao + k + 1];
            s0 += a0 * b[bo + k];
            s1 += a1 * b[bo + k + 1];
            t0 += a0 * c[co + k];
            t1 += a1 * c[co + k + 1];
        }
        if (k < d) {
            s0 += a[ao + k] * b[bo + k];
            t0 += a[ao + k] * c[co + k];
        }
        sums[0] = s0 + s1;
        sums[1] = t0 + t1;
    }

    /**
     * {@code sums = (⟨y, y⟩, ⟨y, u⟩, ⟨y, x⟩, ⟨u, x⟩)} for {@code y}, {@code u} from index 0 and {@code x} from
     * {@code xo}, in one pass.
     */
    static void dots4(double[] y, double[] u, double[] x, int xo, int d, double[] sums) {
        double yy = 0;
        double yu = 0;
        double yx = 0;
        double ux = 0;
        for (int k = 0; k < d; k++) {
            double a = y[k];
            double b = u[k];
            double c = x[xo + k];
            yy += a * a;
            yu += a * b;
            yx += a * c;
            ux += b * c;
        }
        sums[0] = yy;
        sums[1] = yu;
        sums[2] = yx;
        sums[3] = ux;
    }

    /** {@code ⟨a[ao..], b[bo..]⟩} over {@code d} components, in four partial sums. */
    static double dot(double[] a, int ao, double[] b, int bo, int d) {
        double s0 = 0;
        double s1 = 0;
        double s2 = 0;
        double s3 = 0;
        int k = 0;
        for (; k + 3 < d; k += 4) {
            s0 += a[ao + k] * b[bo + k];
            s1 += a[ao + k + 1] * b[bo + k + 1];
            s2 += a[ao + k + 2] * b[bo + k + 2];
            s3 += a[ao + k + 3] * b[bo + k + 3];
        }
        for (; k < d; k++) {
            s0 += a[ao + k] * b[bo + k];
        }
        return (s0 + s1) + (s2 + s3);
    }
}
