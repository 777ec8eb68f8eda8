package org.tokensphere.model.theory;

import java.util.PriorityQueue;
import java.util.function.DoubleUnaryOperator;

/**
 * Globally adaptive Gauss–Kronrod quadrature (the 7-point Gauss rule embedded in the 15-point Kronrod rule, as
 * QUADPACK's QAG with key 1): the interval with the largest error estimate is halved until the estimated error is
 * below {@code max(absTol, relTol·|I|)} or {@link #MAX_INTERVALS} intervals are in use. The integrand is never
 * evaluated at the ends, so an integrable end singularity is tolerated, but the callers here remove theirs by a
 * change of variables first (accuracy then follows the error estimate). Commons Math offers only globally refined
 * rules (Romberg, Simpson, iterated Legendre–Gauss), which spend their points uniformly; this is the one place the
 * project needs a locally adaptive rule.
 */
public final class Quadrature {
    /** Most intervals one integral may split into. */
    public static final int MAX_INTERVALS = 2000;

    private static final double[] XGK = {
        0.991455371120812639206854697526329, 0.949107912342758524526189684047851,
        0.864864423359769072789712788640926, 0.741531185599394439863864773280788,
        0.586087235467691130294144845693013, 0.405845151377397166906606412076961,
        0.207784955007898467600689403773245, 0.000000000000000000000000000000000};
    private static final double[] WGK = {
        0.022935322010529224963732008058970, 0.063092092629978553290700663189204,
        0.104790010322250183839876322541518, 0.140653259715525918745189590510238,
        0.169004726639267902826583426598550, 0.190350578064785409913256402421014,
        0.204432940075298892414161999234649, 0.209482141084727828012999174891714};
    private static final double[] WG = {
        0.129484966168869693270611432679082, 0.279705391489276667901467771423780,
        0.381830050505118944950369775488975, 0.417959183673469387755102040816327};

    private Quadrature() {
    }

    /** One interval with its Kronrod estimate and error estimate. */
    private record Piece(double a, double b, double value, double error) {
    }

    /** {@code ∫_a^b f}, to {@code max(absTol, relTol·|∫f|)}; throws when the error target is not reached. */
    public static double integrate(DoubleUnaryOperator f, double a, double b, double absTol, double relTol) {
        if (a == b) {
            return 0;
        }
        PriorityQueue<Piece> queue = new PriorityQueue<>((p, q) -> Double.compare(q.error, p.error));
        Piece first = rule(f, a, b);
        queue.add(first);
        double value = first.value;
        double error = first.error;
        while (error > Math.max(absTol, relTol * Math.abs(value))) {
            if (queue.size() >= MAX_INTERVALS) {
                throw new ArithmeticException("quadrature did not converge on [" + a + ", " + b + "]: error "
                        + error + " for the value " + value);
            }
            Piece worst = queue.poll();
            double mid = 0.5 * (worst.a + worst.b);
            Piece left = rule(f, worst.a, mid);
            Piece right = rule(f, mid, worst.b);
            queue.add(left);
            queue.add(right);
            value += left.value + right.value - worst.value;
            error += left.error + right.error - worst.error;
            if (!Double.isFinite(value)) {
                throw new ArithmeticException("the integrand is not finite on [" + a + ", " + b + "]");
            }
        }
        // Summed again from the pieces, so rounding of the running updates does not accumulate.
        double sum = 0;
        for (Piece p : queue) {
            sum += p.value;
        }
        return sum;
    }

    /** The 15-point Kronrod value on {@code [a, b]} and QUADPACK's error estimate from its 7-point Gauss value. */
    private static Piece rule(DoubleUnaryOperator f, double a, double b) {
        double center = 0.5 * (a + b);
        double half = 0.5 * (b - a);
        double fc = f.applyAsDouble(center);
        double kronrod = fc * WGK[7];
        double gauss = fc * WG[3];
        double[] fv1 = new double[7];
        double[] fv2 = new double[7];
        for (int j = 0; j < 7; j++) {
            double dx = half * XGK[j];
            fv1[j] = f.applyAsDouble(center - dx);
            fv2[j] = f.applyAsDouble(center + dx);
            kronrod += WGK[j] * (fv1[j] + fv2[j]);
            if (j % 2 == 1) {
                gauss += WG[j / 2] * (fv1[j] + fv2[j]);
            }
        }
        double mean = kronrod * 0.5;
        double asc = WGK[7] * Math.abs(fc - mean);
        for (int j = 0; j < 7; j++) {
            asc += WGK[j] * (Math.abs(fv1[j] - mean) + Math.abs(fv2[j] - mean));
        }
        asc *= Math.abs(half);
        double err = Math.abs((kronrod - gauss) * half);
        if (asc != 0 && err != 0) {
            err = asc * Math.min(1, Math.pow(200 * err / asc, 1.5));
        }
        return new Piece(a, b, kronrod * half, Math.max(err, 50 * Math.ulp(kronrod * half)));
    }
}
