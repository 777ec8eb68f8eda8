package org.tokensphere.model;

/**
 * The per-token steps specialised to {@code d = 3} with shared driving only (no private or independent noise):
 * tokens are gathered into three coordinate arrays in blocks, stepped by straight-line loops the JIT compiler
 * turns into SIMD code, and scattered back. Same arithmetic as {@link TokenKernels}, to rounding.
 */
final class Block3 {
    /** Tokens per block. */
    static final int BLOCK = 256;

    /**
     * The block's coordinates: x at {@code [0, BLOCK)}, y at {@code [BLOCK, 2·BLOCK)}, z at {@code [2·BLOCK, 3·BLOCK)}.
     * One array rather than three, so the compiler can prove the three runs never overlap and vectorize.
     */
    private final double[] b = new double[3 * BLOCK];

    /** Steps tokens {@code [from, to)} of {@code x} (row-major, d = 3). */
    void step(double[] x, int from, int to, StepInputs in, boolean heun) {
        for (int start = from; start < to; start += BLOCK) {
            int len = Math.min(BLOCK, to - start);
            for (int j = 0, o = 3 * start; j < len; j++, o += 3) {
                b[j] = x[o];
                b[BLOCK + j] = x[o + 1];
                b[2 * BLOCK + j] = x[o + 2];
            }
            if (heun) {
                heun(len, in);
            } else if (in.quadratic && in.bias) {
                quadraticThenMobius(len, in);
            } else {
                if (in.quadratic) {
                    quadratic(len, in.expQ);
                }
                if (in.bias) {
                    mobius(len, in);
                }
            }
            for (int j = 0, o = 3 * start; j < len; j++, o += 3) {
                x[o] = b[j];
                x[o + 1] = b[BLOCK + j];
                x[o + 2] = b[2 * BLOCK + j];
            }
        }
    }

    private void quadratic(int len, double[] e) {
        double e00 = e[0], e01 = e[1], e02 = e[2], e10 = e[3], e11 = e[4], e12 = e[5], e20 = e[6], e21 = e[7],
                e22 = e[8];
        double[] s = b;
        for (int j = 0; j < len; j++) {
            double x = s[j], y = s[BLOCK + j], z = s[2 * BLOCK + j];
            double u = e00 * x + e01 * y + e02 * z;
            double v = e10 * x + e11 * y + e12 * z;
            double w = e20 * x + e21 * y + e22 * z;
            double inv = 1 / Math.sqrt(u * u + v * v + w * w);
            s[j] = u * inv;
            s[BLOCK + j] = v * inv;
            s[2 * BLOCK + j] = w * inv;
        }
    }

    /**
     * {@link #quadratic} then {@link #mobius} in one pass, rearranged to one square root and one division per token:
     * with {@code y = E x}, {@code r = |y|}, {@code p = ⟨y, ŵ⟩}, the Möbius image of {@code y/r} is
     * {@code (y + (p(cosh a − 1) − r sinh a) ŵ) / (r cosh a − p sinh a)}, a unit vector up to rounding, which one
     * Newton step {@code x ← x(3 − |x|²)/2} removes (its error is of the order of the rounding error squared).
     */
    private void quadraticThenMobius(int len, StepInputs in) {
        double[] e = in.expQ;
        double e00 = e[0], e01 = e[1], e02 = e[2], e10 = e[3], e11 = e[4], e12 = e[5], e20 = e[6], e21 = e[7],
                e22 = e[8];
        double wx = in.biasUnit[0], wy = in.biasUnit[1], wz = in.biasUnit[2];
        double ch = in.biasCosh, sh = in.biasSinh, chm1 = ch - 1;
        double[] s = b;
        for (int j = 0; j < len; j++) {
            double x = s[j], y = s[BLOCK + j], z = s[2 * BLOCK + j];
            double u = e00 * x + e01 * y + e02 * z;
            double v = e10 * x + e11 * y + e12 * z;
            double w = e20 * x + e21 * y + e22 * z;
            double r = Math.sqrt(u * u + v * v + w * w);
            double p = u * wx + v * wy + w * wz;
            double coef = p * chm1 - r * sh;
            double q = 1 / (r * ch - p * sh);
            double nx = (u + coef * wx) * q;
            double ny = (v + coef * wy) * q;
            double nz = (w + coef * wz) * q;
            double newton = 1.5 - 0.5 * (nx * nx + ny * ny + nz * nz);
            s[j] = nx * newton;
            s[BLOCK + j] = ny * newton;
            s[2 * BLOCK + j] = nz * newton;
        }
    }

    private void mobius(int len, StepInputs in) {
        double wx = in.biasUnit[0], wy = in.biasUnit[1], wz = in.biasUnit[2];
        double ch = in.biasCosh, sh = in.biasSinh, chm1 = ch - 1;
        double[] s = b;
        for (int j = 0; j < len; j++) {
            double x = s[j], y = s[BLOCK + j], z = s[2 * BLOCK + j];
            double c = x * wx + y * wy + z * wz;
            double coef = c * chm1 - sh;
            double den = 1 / (ch - c * sh);
            double u = (x + coef * wx) * den;
            double v = (y + coef * wy) * den;
            double w = (z + coef * wz) * den;
            double inv = 1 / Math.sqrt(u * u + v * v + w * w);
            s[j] = u * inv;
            s[BLOCK + j] = v * inv;
            s[2 * BLOCK + j] = w * inv;
        }
    }

    /** Heun with {@code f(x) = −P_x(ΔQ x + ΔL)}, as {@link TokenKernels#heun} for shared increments. */
    private void heun(int len, StepInputs in) {
        double[] q = in.dQ;
        double q00 = q[0], q01 = q[1], q02 = q[2], q11 = q[4], q12 = q[5], q22 = q[8];
        double l0 = in.dL[0], l1 = in.dL[1], l2 = in.dL[2];
        double[] s = b;
        for (int j = 0; j < len; j++) {
            double x = s[j], y = s[BLOCK + j], z = s[2 * BLOCK + j];
            double u = q00 * x + q01 * y + q02 * z + l0;
            double v = q01 * x + q11 * y + q12 * z + l1;
            double w = q02 * x + q12 * y + q22 * z + l2;
            double xu = x * u + y * v + z * w;
            double fx = -u + xu * x, fy = -v + xu * y, fz = -w + xu * z;
            double px = x + fx, py = y + fy, pz = z + fz;
            double pinv = 1 / Math.sqrt(px * px + py * py + pz * pz);
            px *= pinv;
            py *= pinv;
            pz *= pinv;
            double u2 = q00 * px + q01 * py + q02 * pz + l0;
            double v2 = q01 * px + q11 * py + q12 * pz + l1;
            double w2 = q02 * px + q12 * py + q22 * pz + l2;
            double pu = px * u2 + py * v2 + pz * w2;
            double gx = -u2 + pu * px, gy = -v2 + pu * py, gz = -w2 + pu * pz;
            double nx = x + 0.5 * (fx + gx), ny = y + 0.5 * (fy + gy), nz = z + 0.5 * (fz + gz);
            double inv = 1 / Math.sqrt(nx * nx + ny * ny + nz * nz);
            s[j] = nx * inv;
            s[BLOCK + j] = ny * inv;
            s[2 * BLOCK + j] = nz * inv;
        }
    }
}
