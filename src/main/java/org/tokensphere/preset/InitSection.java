package org.tokensphere.preset;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import org.tokensphere.model.InitKind;
import org.tokensphere.model.InitialState;

import java.util.ArrayList;
import java.util.List;

/**
 * The {@code parameters.init} section: how the tokens start.
 *
 * @param kind     {@code uniform}, {@code cap}, {@code circle}, {@code pair}, {@code equiangular} or {@code points}
 * @param rho0     scalar product for {@code pair} and {@code equiangular}, in [−1, 1]
 * @param capAngle half-angle of the cap for {@code cap}, radians in (0, π]
 * @param points   the given points for {@code points}, each of {@code d} coordinates (normalized when used)
 * @param variant  which random draw of the starting points
 */
@JsonPropertyOrder({"kind", "rho0", "capAngle", "points", "variant"})
public record InitSection(InitKind kind, double rho0, double capAngle, List<List<Double>> points, long variant) {

    public InitSection {
        if (kind == null) {
            throw new IllegalArgumentException("kind is missing (uniform, cap, circle, pair, equiangular or points)");
        }
        List<List<Double>> copy = new ArrayList<>();
        for (List<Double> point : points == null ? List.<List<Double>>of() : points) {
            copy.add(List.copyOf(point));
        }
        points = List.copyOf(copy);
        if (kind == InitKind.POINTS && points.isEmpty()) {
            throw new IllegalArgumentException("points: kind 'points' needs at least one point");
        }
        for (int p = 0; p < points.size(); p++) {
            double s = 0;
            for (double c : points.get(p)) {
                s += c * c;
            }
            if (!(s > 0) || !Double.isFinite(s)) {
                throw new IllegalArgumentException("points[" + p + "] is zero or not finite");
            }
        }
        // Range checks of rho0 and capAngle, with the model's own messages.
        new InitialState(InitKind.UNIFORM, rho0, capAngle, null, variant);
    }

    /** The section describing {@code s} in dimension {@code d}. */
    public static InitSection of(InitialState s, int d) {
        double[] flat = s.points();
        List<List<Double>> pts = new ArrayList<>();
        for (int p = 0; p + d <= flat.length; p += d) {
            pts.add(Lists.of(java.util.Arrays.copyOfRange(flat, p, p + d)));
        }
        if (flat.length % d != 0) {
            throw new IllegalArgumentException("points: " + flat.length + " numbers do not make points of d = " + d
                    + " coordinates");
        }
        return new InitSection(s.kind(), s.rho0(), s.capAngle(), pts, s.variant());
    }

    /** The model's initial state in dimension {@code d}; throws naming the field when a point has another length. */
    public InitialState toInitialState(int d) {
        double[] flat = new double[points.size() * d];
        for (int p = 0; p < points.size(); p++) {
            List<Double> point = points.get(p);
            if (point.size() != d) {
                throw new IllegalArgumentException("init.points[" + p + "] has " + point.size()
                        + " coordinates, d = " + d + " needed");
            }
            for (int k = 0; k < d; k++) {
                flat[p * d + k] = point.get(k);
            }
        }
        return new InitialState(kind, rho0, capAngle, flat, variant);
    }
}
