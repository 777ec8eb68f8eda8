package org.tokensphere.model;

import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.factory.DecompositionFactory_DDRM;
import org.ejml.interfaces.decomposition.EigenDecomposition_F64;

/**
 * Small dense linear algebra on row-major {@code double[]} with caller-given outputs; inputs are not modified.
 * One instance holds the work buffers of a symmetric eigendecomposition of a fixed size {@code d}.
 */
public final class Linalg {
    private final int d;
    private final DMatrixRMaj work;
    private final EigenDecomposition_F64<DMatrixRMaj> eig;
    private final double[] values;
    private final double[] vectors;
    private final double[][] vt;
    private final double[] factors;
    private final double[] row;

    /** Work space for {@code d×d} symmetric matrices. */
    public Linalg(int d) {
        this.d = d;
        this.work = new DMatrixRMaj(d, d);
        this.eig = DecompositionFactory_DDRM.eig(d, true, true);
        this.values = new double[d];
        this.vectors = new double[d * d];
        this.vt = new double[d][d];
        this.factors = new double[d];
        this.row = new double[d];
    }

    /**
     * Eigendecomposition of the symmetric {@code a}: eigenvalues ascending into {@code valuesOut} ({@code d}),
     * the matching unit eigenvectors as the columns of {@code vectorsOut} ({@code d×d}, row-major).
     */
    public void symmetricEigen(double[] a, double[] valuesOut, double[] vectorsOut) {
        System.arraycopy(a, 0, work.data, 0, d * d);
        if (!eig.decompose(work)) {
            throw new ArithmeticException("eigendecomposition failed (non-finite matrix entries?)");
        }
        Integer[] order = new Integer[d];
        for (int k = 0; k < d; k++) {
            order[k] = k;
        }
        java.util.Arrays.sort(order, (p, q) -> Double.compare(eig.getEigenvalue(p).real, eig.getEigenvalue(q).real));
        for (int k = 0; k < d; k++) {
            int src = order[k];
            valuesOut[k] = eig.getEigenvalue(src).real;
            DMatrixRMaj v = eig.getEigenVector(src);
            for (int r = 0; r < d; r++) {
                vectorsOut[r * d + k] = v.data[r];
            }
        }
    }

    /** {@code out = exp(−s·a)} for symmetric {@code a}, through its eigendecomposition; {@code out} may not alias {@code a}. */
    public void expNeg(double[] a, double s, double[] out) {
        symmetricEigen(a, values, vectors);
        double shift = 0;
        expFromEigen(values, vectors, s, shift, out);
    }

    /**
     * {@code out = exp(−s·(A − shift·I))} from an eigendecomposition of {@code A} (values, column eigenvectors);
     * the shift keeps the largest entry near 1 for long times.
     */
    public void expFromEigen(double[] eigenvalues, double[] eigenvectors, double s, double shift, double[] out) {
        // out = Σ_k e_k v_k v_kᵀ, row by row as axpys over the eigenvectors v_k (rows of vt), which vectorize.
        for (int k = 0; k < d; k++) {
            factors[k] = Math.exp(-s * (eigenvalues[k] - shift));
            double[] v = vt[k];
            for (int r = 0; r < d; r++) {
                v[r] = eigenvectors[r * d + k];
            }
        }
        for (int i = 0; i < d; i++) {
            java.util.Arrays.fill(row, 0);
            for (int k = 0; k < d; k++) {
                double c = vt[k][i] * factors[k];
                double[] v = vt[k];
                for (int j = 0; j < d; j++) {
                    row[j] += c * v[j];
                }
            }
            System.arraycopy(row, 0, out, i * d, d);
        }
    }

    /** {@code out = a·b} for {@code d×d} matrices; {@code out} may not alias either input. */
    public static void multiply(double[] a, double[] b, double[] out, int d) {
        for (int i = 0; i < d; i++) {
            for (int j = 0; j < d; j++) {
                double sum = 0;
                for (int k = 0; k < d; k++) {
                    sum += a[i * d + k] * b[k * d + j];
                }
                out[i * d + j] = sum;
            }
        }
    }

    /** {@code out[outOff..] = a·x[xOff..]} for a {@code d×d} matrix. */
    public static void multiplyVector(double[] a, double[] x, int xOff, double[] out, int outOff, int d) {
        for (int i = 0; i < d; i++) {
            double sum = 0;
            int row = i * d;
            for (int k = 0; k < d; k++) {
                sum += a[row + k] * x[xOff + k];
            }
            out[outOff + i] = sum;
        }
    }

    /**
     * {@code out = a·x} for a symmetric matrix given by its rows, summed as {@code Σ_k x_k a[k]} (a row of a
     * symmetric matrix is its column). Every array is indexed from 0, so the inner axpy loop vectorizes (an
     * offset into a larger array, or the dot-product form, keeps it scalar and measured 8× slower at d = 64).
     * {@code out} may not alias {@code x}.
     */
    public static void multiplySymmetric(double[][] a, double[] x, double[] out, int d) {
        java.util.Arrays.fill(out, 0, d, 0);
        addMultiplySymmetric(a, x, out, d);
    }

    /** {@code out += a·x} for a symmetric matrix given by its rows, as {@link #multiplySymmetric}. */
    public static void addMultiplySymmetric(double[][] a, double[] x, double[] out, int d) {
        for (int k = 0; k < d; k++) {
            double xk = x[k];
            double[] row = a[k];
            for (int j = 0; j < d; j++) {
                out[j] += xk * row[j];
            }
        }
    }

    /** Copies the row-major {@code d×d} matrix {@code flat} into the rows {@code rows}. */
    public static void toRows(double[] flat, double[][] rows, int d) {
        for (int i = 0; i < d; i++) {
            System.arraycopy(flat, i * d, rows[i], 0, d);
        }
    }

    /** Scales {@code x[off..off+d)} to unit length; returns the length it had. */
    public static double normalize(double[] x, int off, int d) {
        double s = 0;
        for (int k = 0; k < d; k++) {
            s += x[off + k] * x[off + k];
        }
        double norm = Math.sqrt(s);
        double inv = 1 / norm;
        for (int k = 0; k < d; k++) {
            x[off + k] *= inv;
        }
        return norm;
    }

    /** {@code ⟨x[xOff..], y[yOff..]⟩} over {@code d} components. */
    public static double dot(double[] x, int xOff, double[] y, int yOff, int d) {
        double s = 0;
        for (int k = 0; k < d; k++) {
            s += x[xOff + k] * y[yOff + k];
        }
        return s;
    }
}
