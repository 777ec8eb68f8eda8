package org.tokensphere.model;

import java.util.Arrays;

/**
 * How the ensemble starts: an immutable description, turned into positions by {@link InitialStates}.
 *
 * @param kind     the placement rule
 * @param rho0     scalar product for {@link InitKind#PAIR} and {@link InitKind#EQUIANGULAR}, in [−1, 1]
 * @param capAngle half-angle of the cap for {@link InitKind#CAP}, radians in (0, π]
 * @param points   row-major points for {@link InitKind#POINTS} ({@code k × d}), else empty; copied
 * @param variant  which draw of the random placement: "replay the same noise from new starting points" moves it on
 */
public record InitialState(InitKind kind, double rho0, double capAngle, double[] points, long variant) {

    /** Uniform on the sphere. */
    public static final InitialState UNIFORM = new InitialState(InitKind.UNIFORM, 0.5, 0.5, new double[0], 0);

    public InitialState {
        if (kind == null) {
            throw new IllegalArgumentException("init: the initial state kind is missing");
        }
        if (!(rho0 >= -1 && rho0 <= 1)) {
            throw new IllegalArgumentException("rho0 = " + rho0 + " is out of range [-1, 1]");
        }
        if (!(capAngle > 0 && capAngle <= Math.PI)) {
            throw new IllegalArgumentException("capAngle = " + capAngle + " is out of range (0, pi]");
        }
        points = points == null ? new double[0] : points.clone();
        if (kind == InitKind.POINTS && points.length == 0) {
            throw new IllegalArgumentException("init=points needs at least one point");
        }
    }

    /** Initial state of the given kind with default {@code rho0 = 0.5} and cap half-angle 0.5 rad. */
    public static InitialState of(InitKind kind) {
        return new InitialState(kind, 0.5, 0.5, new double[0], 0);
    }

    /** The same state with another {@code rho0}. */
    public InitialState withRho0(double rho) {
        return new InitialState(kind, rho, capAngle, points, variant);
    }

    /** The same state with another cap half-angle (radians). */
    public InitialState withCapAngle(double angle) {
        return new InitialState(kind, rho0, angle, points, variant);
    }

    /** The same rule, the next random draw of the starting points. */
    public InitialState nextVariant() {
        return new InitialState(kind, rho0, capAngle, points, variant + 1);
    }

    /** Given points (row-major, {@code k × d}) assigned to the tokens in turn. */
    public static InitialState points(double[] rowMajor) {
        return new InitialState(InitKind.POINTS, 0.5, 0.5, rowMajor, 0);
    }

    @Override
    public double[] points() {
        return points.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof InitialState s && s.kind == kind && Double.compare(s.rho0, rho0) == 0
                && Double.compare(s.capAngle, capAngle) == 0 && Arrays.equals(s.points, points) && s.variant == variant;
    }

    @Override
    public int hashCode() {
        return 31 * kind.hashCode() + Double.hashCode(rho0) + 7 * Double.hashCode(capAngle) + Arrays.hashCode(points) + Long.hashCode(variant);
    }

    @Override
    public String toString() {
        return kind.name().toLowerCase() + (kind == InitKind.PAIR || kind == InitKind.EQUIANGULAR ? "(rho0=" + rho0 + ")" : "");
    }
}
