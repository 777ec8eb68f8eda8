package org.tokensphere.model;

import org.apache.commons.rng.UniformRandomProvider;

/** Turns an {@link InitialState} into positions: {@code n} unit vectors of {@code R^d}, row-major. */
public final class InitialStates {
    private InitialStates() {
    }

    /**
     * A copy of {@code positions} ({@code n×d}, row-major) with every row normalized; refuses a wrong length and a
     * row that is zero or not finite, naming the token.
     */
    static double[] normalizedCopy(double[] positions, int n, int d) {
        if (positions.length != n * d) {
            throw new IllegalArgumentException("positions: " + positions.length + " numbers given, n*d = " + n * d
                    + " needed");
        }
        double[] x = positions.clone();
        for (int i = 0; i < n; i++) {
            double norm = Linalg.normalize(x, i * d, d);
            if (!(norm > 0) || !Double.isFinite(norm)) {
                throw new IllegalArgumentException("positions: token " + i + " is zero or not finite");
            }
        }
        return x;
    }

    /**
     * The starting positions for {@code n} tokens in dimension {@code d}; random placements draw from the stream
     * (seed, {@link Seeds#INIT}, variant). Throws {@link IllegalArgumentException} when the state cannot exist
     * (e.g. an equiangular configuration with more tokens than dimensions).
     */
    public static double[] sample(InitialState s, int n, int d, long seed) {
        UniformRandomProvider rng = Seeds.stream(seed, Seeds.INIT, s.variant());
        Gaussians g = new Gaussians(rng);
        double[] x = new double[n * d];
        switch (s.kind()) {
            case UNIFORM -> uniform(x, 0, n, d, g);
            case CAP -> cap(x, n, d, s.capAngle(), g, rng);
            case CIRCLE -> {
                for (int i = 0; i < n; i++) {
                    double phi = 2 * Math.PI * rng.nextDouble();
                    x[i * d] = Math.cos(phi);
                    x[i * d + 1] = Math.sin(phi);
                }
            }
            case PAIR -> pair(x, n, d, s.rho0(), g);
            case EQUIANGULAR -> equiangular(x, n, d, s.rho0(), g);
            case POINTS -> points(x, n, d, s.points());
        }
        return x;
    }

    private static void uniform(double[] x, int from, int to, int d, Gaussians g) {
        for (int i = from; i < to; i++) {
            randomUnit(x, i * d, d, g);
        }
    }

    /** A uniform random unit vector into {@code x[off..off+d)}. */
    static void randomUnit(double[] x, int off, int d, Gaussians g) {
        double s;
        do {
            s = 0;
            for (int k = 0; k < d; k++) {
                x[off + k] = g.next();
                s += x[off + k] * x[off + k];
            }
        } while (s < 1e-20);
        Linalg.normalize(x, off, d);
    }

    /** Uniform on the cap of half-angle {@code theta} around the last axis: polar angle density ∝ sin^{d−2}. */
    private static void cap(double[] x, int n, int d, double theta, Gaussians g, UniformRandomProvider rng) {
        double[] w = new double[d - 1];
        double peak = theta >= Math.PI / 2 ? 1 : Math.sin(theta);
        for (int i = 0; i < n; i++) {
            double phi;
            do {
                phi = theta * rng.nextDouble();
            } while (rng.nextDouble() * Math.pow(peak, d - 2) > Math.pow(Math.sin(phi), d - 2));
            randomUnit(w, 0, d - 1, g);
            for (int k = 0; k < d - 1; k++) {
                x[i * d + k] = Math.sin(phi) * w[k];
            }
            x[i * d + d - 1] = Math.cos(phi);
        }
    }

    private static void pair(double[] x, int n, int d, double rho, Gaussians g) {
        uniform(x, 0, n, d, g);
        double[] w = new double[d];
        double along;
        do {
            randomUnit(w, 0, d, g);
            along = Linalg.dot(w, 0, x, 0, d);
            for (int k = 0; k < d; k++) {
                w[k] -= along * x[k];
            }
        } while (Linalg.dot(w, 0, w, 0, d) < 1e-12);
        Linalg.normalize(w, 0, d);
        double perp = Math.sqrt(Math.max(0, 1 - rho * rho));
        for (int k = 0; k < d; k++) {
            x[d + k] = rho * x[k] + perp * w[k];
        }
        Linalg.normalize(x, d, d);
    }

    /** {@code x_i = √(1−ρ) e_i + c·𝟙} in {@code R^n ⊂ R^d}, then a random rotation: all scalar products {@code ρ}. */
    private static void equiangular(double[] x, int n, int d, double rho, Gaussians g) {
        if (n > d) {
            throw new IllegalArgumentException("init=equiangular needs n <= d (got n = " + n + ", d = " + d + ")");
        }
        if (rho < -1.0 / (n - 1)) {
            throw new IllegalArgumentException("init=equiangular needs rho0 >= -1/(n-1) = " + (-1.0 / (n - 1)));
        }
        double a = Math.sqrt(1 - rho);
        double c = (-a + Math.sqrt(a * a + n * rho)) / n;
        double[] rotation = randomOrthogonal(d, g);
        double[] v = new double[d];
        for (int i = 0; i < n; i++) {
            java.util.Arrays.fill(v, 0);
            for (int k = 0; k < n; k++) {
                v[k] = c + (k == i ? a : 0);
            }
            Linalg.multiplyVector(rotation, v, 0, x, i * d, d);
            Linalg.normalize(x, i * d, d);
        }
    }

    /** A Haar-random orthogonal matrix by Gram–Schmidt on Gaussian columns (row-major). */
    static double[] randomOrthogonal(int d, Gaussians g) {
        double[] q = new double[d * d];
        double[] col = new double[d];
        for (int j = 0; j < d; j++) {
            double norm;
            do {
                for (int k = 0; k < d; k++) {
                    col[k] = g.next();
                }
                for (int p = 0; p < j; p++) {
                    double dot = 0;
                    for (int k = 0; k < d; k++) {
                        dot += col[k] * q[k * d + p];
                    }
                    for (int k = 0; k < d; k++) {
                        col[k] -= dot * q[k * d + p];
                    }
                }
                norm = Math.sqrt(Linalg.dot(col, 0, col, 0, d));
            } while (norm < 1e-8);
            for (int k = 0; k < d; k++) {
                q[k * d + j] = col[k] / norm;
            }
        }
        return q;
    }

    private static void points(double[] x, int n, int d, double[] pts) {
        if (pts.length % d != 0) {
            throw new IllegalArgumentException("init=points: " + pts.length + " numbers do not make points of d = " + d
                    + " coordinates");
        }
        int k = pts.length / d;
        for (int p = 0; p < k; p++) {
            double s = Linalg.dot(pts, p * d, pts, p * d, d);
            if (!(s > 0) || !Double.isFinite(s)) {
                throw new IllegalArgumentException("init=points: point " + p + " is zero or not finite");
            }
        }
        for (int i = 0; i < n; i++) {
            System.arraycopy(pts, (i % k) * d, x, i * d, d);
            Linalg.normalize(x, i * d, d);
        }
    }
}
