package org.tokensphere.model.theory;

import org.tokensphere.model.AttentionKind;

/**
 * When equiangular tokens under attention reach a closeness: from {@code ⟨x_i, x_j⟩ = ρ_0} for all pairs the
 * configuration stays equiangular and {@code ρ' = α F(ρ)} (MATH.md §5.6, Post-LN), so the time to reach
 * {@code ℓ > ρ_0} is {@code ∫_{ρ_0}^{ℓ} dρ / (α F(ρ))}, computed by adaptive quadrature. From {@code ρ_0 = 0} to
 * {@code ℓ = 0.999} with {@code N = 32} this is the transition curve of Fig. 3 of Rigollet (2025) (MATH.md §9): 5.19
 * at {@code β = 0}, 9.5 at 5, 16 at 6 and 73 at 8.
 */
public final class EquiangularTime {
    private EquiangularTime() {
    }

    /** {@code F(ρ)} of MATH.md §5.6 at {@code α = 1}: {@link Equiangular#rate}; 0 without attention. */
    public static double rate(AttentionKind kind, int n, double beta, double rho) {
        return kind == AttentionKind.NONE ? 0 : Equiangular.rate(kind, n, beta, rho);
    }

    /** The time for {@code ρ} to go from {@code rho0} to {@code level}; needs {@code −1/(N−1) < rho0 ≤ level < 1}. */
    public static double time(AttentionKind kind, int n, double alpha, double beta, double rho0, double level) {
        if (kind == AttentionKind.NONE || !(alpha > 0) || !(rho0 > -1.0 / (n - 1) && rho0 <= level && level < 1)) {
            throw new IllegalArgumentException("the equiangular time needs attention, alpha > 0 and "
                    + "-1/(n-1) < rho0 <= level < 1 (got " + kind + ", alpha = " + alpha + ", rho0 = " + rho0
                    + ", level = " + level + ")");
        }
        // With u = −log(1−ρ) the integrand dρ/F = (1−ρ) du/F stays bounded as the level approaches 1.
        double u0 = -Math.log1p(-rho0);
        double u1 = -Math.log1p(-level);
        return Quadrature.integrate(u -> {
            double oneMinus = Math.exp(-u);
            return oneMinus / (alpha * rate(kind, n, beta, 1 - oneMinus));
        }, u0, u1, 0, 1e-11);
    }
}
