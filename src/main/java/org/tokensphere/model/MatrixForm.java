package org.tokensphere.model;

/**
 * The deterministic quadratic form {@code M} of a run and its eigendecomposition: built from the parameters' matrix
 * spec when it changes, read by the shared driving, the time step's rate bound, the closed-form linear flow and the
 * attractor {@code e_min} shown to the user.
 */
final class MatrixForm {
    private final int d;
    private final Linalg linalg;
    private final double[] eigenvalues;
    private final double[] eigenvectors;
    private MatrixSpec spec;
    private double[] matrix;
    /** True when the eigendecomposition belongs to {@link #matrix}. */
    private boolean eigenKnown;

    MatrixForm(int d) {
        this.d = d;
        this.linalg = new Linalg(d);
        this.eigenvalues = new double[d];
        this.eigenvectors = new double[d * d];
    }

    /**
     * Rebuilds {@code M} when {@code s} differs from the spec in use; true if it did. Its eigendecomposition (seconds
     * in {@code d = 1024}) is computed when first asked for.
     */
    boolean update(MatrixSpec s) {
        if (spec != null && spec.equals(s)) {
            return false;
        }
        matrix = Matrices.build(s, d);
        eigenKnown = false;
        spec = s;
        return true;
    }

    private void eigen() {
        if (!eigenKnown) {
            linalg.symmetricEigen(matrix, eigenvalues, eigenvectors);
            eigenKnown = true;
        }
    }

    /** {@code M}, row-major (the buffer itself). */
    double[] matrix() {
        return matrix;
    }

    /** Eigenvalues, ascending (the buffer itself). */
    double[] eigenvalues() {
        eigen();
        return eigenvalues;
    }

    /** Unit eigenvectors in the columns, in the order of {@link #eigenvalues()} (the buffer itself). */
    double[] eigenvectors() {
        eigen();
        return eigenvectors;
    }

    /** The spread {@code λ_max − λ_min} of the eigenvalues. */
    double spread() {
        eigen();
        return eigenvalues[d - 1] - eigenvalues[0];
    }

    /** {@code e_min}: the unit eigenvector of the smallest eigenvalue, a new array. */
    double[] attractor() {
        eigen();
        double[] e = new double[d];
        for (int k = 0; k < d; k++) {
            e[k] = eigenvectors[k * d];
        }
        return e;
    }
}
