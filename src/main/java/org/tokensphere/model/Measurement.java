package org.tokensphere.model;

import org.tokensphere.model.observe.LyapunovEstimator;
import org.tokensphere.model.observe.Nematic;
import org.tokensphere.model.observe.Observables;
import org.tokensphere.model.observe.PairStatistics;

/**
 * Computes {@link ObservableValues} from a simulation's current state. The settings say how: the histogram bins,
 * and up to which {@code N} all pairs are examined; the closeness {@code δ} of polar pairs and clusters is a
 * parameter of the run ({@link Params#delta()}).
 *
 * @param bins         histogram bins over [−1, 1]
 * @param exactLimit   all pairs are examined up to this many tokens; beyond, {@code samplePairs} are sampled
 * @param samplePairs  size of the pair sample
 * @param maxClusters  cluster counting stops past this many
 * @param energyLimit  the attention energy ({@code O(N²)}) is computed up to this many tokens
 */
public record Measurement(int bins, int exactLimit, int samplePairs, int maxClusters, int energyLimit) {

    private static final double[] NONE = new double[0];

    /** Defaults: 40 bins, exact pair statistics up to 3 000 tokens, 200 000 sampled pairs beyond. */
    public static final Measurement DEFAULT = new Measurement(40, 3000, 200_000, 1000, 3000);

    /** The observables of {@code sim} now; {@code pairs} are token index pairs {@code {i, j}} to report. */
    public ObservableValues measure(Simulation sim, int[][] pairs) {
        double[] x = sim.positions();
        int n = sim.n();
        int d = sim.d();
        Params p = sim.params();
        Nematic nem = Observables.nematic(x, n, d);
        double delta = p.delta();
        PairStatistics ps = PairStatistics.compute(x, n, d, delta, bins, exactLimit, samplePairs,
                Seeds.mix(p.seed() ^ sim.steps()), chunksOn(sim.parallel()));
        double[] rhos = new double[pairs.length];
        for (int k = 0; k < pairs.length; k++) {
            rhos[k] = Observables.dot(x, d, pairs[k][0], pairs[k][1]);
        }
        LyapunovEstimator lyap = sim.lyapunov();
        double energy = p.attention() != AttentionKind.NONE && n <= energyLimit ? sim.attentionEnergy() : Double.NaN;
        return new ObservableValues(sim.time(), Observables.polarOrder(x, n, d), nem.order(), nem.axis(),
                ps.polarFraction(), ps.antipolarFraction(), ps.polarPairsEstimate(), ps.antipolarPairsEstimate(),
                ps.pairsExamined(), ps.sampled(), Observables.clusterCount(x, n, d, delta, maxClusters),
                ps.histogram(), Observables.dot(x, d, 0, 1), rhos, lyap.estimate(), lyap.bandHalfWidth(),
                theoreticalLyapunov(p, p.usesMatrix() ? sim.matrixEigenvalues() : NONE), energy, sim.meanRadius());
    }

    /** The pair count's chunks of rows ({@link PairStatistics.Chunks}), one task each, on {@code workers}. */
    static PairStatistics.Chunks chunksOn(Parallel workers) {
        return (chunks, chunk) -> workers.forChunks(chunks, 1, (worker, c, start, end) -> chunk.accept(c));
    }

    /**
     * The top Lyapunov exponent where MATH.md §5.3 gives it: {@code −2σ_Q²} for the RQF (white quadratic noise
     * alone, whatever the sharing, since a test pair shares all its noise); NaN otherwise.
     */
    public static double theoreticalLyapunov(Params p) {
        double q = p.effectiveSigmaQ();
        boolean pureRqf = q > 0 && p.mode() == Mode.RANDOM && p.tau() == 0 && p.effectiveSigmaB() == 0
                && p.effectiveAlpha() == 0 && p.sigmaInd() == 0;
        return pureRqf ? -2 * q * q : Double.NaN;
    }

    /**
     * As {@link #theoreticalLyapunov(Params)}, and for the deterministic form alone (MATH.md §5.4) the rate
     * {@code −(μ_2 − μ_1)} at which nearby tokens approach each other near the attractor {@code ±e_min}
     * ({@code eigenvalues} of {@code M} ascending).
     */
    public static double theoreticalLyapunov(Params p, double[] eigenvalues) {
        boolean pureDqf = p.mode() == Mode.DETERMINISTIC && p.effectiveBiasStrength() == 0
                && p.effectiveAlpha() == 0 && p.sigmaInd() == 0 && eigenvalues.length >= 2;
        return pureDqf ? -(eigenvalues[1] - eigenvalues[0]) : theoreticalLyapunov(p);
    }
}
