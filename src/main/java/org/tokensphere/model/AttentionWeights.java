package org.tokensphere.model;

/**
 * The attention weights {@code e^{β⟨θ_i,θ_j⟩}} by an exponential that the JIT vectorizes (plain arithmetic, no
 * table, no bit tricks): with {@code m} squarings chosen from {@code β} so that {@code 2^m ≥ 8β}, the argument
 * {@code r = β(⟨θ_i,θ_j⟩ − 1)/2^m + 1/8} lies in {@code [−1/8, 1/8]} for unit vectors, a degree-8 polynomial gives
 * {@code e^r} and {@code m} squarings give
 *
 * <pre>    w = (e^r)^(2^m) = e^{β⟨θ_i,θ_j⟩} · e^{−β + 2^m/8}.</pre>
 *
 * The constant factor {@link #logFactor} cancels in SA and is divided out for USA. The weights stay in
 * {@code [e^{−2β+2^m/8}, e^{2^m/8}] ⊂ [e^{−200}, e^{128}]} for {@code β ≤ 100}: no overflow, no underflow.
 *
 * <p>Error: the polynomial (near-minimax on {@code [−1/8, 1/8]}, coefficients fitted to 40 digits) is within
 * {@link #POLYNOMIAL_ERROR} of {@code e^r} relative, rounding included (1.9·10⁻¹⁶ measured at 20 000 points
 * against 40-digit arithmetic); each squaring doubles the relative error and adds one rounding, so
 * {@code |w / e^{2^m r} − 1| ≤ 2^m · }{@link #ERROR_PER_SQUARING_UNIT}, {@link #relativeErrorBound(double)}: about
 * {@code 3·10⁻¹⁵} at {@code β = 1}, {@code 5·10⁻¹⁴} at {@code β = 9}, {@code 4·10⁻¹³} at {@code β = 100}. That is
 * far below what any observable resolves, but it is not {@code Math.exp} to the last bit, which is why the kernel
 * is tested against a plain {@code Math.exp} reference with this bound ({@code AttentionKernelTest}).
 */
final class AttentionWeights {
    /** Relative error of the polynomial {@code p(r) ≈ e^r} on {@code [−1/8, 1/8]}, evaluation rounding included. */
    static final double POLYNOMIAL_ERROR = 2.5e-16;
    /** The bound of the weights after {@code m} squarings is {@code 2^m} times this (polynomial error plus one rounding, with slack). */
    static final double ERROR_PER_SQUARING_UNIT = 4e-16;

    // e^r ≈ Σ C_k r^k on [−1/8, 1/8] (Chebyshev fit of degree 8).
    private static final double C1 = 0.9999999999999942;
    private static final double C2 = 0.49999999999999944;
    private static final double C3 = 0.16666666667159583;
    private static final double C4 = 0.041666666667159555;
    private static final double C5 = 0.008333332197688665;
    private static final double C6 = 0.0013888887753297243;
    private static final double C7 = 0.00019850960025800983;
    private static final double C8 = 2.481127714200542e-05;

    private AttentionWeights() {
    }

    /** The number {@code m ≥ 0} of squarings for {@code β ≥ 0}: the smallest with {@code 2^m ≥ 8β}. */
    static int squarings(double beta) {
        int m = 0;
        while (Math.scalb(1.0, m) < 8 * beta) {
            m++;
        }
        return m;
    }

    /** The slope {@code a = β/2^m} of the argument {@code r = a⟨θ_i,θ_j⟩ + (1/8 − a)}. */
    static double slope(double beta) {
        return Math.scalb(beta, -squarings(beta));
    }

    /** {@code ln} of the factor {@code w / e^{β⟨θ_i,θ_j⟩} = e^{2^m/8 − β}}. */
    static double logFactor(double beta) {
        return Math.scalb(1.0, squarings(beta)) / 8 - beta;
    }

    /** The bound on {@code |w / e^{β⟨θ_i,θ_j⟩ + logFactor} − 1|} for a given argument, at this {@code β}. */
    static double relativeErrorBound(double beta) {
        return Math.scalb(ERROR_PER_SQUARING_UNIT, squarings(beta));
    }

    /** Replaces each argument {@code r} in {@code w[from, to)} by {@code (e^r)^(2^m)}. */
    static void evaluate(double[] w, int from, int to, int m) {
        switch (Math.min(m, 3)) {
            case 0 -> polynomial(w, from, to);
            case 1 -> polynomialSquared1(w, from, to);
            case 2 -> polynomialSquared2(w, from, to);
            default -> polynomialSquared3(w, from, to);
        }
        evaluate(w, from, to, m, 3);
    }

    /**
     * Finishes {@link #evaluate(double[], int, int, int)} for values {@code w[from, to)} that are already
     * {@code (e^r)^(2^done)}: {@code m − done} more squarings (none if {@code m ≤ done}).
     */
    static void evaluate(double[] w, int from, int to, int m, int done) {
        for (int rest = m - done; rest > 0; rest -= 4) {
            switch (Math.min(rest, 4)) {
                case 1 -> square1(w, from, to);
                case 2 -> square2(w, from, to);
                case 3 -> square3(w, from, to);
                default -> square4(w, from, to);
            }
        }
    }

    /** {@code p(r)} by Horner's rule in fused multiply-adds; inlined into the loops below. */
    static double polynomial(double r) {
        double p = Math.fma(r, C8, C7);
        p = Math.fma(r, p, C6);
        p = Math.fma(r, p, C5);
        p = Math.fma(r, p, C4);
        p = Math.fma(r, p, C3);
        p = Math.fma(r, p, C2);
        p = Math.fma(r, p, C1);
        return Math.fma(r, p, 1.0);
    }

    // One loop per number of squarings: a loop with an inner loop over the squarings would not be vectorized.

    private static void polynomial(double[] w, int from, int to) {
        for (int i = from; i < to; i++) {
            w[i] = polynomial(w[i]);
        }
    }

    private static void polynomialSquared1(double[] w, int from, int to) {
        for (int i = from; i < to; i++) {
            double p = polynomial(w[i]);
            w[i] = p * p;
        }
    }

    private static void polynomialSquared2(double[] w, int from, int to) {
        for (int i = from; i < to; i++) {
            double p = polynomial(w[i]);
            p *= p;
            w[i] = p * p;
        }
    }

    private static void polynomialSquared3(double[] w, int from, int to) {
        for (int i = from; i < to; i++) {
            double p = polynomial(w[i]);
            p *= p;
            p *= p;
            w[i] = p * p;
        }
    }

    private static void square1(double[] w, int from, int to) {
        for (int i = from; i < to; i++) {
            w[i] *= w[i];
        }
    }

    private static void square2(double[] w, int from, int to) {
        for (int i = from; i < to; i++) {
            double p = w[i] * w[i];
            w[i] = p * p;
        }
    }

    private static void square3(double[] w, int from, int to) {
        for (int i = from; i < to; i++) {
            double p = w[i] * w[i];
            p *= p;
            w[i] = p * p;
        }
    }

    private static void square4(double[] w, int from, int to) {
        for (int i = from; i < to; i++) {
            double p = w[i] * w[i];
            p *= p;
            p *= p;
            w[i] = p * p;
        }
    }
}
