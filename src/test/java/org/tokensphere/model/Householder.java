package org.tokensphere.model;

/**
 * A symmetric matrix with a known eigenbasis for the tests: the columns of the Householder reflection
 * {@code H = I − 2vvᵀ/|v|²} (orthonormal), and {@code H diag(μ) H} with those eigenvectors.
 */
final class Householder {
    private Householder() {
    }

    /** Column {@code k} of {@code H}: the eigenvector of the {@code k}-th eigenvalue. */
    static double[] column(double[] v, int k) {
        int d = v.length;
        double vv = Linalg.dot(v, 0, v, 0, d);
        double[] e = new double[d];
        for (int i = 0; i < d; i++) {
            e[i] = (i == k ? 1 : 0) - 2 * v[i] * v[k] / vv;
        }
        return e;
    }

    /** {@code H diag(eigenvalues) H}, row-major. */
    static double[] matrix(double[] v, double[] eigenvalues) {
        int d = v.length;
        double[] m = new double[d * d];
        for (int k = 0; k < d; k++) {
            double[] e = column(v, k);
            for (int i = 0; i < d; i++) {
                for (int j = 0; j < d; j++) {
                    m[i * d + j] += eigenvalues[k] * e[i] * e[j];
                }
            }
        }
        return m;
    }
}
