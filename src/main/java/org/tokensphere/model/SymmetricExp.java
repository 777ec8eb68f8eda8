package org.tokensphere.model;

/**
 * {@code exp(−A)} of a symmetric {@code d×d} matrix without an eigendecomposition (MATH.md §4, §6: the
 * splitting scheme's {@code E = exp(−ΔQ)}, one per step): the Taylor polynomial of degree {@link #DEGREE} of
 * {@code −A/2^s}, evaluated by Paterson–Stockmeyer in {@code A, A², A³, A⁴} (six matrix products), then squared
 * {@code s} times. Every product is a polynomial in {@code A}, hence symmetric, so only its upper triangle is
 * computed (half the work); large matrices split the rows of each product over the {@link Parallel} pool, which
 * changes no result.
 *
 * <p>Accuracy. The spectral radius is bounded by {@code ρ = min(|A|_F, |A²|_F^{1/2}, |A⁴|_F^{1/4})} (for a
 * symmetric matrix {@code |A^k|_2 = ρ(A)^k ≤ |A^k|_F}); {@code s} is the smallest with
 * {@code 2^s θ^{16} e^θ / 16! ≤ 2^{−54}}, {@code θ = ρ/2^s}, which bounds the truncation error of every
 * eigenvalue's factor, relative and after the squarings, by half a unit in the last place. What remains is rounding:
 * against the eigendecomposition, d = 2…100, the largest entry of the difference measured at most
 * {@code 1.1e-14·|E|_max} for {@code ρ ≤ 8} (every step of σ_Q = 1 at h ≤ 0.1) and {@code 4.4e-14·|E|_max} up to
 * {@code ρ = 25} ({@code SymmetricExpTest} allows 2e-14 and 1e-13).
 * Measured cost at d = 64, h = 0.01 ({@code ρ ≈ 1.9}, {@code s = 2}): 8 half products, about 1.0·10⁶ multiply–adds,
 * against 4·10⁶ for an eigendecomposition.
 */
final class SymmetricExp {
    /** Degree of the Taylor polynomial. */
    static final int DEGREE = 15;
    /** {@code 1/k!}, {@code k = 0…15}. */
    private static final double[] TAYLOR = new double[DEGREE + 1];
    /** {@code 16!}. */
    private static final double FACTORIAL_16 = 20922789888000.0;
    /** Rows per task when a product is split over the pool. */
    private static final int ROWS_PER_TASK = 8;
    /** Smallest {@code d} whose products are split over the pool. */
    private static final int PARALLEL_FROM = 128;

    static {
        TAYLOR[0] = 1;
        for (int k = 1; k <= DEGREE; k++) {
            TAYLOR[k] = TAYLOR[k - 1] / k;
        }
    }

    private final int d;
    private final double[][] a1;
    private final double[][] a2;
    private final double[][] a3;
    private final double[][] a4;
    private final double[][] acc;
    private final double[][] tmp;
    private final Parallel.Task productTask = this::productRows;
    private double[][] left;
    private double[][] right;
    private double[][] product;
    private double spectralBound;
    private int squarings;

    /** Work space for {@code d×d} matrices. */
    SymmetricExp(int d) {
        this.d = d;
        this.a1 = new double[d][d];
        this.a2 = new double[d][d];
        this.a3 = new double[d][d];
        this.a4 = new double[d][d];
        this.acc = new double[d][d];
        this.tmp = new double[d][d];
    }

    /**
     * {@code out = exp(−a)} for the symmetric row-major {@code a} ({@code d×d}); {@code out} (rows) may not be
     * {@code a}. {@code parallel} may be null (one thread).
     */
    void expNeg(double[] a, double[][] out, Parallel parallel) {
        for (int i = 0; i < d; i++) {
            double[] r = a1[i];
            for (int j = 0; j < d; j++) {
                r[j] = -a[i * d + j];
            }
        }
        multiply(a1, a1, a2, parallel);
        multiply(a2, a2, a4, parallel);
        double rho = Math.min(frobenius(a1), Math.sqrt(frobenius(a2)));
        rho = Math.min(rho, Math.sqrt(Math.sqrt(frobenius(a4))));
        spectralBound = rho;
        int s = 0;
        double theta = rho;
        while (Math.scalb(Math.pow(theta, DEGREE + 1) * Math.exp(theta) / FACTORIAL_16, s) > 0x1p-54) {
            s++;
            theta *= 0.5;
        }
        squarings = s;
        scale(a1, Math.scalb(1.0, -s));
        scale(a2, Math.scalb(1.0, -2 * s));
        scale(a4, Math.scalb(1.0, -4 * s));
        multiply(a2, a1, a3, parallel);
        // T = B0 + A⁴(B1 + A⁴(B2 + A⁴ B3)), B_i = Σ_{r<4} c_{4i+r} A^r.
        double[][] t = acc;
        double[][] w = tmp;
        for (int i = 3; i >= 0; i--) {
            if (i == 3) {
                for (double[] row : w) {
                    java.util.Arrays.fill(row, 0);
                }
            } else {
                multiply(a4, t, w, parallel);
            }
            addTerms(w, TAYLOR[4 * i], TAYLOR[4 * i + 1], TAYLOR[4 * i + 2], TAYLOR[4 * i + 3]);
            double[][] swap = t;
            t = w;
            w = swap;
        }
        for (int q = 0; q < s; q++) {
            multiply(t, t, w, parallel);
            double[][] swap = t;
            t = w;
            w = swap;
        }
        for (int i = 0; i < d; i++) {
            System.arraycopy(t[i], 0, out[i], 0, d);
        }
    }

    /** The bound {@code ρ ≥ |A|_2} of the last {@link #expNeg} (the spectral radius of {@code A}). */
    double spectralBound() {
        return spectralBound;
    }

    /** The number of squarings the last {@link #expNeg} took. */
    int squarings() {
        return squarings;
    }

    /** {@code w += c0 I + c1 A + c2 A² + c3 A³} (scaled powers). */
    private void addTerms(double[][] w, double c0, double c1, double c2, double c3) {
        for (int i = 0; i < d; i++) {
            double[] r = w[i];
            double[] p1 = a1[i];
            double[] p2 = a2[i];
            double[] p3 = a3[i];
            for (int j = 0; j < d; j++) {
                r[j] += c1 * p1[j] + c2 * p2[j] + c3 * p3[j];
            }
            r[i] += c0;
        }
    }

    private void scale(double[][] m, double f) {
        for (double[] r : m) {
            for (int j = 0; j < d; j++) {
                r[j] *= f;
            }
        }
    }

    private double frobenius(double[][] m) {
        double s = 0;
        for (double[] r : m) {
            for (int j = 0; j < d; j++) {
                s += r[j] * r[j];
            }
        }
        return Math.sqrt(s);
    }

    /** {@code c = a·b} for a product known to be symmetric: the upper triangle, then mirrored. */
    private void multiply(double[][] a, double[][] b, double[][] c, Parallel parallel) {
        if (parallel == null || parallel.threads() == 1 || d < PARALLEL_FROM) {
            multiplyRows(a, b, c, 0, d);
        } else {
            left = a;
            right = b;
            product = c;
            parallel.forChunks(d, ROWS_PER_TASK, productTask);
            left = null;
            right = null;
            product = null;
        }
        for (int i = 1; i < d; i++) {
            double[] r = c[i];
            for (int j = 0; j < i; j++) {
                r[j] = c[j][i];
            }
        }
    }

    private void productRows(int worker, int chunk, int from, int to) {
        multiplyRows(left, right, product, from, to);
    }

    /** Rows {@code [from, to)} of the upper triangle of {@code a·b}: {@code c_ij = Σ_k a_ik b_kj}, {@code j ≥ i}. */
    private void multiplyRows(double[][] a, double[][] b, double[][] c, int from, int to) {
        for (int i = from; i < to; i++) {
            double[] ci = c[i];
            double[] ai = a[i];
            java.util.Arrays.fill(ci, i, d, 0);
            int k = 0;
            for (; k + 3 < d; k += 4) {
                double x0 = ai[k];
                double x1 = ai[k + 1];
                double x2 = ai[k + 2];
                double x3 = ai[k + 3];
                double[] b0 = b[k];
                double[] b1 = b[k + 1];
                double[] b2 = b[k + 2];
                double[] b3 = b[k + 3];
                for (int j = i; j < d; j++) {
                    ci[j] += x0 * b0[j] + x1 * b1[j] + x2 * b2[j] + x3 * b3[j];
                }
            }
            for (; k < d; k++) {
                double x0 = ai[k];
                double[] b0 = b[k];
                for (int j = i; j < d; j++) {
                    ci[j] += x0 * b0[j];
                }
            }
        }
    }
}
