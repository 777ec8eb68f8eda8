package org.tokensphere.model;

/**
 * What one step shares across all tokens: the shared increments and the quantities derived from them once per
 * step (the exponential {@code exp(−ΔQ)}, the Möbius coefficients of {@code ΔL}). Filled on the stepping thread
 * before the tokens are stepped, then only read. Buffers are reused from step to step.
 */
final class StepInputs {
    final int d;
    /** Step length. */
    double h;
    /** Shared quadratic increment {@code ΔQ}, full symmetric {@code d×d}. */
    final double[] dQ;
    /** {@code exp(−ΔQ)}, for the splitting scheme. */
    final double[] expQ;
    /** {@code ΔQ} and {@code exp(−ΔQ)} as rows, for the per-token kernels ({@link Linalg#multiplySymmetric}). */
    final double[][] dQRows;
    final double[][] expRows;
    /** True when {@code ΔQ} is not zero. */
    boolean quadratic;
    /**
     * True when {@code dQ} is known to hold zeros (set by the step's driving; false until it says so, so a caller
     * that fills {@code dQ} itself gets it scanned): then a step without quadratic driving skips the {@code d²}
     * work of scanning and copying it (in {@code d = 1024} that is most of an attention step's time).
     */
    boolean zeroQ;
    private boolean zeroRows;
    /** Shared bias increment {@code ΔL}. */
    final double[] dL;
    /** True when {@code ΔL} is not zero. */
    boolean bias;
    /** Unit direction of {@code ΔL}. */
    final double[] biasUnit;
    /** {@code |ΔL|}, {@code cosh|ΔL|}, {@code sinh|ΔL|}. */
    double biasNorm;
    double biasCosh;
    double biasSinh;
    /** True when each token has a private quadratic increment ({@code c < 1}). */
    boolean privateQuadratic;
    /** {@code σ_ind √h}, or 0 when there is no independent noise. */
    double independentScale;

    StepInputs(int d) {
        this.d = d;
        this.dQ = new double[d * d];
        this.expQ = new double[d * d];
        this.dQRows = new double[d][d];
        this.expRows = new double[d][d];
        this.dL = new double[d];
        this.biasUnit = new double[d];
    }

    /** Derives the per-step quantities from {@code dQ} and {@code dL}; {@code linalg} computes the exponential. */
    void derive(Params p, Linalg linalg, boolean needExp) {
        if (zeroQ) {
            quadratic = false;
            if (!zeroRows) {
                Linalg.toRows(dQ, dQRows, d);
                zeroRows = true;
            }
        } else {
            double maxQ = 0;
            for (double v : dQ) {
                maxQ = Math.max(maxQ, Math.abs(v));
            }
            quadratic = maxQ > 0;
            Linalg.toRows(dQ, dQRows, d);
            zeroRows = !quadratic;
        }
        if (quadratic && needExp) {
            linalg.expNeg(dQ, 1, expQ);
            Linalg.toRows(expQ, expRows, d);
        }
        double s = 0;
        for (double v : dL) {
            s += v * v;
        }
        biasNorm = Math.sqrt(s);
        bias = biasNorm > 0;
        if (bias) {
            for (int k = 0; k < d; k++) {
                biasUnit[k] = dL[k] / biasNorm;
            }
            biasCosh = Math.cosh(biasNorm);
            biasSinh = Math.sinh(biasNorm);
        }
        privateQuadratic = p.effectiveSigmaQ() > 0 && p.sharing() < 1;
        independentScale = p.sigmaInd() * Math.sqrt(h);
    }
}
