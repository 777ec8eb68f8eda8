package org.tokensphere.model;

import java.util.Arrays;

/**
 * How the fixed symmetric matrix {@code M} of {@code Q_t = tM + σ_Q G_t} is made (MATH.md §2).
 *
 * @param kind   a seeded GOE sample, a diagonal with given eigenvalues, or given entries
 * @param values eigenvalues ({@code d}) for {@link Kind#DIAGONAL}, row-major entries ({@code d×d}) for
 *               {@link Kind#EXPLICIT}, empty for {@link Kind#GOE}; copied
 * @param seed   seed of the GOE sample ("new matrix M" draws a new one)
 */
public record MatrixSpec(Kind kind, double[] values, long seed) {

    /** The ways to give {@code M}. */
    public enum Kind { GOE, DIAGONAL, EXPLICIT }

    /** A GOE sample {@code (Z + Zᵀ)/√2} drawn from the given seed. */
    public static MatrixSpec goe(long seed) {
        return new MatrixSpec(Kind.GOE, new double[0], seed);
    }

    /** {@code diag(eigenvalues)}. */
    public static MatrixSpec diagonal(double... eigenvalues) {
        return new MatrixSpec(Kind.DIAGONAL, eigenvalues, 0);
    }

    /** Given entries, row-major; must be symmetric. */
    public static MatrixSpec explicit(double... rowMajor) {
        return new MatrixSpec(Kind.EXPLICIT, rowMajor, 0);
    }

    public MatrixSpec {
        if (kind == null) {
            throw new IllegalArgumentException("matrix: kind is missing");
        }
        values = values == null ? new double[0] : values.clone();
        for (double v : values) {
            if (!Double.isFinite(v)) {
                throw new IllegalArgumentException("matrix: entries must be finite numbers");
            }
        }
    }

    /** Checks that the spec fits dimension {@code d}; throws with a message naming the problem. */
    public void checkDimension(int d) {
        if (kind == Kind.DIAGONAL && values.length != d) {
            throw new IllegalArgumentException("matrix: " + values.length + " eigenvalues given, d = " + d + " needed");
        }
        if (kind == Kind.EXPLICIT) {
            if (values.length != d * d) {
                throw new IllegalArgumentException("matrix: " + values.length + " entries given, d*d = " + d * d + " needed");
            }
            for (int i = 0; i < d; i++) {
                for (int j = 0; j < i; j++) {
                    double a = values[i * d + j];
                    double b = values[j * d + i];
                    if (Math.abs(a - b) > 1e-12 * Math.max(1, Math.abs(a) + Math.abs(b))) {
                        throw new IllegalArgumentException("matrix: M is not symmetric: M[" + i + "][" + j + "] = " + a
                                + " but M[" + j + "][" + i + "] = " + b);
                    }
                }
            }
        }
    }

    @Override
    public double[] values() {
        return values.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof MatrixSpec m && m.kind == kind && m.seed == seed && Arrays.equals(m.values, values);
    }

    @Override
    public int hashCode() {
        return kind.hashCode() * 31 + Long.hashCode(seed) + Arrays.hashCode(values);
    }

    @Override
    public String toString() {
        return kind == Kind.GOE ? "goe(seed=" + seed + ")" : kind.name().toLowerCase() + Arrays.toString(values);
    }
}
