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
    /**
     * An upper bound on the chord any token moves in this step under the shared increments alone (the
     * {@link #derive} Javadoc gives it); when it is at most {@link Simulation#MAX_CHORD_PER_STEP} no token needs
     * its chord checked.
     */
    double chordBound;

    StepInputs(int d) {
        this.d = d;
        this.dQ = new double[d * d];
        this.expQ = new double[d * d];
        this.dQRows = new double[d][d];
        this.expRows = new double[d][d];
        this.dL = new double[d];
        this.biasUnit = new double[d];
    }

    /**
     * Derives the per-step quantities from {@code dQ} and {@code dL}: {@code exp(−ΔQ)} (when {@code needExp}, by
     * {@code exp}, on {@code parallel} if not null), the Möbius coefficients, and the chord bound. With
     * {@code ρ ≥ |ΔQ|_2} and {@code a = |ΔL|}: the splitting scheme's {@code x ↦ Ex/|Ex|} turns a vector by at most
     * {@code arccos(1/cosh ρ)} (for a positive definite {@code E} with condition number {@code κ}, the largest
     * angle between {@code x} and {@code Ex} is {@code arccos(2√κ/(1+κ))}, and {@code κ ≤ e^{2ρ}}), and the Möbius
     * map moves a point by an arc of at most {@code a} (its flow has speed {@code |P_x ΔL| ≤ a} for unit time);
     * Heun adds {@code δ} with {@code |δ| ≤ ρ + a} to a unit vector, which turns it by at most
     * {@code arcsin(ρ + a)} when that is below 1. The chord of an arc {@code φ} is {@code 2 sin(φ/2)}.
     */
    void derive(Params p, SymmetricExp exp, boolean needExp, boolean heun, Parallel parallel) {
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
        double rho = quadratic ? frobenius(dQ) : 0;
        if (quadratic && needExp) {
            exp.expNeg(dQ, expRows, parallel);
            rho = Math.min(rho, exp.spectralBound());
            for (int i = 0; i < d; i++) {
                System.arraycopy(expRows[i], 0, expQ, i * d, d);
            }
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
        } else {
            // The Möbius map with these is the identity on unit vectors.
            java.util.Arrays.fill(biasUnit, 0);
            biasCosh = 1;
            biasSinh = 0;
        }
        privateQuadratic = p.effectiveSigmaQ() > 0 && p.sharing() < 1;
        independentScale = p.sigmaInd() * Math.sqrt(h);
        double arc;
        if (heun) {
            double b = rho + biasNorm;
            arc = b < 1 ? Math.asin(b) : Math.PI;
        } else {
            arc = Math.acos(1 / Math.cosh(rho)) + biasNorm;
        }
        chordBound = 2 * Math.sin(Math.min(arc, Math.PI) / 2);
        if (!(chordBound >= 0)) {
            chordBound = Double.POSITIVE_INFINITY;
        }
    }

    /** True when the chord of every token must be computed this step (its bound is above the limit). */
    boolean exactChords() {
        return StepCheck.ENABLED && !(chordBound <= Simulation.MAX_CHORD_PER_STEP);
    }

    private static double frobenius(double[] m) {
        double s = 0;
        for (double v : m) {
            s += v * v;
        }
        return Math.sqrt(s);
    }
}
