package org.tokensphere.model;

/**
 * The observables of MATH.md §7 at one time, immutable (arrays are copied on the way in and out).
 *
 * @param time              simulated time
 * @param polarOrder        {@code r = |(1/N) Σ x_i|}; 1 = one cluster
 * @param nematicOrder      {@code S = λ_max((1/N) Σ x_i x_iᵀ)}; 1 = all tokens on one axis, {@code 1/d} isotropic
 * @param poleAxis          the unit top eigenvector {@code ±u} of that matrix
 * @param polarFraction     fraction of pairs with {@code ρ > 1−δ}
 * @param antipolarFraction fraction of pairs with {@code ρ < −1+δ}
 * @param polarPairs        number of polar pairs (estimated from the sample when {@code sampled})
 * @param antipolarPairs    number of anti-polar pairs (likewise)
 * @param pairsExamined     pairs the pair statistics used
 * @param sampled           true when the pairs were sampled rather than all examined
 * @param clusters          number of clusters (groups with {@code ρ > 1−δ}); {@code maxClusters+1} means more
 * @param histogram         distribution of pairwise scalar products over [−1, 1] in equal bins, summing to 1
 * @param rho01             {@code ⟨x_0, x_1⟩}
 * @param pairRhos          {@code ⟨x_i, x_j⟩} of the chosen pairs, in order
 * @param lyapunov          running finite-time Lyapunov exponent estimate (1/time)
 * @param lyapunovBand      half-width of its confidence band (2 standard errors), NaN until known
 * @param lyapunovTheory    the exact top exponent for these parameters where one is known, else NaN
 * @param attentionEnergy   {@code E_β} (Rigollet (2025), eq. 3), NaN when not computed (large N)
 * @param meanRadius        {@code (1/N) Σ r_i}, the mean token radius (1 on the sphere; Pre-/Peri-LN grow it)
 */
public record ObservableValues(double time, double polarOrder, double nematicOrder, double[] poleAxis,
                               double polarFraction, double antipolarFraction, long polarPairs,
                               long antipolarPairs, long pairsExamined, boolean sampled, int clusters,
                               double[] histogram, double rho01, double[] pairRhos, double lyapunov,
                               double lyapunovBand, double lyapunovTheory, double attentionEnergy,
                               double meanRadius) {

    public ObservableValues {
        poleAxis = poleAxis.clone();
        histogram = histogram.clone();
        pairRhos = pairRhos.clone();
    }

    @Override
    public double[] poleAxis() {
        return poleAxis.clone();
    }

    @Override
    public double[] histogram() {
        return histogram.clone();
    }

    @Override
    public double[] pairRhos() {
        return pairRhos.clone();
    }
}
