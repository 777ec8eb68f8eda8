package org.tokensphere.model.theory;

/**
 * One long-context attention layer on equiangular inputs (MATH.md §8; Rigollet (2025), §6.3, Theorem 7): unit
 * tokens with {@code ⟨x_i, x_j⟩ = ρ ∈ (0, 1)} ({@code i ≠ j}), SA weights at {@code β = γ log n},
 * {@code ATT(x_i) = Σ_j A_ij x_j = r_i θ_i}. With {@code a = A_ii}, {@code b = A_ij} and
 * {@code x_i = √ρ u + √(1−ρ) e_i} ({@code u, e_1 … e_n} orthonormal) the output cosine is exactly
 *
 * <pre>    ⟨θ_i, θ_j⟩ = (ρ + (1−ρ)(2ab + (n−2)b²)) / (ρ + (1−ρ)(a² + (n−1)b²)),</pre>
 *
 * and as {@code n → ∞} it tends to 1 below the critical {@code γ = 1/(1−ρ)}, to {@code 4ρ/(1+3ρ)} at it and to
 * {@code ρ} above. {@link #fromVectors} computes the same cosine from real token vectors in {@code R^d}.
 */
public final class AttentionLayer {
    /** Largest {@code n} {@link #fromVectors} accepts (its cost is {@code O(n d)}, its memory {@code O(d)}). */
    public static final int MAX_VECTOR_TOKENS = 4096;

    private AttentionLayer() {
    }

    /** The critical {@code γ = 1/(1 − ρ)} of Theorem 7. */
    public static double criticalGamma(double rho) {
        return 1 / (1 - rho);
    }

    /** The {@code n → ∞} limit of the output cosine (Theorem 7). */
    public static double limit(double rho, double gamma) {
        double critical = criticalGamma(rho);
        if (Math.abs(gamma - critical) <= 1e-12 * critical) {
            return 4 * rho / (1 + 3 * rho);
        }
        return gamma < critical ? 1 : rho;
    }

    /**
     * The output cosine by the reduced formula, for {@code n ≥ 2} tokens (any size: the weights are formed as
     * {@code b/a = n^{−γ(1−ρ)}}, which cannot overflow).
     */
    public static double reduced(double n, double rho, double gamma) {
        check(n, rho, gamma);
        // a = 1 / (1 + (n−1) b/a), b = a · b/a.
        double ratio = Math.exp(-gamma * (1 - rho) * Math.log(n));
        double a = 1 / (1 + (n - 1) * ratio);
        double b = a * ratio;
        double numerator = rho + (1 - rho) * (2 * a * b + (n - 2) * b * b);
        double denominator = rho + (1 - rho) * (a * a + (n - 1) * b * b);
        return numerator / denominator;
    }

    /**
     * The output cosine {@code ⟨θ_0, θ_1⟩} from real vectors: the {@code n} tokens
     * {@code x_j = H(√ρ e_0 + √(1−ρ) e_{j+1})} in {@code R^d} ({@code d ≥ n + 1}), {@code H = I − 2vvᵀ} a Householder
     * reflection of a fixed unit vector {@code v} with every coordinate non-zero (so that no coordinate is
     * special); the weights {@code softmax_j(β⟨x_i, x_j⟩)} from the computed products, the outputs
     * {@code Σ_j A_ij x_j}, their cosine. Tokens are generated on the fly: memory {@code O(d)}.
     */
    public static double fromVectors(int n, double rho, double gamma, int d) {
        check(n, rho, gamma);
        if (n > MAX_VECTOR_TOKENS || d < n + 1) {
            throw new IllegalArgumentException("real vectors need n <= " + MAX_VECTOR_TOKENS + " and d >= n + 1 (got n = "
                    + n + ", d = " + d + ")");
        }
        double beta = gamma * Math.log(n);
        double[] v = new double[d];
        double s = 0;
        for (int k = 0; k < d; k++) {
            v[k] = 1 + 0.5 * Math.sin(1.7 * k + 0.3);
            s += v[k] * v[k];
        }
        for (int k = 0; k < d; k++) {
            v[k] /= Math.sqrt(s);
        }
        double[] x0 = token(0, n, rho, v, new double[d]);
        double[] x1 = token(1, n, rho, v, new double[d]);
        double[] xj = new double[d];
        // Stable softmax: each row's largest product is ⟨x_i, x_i⟩ = 1, so the weights are e^{β(⟨x_i,x_j⟩ − 1)}.
        double[] out0 = new double[d];
        double[] out1 = new double[d];
        double z0 = 0;
        double z1 = 0;
        for (int j = 0; j < n; j++) {
            token(j, n, rho, v, xj);
            double w0 = Math.exp(beta * (dot(x0, xj) - 1));
            double w1 = Math.exp(beta * (dot(x1, xj) - 1));
            z0 += w0;
            z1 += w1;
            for (int k = 0; k < d; k++) {
                out0[k] += w0 * xj[k];
                out1[k] += w1 * xj[k];
            }
        }
        for (int k = 0; k < d; k++) {
            out0[k] /= z0;
            out1[k] /= z1;
        }
        return dot(out0, out1) / Math.sqrt(dot(out0, out0) * dot(out1, out1));
    }

    /** Token {@code j} into {@code x}: {@code H(√ρ e_0 + √(1−ρ) e_{j+1})}, {@code H = I − 2vvᵀ}. */
    private static double[] token(int j, int n, double rho, double[] v, double[] x) {
        java.util.Arrays.fill(x, 0);
        x[0] = Math.sqrt(rho);
        x[j + 1] = Math.sqrt(1 - rho);
        double along = 2 * dot(v, x);
        for (int k = 0; k < x.length; k++) {
            x[k] -= along * v[k];
        }
        return x;
    }

    private static double dot(double[] a, double[] b) {
        double s = 0;
        for (int k = 0; k < a.length; k++) {
            s += a[k] * b[k];
        }
        return s;
    }

    private static void check(double n, double rho, double gamma) {
        if (!(n >= 2) || n != Math.rint(n)) {
            throw new IllegalArgumentException("n must be a whole number >= 2, got " + n);
        }
        if (!(rho > 0 && rho < 1)) {
            throw new IllegalArgumentException("rho must be in (0, 1), got " + rho);
        }
        if (!(gamma > 0) || Double.isInfinite(gamma)) {
            throw new IllegalArgumentException("gamma must be positive and finite, got " + gamma);
        }
    }
}
