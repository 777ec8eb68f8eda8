package org.tokensphere.model.theory;

/**
 * The exact mean time for the scalar product {@code ρ = ⟨x, y⟩} of two tokens under the RQF with a random bias
 * (MATH.md §5.5) to rise from {@code ρ_0} to a level {@code ℓ}: the lifetime of an (anti-polar) pair. Derived in
 * MATH.md §9 from the scale function and speed measure of the one-dimensional diffusion
 * {@code dρ = b(ρ) dt + √a(ρ) dB} with
 * {@code b = −2σ_Q²ρ(1−ρ²) + σ_b²(1−ρ)(d−2−ρ)}, {@code a = 2(1−ρ)²(1+ρ)(q(1+ρ) + c)}, {@code q = 2σ_Q²},
 * {@code c = σ_b²}:
 *
 * <pre>
 *   s'(ρ) = (1−ρ)^A (1+ρ)^(−B) (q(1+ρ)+c)^(−C),   m(ρ) = 2 / (a(ρ) s'(ρ)),
 *   A = (c(d−3) − 2q) / (2(2q+c)),  B = (d−1)/2,  C = −(d−2)q / (2q+c),
 *   E τ = ∫_{ρ_0}^{ℓ} s'(y) ∫_{−1}^{y} m(z) dz dy.
 * </pre>
 *
 * ({@code −2b/a} in partial fractions gives {@code s'}; {@code ρ = −1} is an entrance boundary for {@code d ≥ 3}
 * and instantaneously reflecting for {@code d = 2}: near it {@code (1+ρ)/(2σ_b²)} is a squared Bessel process of
 * dimension {@code d−1}, so no probability flows out there and the inner integral starts at −1.) Both integrals
 * have singular ends at {@code −1}; with {@code y = −1 + v²}, {@code z = −1 + v²s²} the integrand becomes
 * {@code 2v (2−v²)^A (qv²+c)^(−C) I(v)},
 * {@code I(v) = ∫_0^1 2 s^(d−2) (2−v²s²)^(−2−A) (qv²s²+c)^(C−1) ds}, smooth on both intervals, and both are
 * computed by adaptive Gauss–Kronrod quadrature ({@link Quadrature}) to a relative {@code 10⁻¹¹}.
 */
public final class ScalarProductExitTime {
    private ScalarProductExitTime() {
    }

    /**
     * {@code E τ}, {@code τ = inf{t : ρ_t ≥ level}}, from {@code rho0}; needs {@code σ_b > 0},
     * {@code −1 ≤ rho0 ≤ level < 1} and {@code d ≥ 2}.
     */
    public static double mean(int d, double sigmaQ, double sigmaB, double rho0, double level) {
        if (!(sigmaB > 0) || d < 2 || !(rho0 >= -1 && rho0 <= level && level < 1)) {
            throw new IllegalArgumentException("the exit time needs sigmaB > 0, d >= 2 and -1 <= rho0 <= level < 1"
                    + " (got sigmaB = " + sigmaB + ", d = " + d + ", rho0 = " + rho0 + ", level = " + level + ")");
        }
        double q = 2 * sigmaQ * sigmaQ;
        double c = sigmaB * sigmaB;
        double a = (c * (d - 3) - 2 * q) / (2 * (2 * q + c));
        double cc = -(d - 2) * q / (2 * q + c);
        java.util.function.DoubleUnaryOperator outer = v -> {
            double v2 = v * v;
            double inner = Quadrature.integrate(s -> {
                double u = v2 * s * s;
                return 2 * Math.pow(s, d - 2) * Math.pow(2 - u, -2 - a) * Math.pow(q * u + c, cc - 1);
            }, 0, 1, 0, 1e-12);
            return 2 * v * Math.pow(2 - v2, a) * Math.pow(q * v2 + c, -cc) * inner;
        };
        return Quadrature.integrate(outer, Math.sqrt(1 + rho0), Math.sqrt(1 + level), 0, 1e-11);
    }
}
