package org.tokensphere.model;

/**
 * The exact representation of MATH.md §4 for quadratic driving alone: {@code x_i(t) = Φ_t x_i(s)/|Φ_t x_i(s)|}
 * from the positions at the hand-over time {@code s}, with {@code Φ ← exp(−ΔQ) Φ} per step, or
 * {@code Φ = exp(−(t−s)(M − μ_1 I))} in closed form for the deterministic form. {@code Φ} is rescaled by a
 * scalar every step (its norm grows like {@code e^{(d−1)t}}), which does not move any token.
 * A token is computed only when positions are asked for.
 */
final class LinearFlow {
    private final int d;
    private final int n;
    private final double[] start;
    private final double[] phi;
    private final double[] work;
    private double elapsed;
    private double[] eigenvalues;
    private double[] eigenvectors;
    private final Parallel.Body positionsTask = this::positionsOf;
    private double[] out;

    /** Starts at the given positions ({@code n×d}, copied) with {@code Φ = I}. */
    LinearFlow(double[] positions, int n, int d) {
        this.d = d;
        this.n = n;
        this.start = positions.clone();
        this.phi = new double[d * d];
        this.work = new double[d * d];
        for (int k = 0; k < d; k++) {
            phi[k * d + k] = 1;
        }
    }

    /** A copy that steps on independently (the hand-over positions, never written, are shared). */
    LinearFlow copy() {
        LinearFlow c = new LinearFlow(this);
        c.elapsed = elapsed;
        c.eigenvalues = eigenvalues;
        c.eigenvectors = eigenvectors;
        return c;
    }

    private LinearFlow(LinearFlow other) {
        this.d = other.d;
        this.n = other.n;
        this.start = other.start;
        this.phi = other.phi.clone();
        this.work = new double[d * d];
    }

    /** True when every entry of {@code Φ} is finite. */
    boolean finite() {
        for (double v : phi) {
            if (!Double.isFinite(v)) {
                return false;
            }
        }
        return true;
    }

    /** Uses the closed form {@code exp(−tM)} from this eigendecomposition of {@code M} (ascending values). */
    void useClosedForm(double[] values, double[] vectors) {
        this.eigenvalues = values.clone();
        this.eigenvectors = vectors.clone();
    }

    /** Advances by one step: {@code Φ ← E Φ} with {@code E = exp(−ΔQ)}, or the closed form over {@code h}. */
    void step(double[] exp, double h, Linalg linalg) {
        elapsed += h;
        if (eigenvalues != null) {
            linalg.expFromEigen(eigenvalues, eigenvectors, elapsed, eigenvalues[0], phi);
            return;
        }
        Linalg.multiply(exp, phi, work, d);
        double max = 0;
        for (double v : work) {
            max = Math.max(max, Math.abs(v));
        }
        if (!(max > 0) || !Double.isFinite(max)) {
            throw new ArithmeticException("the linear flow matrix became " + max + " (step too large?)");
        }
        double inv = 1 / max;
        for (int k = 0; k < d * d; k++) {
            phi[k] = work[k] * inv;
        }
    }

    /** Writes the current positions into {@code out} ({@code n×d}). */
    void positions(double[] into, Parallel parallel) {
        out = into;
        parallel.forChunks(n, positionsTask);
        out = null;
    }

    private void positionsOf(int from, int to) {
        for (int i = from; i < to; i++) {
            Linalg.multiplyVector(phi, start, i * d, out, i * d, d);
            Linalg.normalize(out, i * d, d);
        }
    }

    /** The current {@code Φ} (scaled), a copy. */
    double[] phi() {
        return phi.clone();
    }
}
