package org.tokensphere.model.observe;

import java.util.Arrays;

/**
 * Nematic order of a configuration (MATH.md §7): the largest eigenvalue of the
 * mean projector {@code (1/N) Σ x_i x_iᵀ} and its unit eigenvector, the pole axis.
 * Immutable: the axis is copied on the way in and on the way out.
 *
 * @param order nematic order S, dimensionless, in [1/d, 1]: 1 = all tokens on one axis, 1/d = isotropic
 * @param axis  unit pole axis ±u of length d, sign fixed so that its largest-magnitude component is positive
 */
public record Nematic(double order, double[] axis) {

    /** Creates the record from the order S (dimensionless) and a copy of the unit axis. */
    public Nematic {
        axis = axis.clone();
    }

    /** Unit pole axis, a fresh copy of length d (dimensionless direction). */
    @Override
    public double[] axis() {
        return axis.clone();
    }

    /** Equal when the orders and the axis components are equal (by {@link Double#compare}). */
    @Override
    public boolean equals(Object o) {
        return o instanceof Nematic other
                && Double.compare(order, other.order) == 0
                && Arrays.equals(axis, other.axis);
    }

    /** Hash code consistent with {@link #equals(Object)}. */
    @Override
    public int hashCode() {
        return 31 * Double.hashCode(order) + Arrays.hashCode(axis);
    }

    /** Human-readable form, e.g. {@code Nematic[order=0.98, axis=[0.0, 1.0, 0.0]]}. */
    @Override
    public String toString() {
        return "Nematic[order=" + order + ", axis=" + Arrays.toString(axis) + "]";
    }
}
