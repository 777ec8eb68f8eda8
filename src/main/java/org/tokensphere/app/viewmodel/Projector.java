package org.tokensphere.app.viewmodel;

import org.tokensphere.app.viewmodel.DisplaySettings.ProjectionKind;
import org.tokensphere.engine.ReadOnlyFloats;

/**
 * Maps positions in {@code R^d} to the three coordinates that are drawn: unchanged for {@code d = 3},
 * {@code (x, y, 0)} on the circle, and for {@code d > 3} either the first three coordinates or the top three
 * principal axes of the ensemble (eigenvectors of {@code (1/N) Σ x_i x_iᵀ}, whose top one is the pole axis).
 * The principal axes follow the ensemble by one warm-started subspace iteration per frame on at most
 * {@link #SAMPLE} tokens, with signs kept from frame to frame so the picture does not flip. Projected tokens lie
 * inside the unit ball. Not thread-safe; buffers are reused (two output buffers in turn).
 */
public final class Projector {
    /** Largest number of tokens the principal axes are estimated from per frame. */
    public static final int SAMPLE = 1024;

    private int d = -1;
    private ProjectionKind kind;
    /** Three orthonormal rows of length d: the drawn axes. */
    private double[] basis = new double[0];
    private double[] scratch = new double[0];
    private final float[][] buffers = new float[2][];
    private int turn;

    /** True when {@code d > 3}: what is drawn is a projection. */
    public boolean isProjection() {
        return d > 3;
    }

    /** The drawn axes as three unit vectors in {@code R^d}, row-major; a copy. */
    public double[] basis() {
        return basis.clone();
    }

    /**
     * The drawn 3D coordinates of {@code n} tokens at {@code positions} ({@code n×d} row-major): an array of at
     * least {@code 3n} floats, one of two buffers used in turn (valid until the call after next).
     */
    public float[] project(ReadOnlyFloats positions, int n, int dim, ProjectionKind how) {
        if (dim != d || how != kind) {
            reset(dim, how);
        }
        if (d > 3 && kind == ProjectionKind.PRINCIPAL) {
            iterate(positions, n);
        }
        float[] out = buffer(3 * n);
        if (d == 3) {
            positions.copyTo(0, out, 0, 3 * n);
        } else if (d == 2) {
            for (int i = 0; i < n; i++) {
                out[3 * i] = positions.get(2 * i);
                out[3 * i + 1] = positions.get(2 * i + 1);
                out[3 * i + 2] = 0;
            }
        } else {
            projectAll(positions, n, out);
        }
        return out;
    }

    /** A vector of {@code R^d} in drawn coordinates, or null for null. */
    public double[] project(double[] v) {
        if (v == null || v.length != d) {
            return null;
        }
        if (d == 2) {
            return new double[] {v[0], v[1], 0};
        }
        double[] r = new double[3];
        for (int c = 0; c < 3; c++) {
            double s = 0;
            for (int k = 0; k < d; k++) {
                s += basis[c * d + k] * v[k];
            }
            r[c] = s;
        }
        return r;
    }

    private void reset(int dim, ProjectionKind how) {
        d = dim;
        kind = how;
        basis = new double[3 * Math.max(dim, 3)];
        for (int c = 0; c < 3 && c < dim; c++) {
            basis[c * dim + c] = 1;
        }
        scratch = new double[3 * Math.max(dim, 3)];
    }

    private void projectAll(ReadOnlyFloats x, int n, float[] out) {
        double[] b = basis;
        int dd = d;
        for (int i = 0; i < n; i++) {
            int o = i * dd;
            double s0 = 0;
            double s1 = 0;
            double s2 = 0;
            for (int k = 0; k < dd; k++) {
                double xk = x.get(o + k);
                s0 += xk * b[k];
                s1 += xk * b[dd + k];
                s2 += xk * b[2 * dd + k];
            }
            out[3 * i] = (float) s0;
            out[3 * i + 1] = (float) s1;
            out[3 * i + 2] = (float) s2;
        }
    }

    /** One step of orthogonal iteration {@code V ← orth(C V)} with {@code C} from a strided token sample. */
    private void iterate(ReadOnlyFloats x, int n) {
        double[] next = scratch;
        java.util.Arrays.fill(next, 0);
        int stride = Math.max(1, n / SAMPLE);
        for (int i = 0; i < n; i += stride) {
            int o = i * d;
            for (int c = 0; c < 3; c++) {
                double dot = 0;
                for (int k = 0; k < d; k++) {
                    dot += x.get(o + k) * basis[c * d + k];
                }
                for (int k = 0; k < d; k++) {
                    next[c * d + k] += dot * x.get(o + k);
                }
            }
        }
        double first = Math.sqrt(dot(next, 0, next, 0));
        for (int c = 0; c < 3; c++) {
            for (int p = 0; p < c; p++) {
                axpy(-dot(next, c, next, p), next, p, next, c);
            }
            double norm = Math.sqrt(dot(next, c, next, c));
            if (!(norm > 1e-9 * Math.max(first, 1e-300))) {
                // Degenerate direction (e.g. every token on one axis): keep the previous axis, made orthogonal.
                System.arraycopy(basis, c * d, next, c * d, d);
                for (int p = 0; p < c; p++) {
                    axpy(-dot(next, c, next, p), next, p, next, c);
                }
                norm = Math.sqrt(dot(next, c, next, c));
                if (!(norm > 1e-9)) {
                    java.util.Arrays.fill(next, c * d, c * d + d, 0);
                    next[c * d + c] = 1;
                    for (int p = 0; p < c; p++) {
                        axpy(-dot(next, c, next, p), next, p, next, c);
                    }
                    norm = Math.sqrt(dot(next, c, next, c));
                }
            }
            double sign = dot(next, c, basis, c) < 0 ? -1 : 1;
            for (int k = 0; k < d; k++) {
                next[c * d + k] *= sign / norm;
            }
        }
        scratch = basis;
        basis = next;
    }

    private double dot(double[] a, int ra, double[] b, int rb) {
        double s = 0;
        for (int k = 0; k < d; k++) {
            s += a[ra * d + k] * b[rb * d + k];
        }
        return s;
    }

    private void axpy(double alpha, double[] x, int rx, double[] y, int ry) {
        for (int k = 0; k < d; k++) {
            y[ry * d + k] += alpha * x[rx * d + k];
        }
    }

    private float[] buffer(int size) {
        turn ^= 1;
        if (buffers[turn] == null || buffers[turn].length < size) {
            buffers[turn] = new float[size];
        }
        return buffers[turn];
    }
}
