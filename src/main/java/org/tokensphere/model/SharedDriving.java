package org.tokensphere.model;

import java.util.Arrays;

/**
 * The driving shared by all tokens (MATH.md §2): per step, the quadratic increment
 * {@code ΔQ = h·M + σ_Q·√c·ΔG} (white, or the integral of the coloured process) and the bias increment
 * {@code ΔL = h·v + σ_b·ΔW}. The same standard normals are drawn every step whatever random terms are on, so the
 * Brownian path does not depend on which of them act ("replay the same noise" with other strengths); a step with
 * no random term at all ({@code σ_Q = σ_b = 0}, or deterministic mode) draws none, since it uses none: in
 * {@code d = 1024} that is a million normals a step.
 */
public final class SharedDriving {
    private final int d;
    private final Gaussians gaussians;
    private final double[] z1;
    private final double[] z2;
    private final double[] zw;
    private final double[] matrix;
    /** The bias direction of {@link #directionOf} (read once per parameter change: the accessor copies). */
    private final double[] direction;
    private Params directionOf;
    private ColoredGoe colored;
    private double coloredTau;
    private OrnsteinUhlenbeck law;
    private double lawStep = Double.NaN;

    /** The driving for dimension {@code d}, drawing from the shared stream of {@code seed}. */
    public SharedDriving(int d, long seed) {
        this.d = d;
        this.gaussians = new Gaussians(Seeds.savable(seed, Seeds.SHARED, 0));
        int m = Gaussians.symmetricEntries(d);
        this.z1 = new double[m];
        this.z2 = new double[m];
        this.zw = new double[d];
        this.matrix = new double[d * d];
        this.direction = new double[d];
    }

    /** Sets the fixed matrix {@code M} (row-major {@code d×d}, symmetric); copied. */
    public void setMatrix(double[] m) {
        System.arraycopy(m, 0, matrix, 0, d * d);
    }

    /**
     * Draws the next step's increments.
     *
     * @param p   parameters (mode, strengths, sharing, τ)
     * @param h   step length
     * @param dQ  output: shared quadratic increment, full symmetric {@code d×d}
     * @param dL  output: bias increment, {@code d}
     */
    public void next(Params p, double h, double[] dQ, double[] dL) {
        next(p, h, dQ, dL, false);
    }

    /**
     * As {@link #next(Params, double, double[], double[])}; {@code dQZero} says {@code dQ} holds zeros already, so
     * a step without quadratic driving need not clear its {@code d²} entries again. Returns false when {@code dQ}
     * is all zeros afterwards (no quadratic driving this step).
     */
    boolean next(Params p, double h, double[] dQ, double[] dL, boolean dQZero) {
        int m = z1.length;
        if (p.effectiveSigmaQ() > 0 || p.effectiveSigmaB() > 0) {
            gaussians.fill(z1, m);
            gaussians.fill(z2, m);
            gaussians.fill(zw, d);
        }
        double sharedScale = p.effectiveSigmaQ() * Math.sqrt(p.sharing());
        boolean quadratic = p.usesMatrix() || sharedScale > 0;
        if (quadratic || !dQZero) {
            Arrays.fill(dQ, 0, d * d, 0);
        }
        if (p.usesMatrix()) {
            for (int k = 0; k < d * d; k++) {
                dQ[k] = h * matrix[k];
            }
        }
        if (sharedScale > 0) {
            if (p.tau() > 0) {
                coloredLaw(p.tau(), h);
                colored.advance(0, law, z1, z2, sharedScale, dQ);
            } else {
                Gaussians.addGoe(z1, sharedScale * Math.sqrt(h), dQ, d);
            }
        }
        if (p != directionOf) {
            System.arraycopy(p.biasDirection(), 0, direction, 0, d);
            directionOf = p;
        }
        double[] v = direction;
        double vs = p.effectiveBiasStrength() * h;
        double bs = p.effectiveSigmaB() * Math.sqrt(h);
        for (int k = 0; k < d; k++) {
            dL[k] = vs * v[k] + bs * zw[k];
        }
        return quadratic;
    }

    private void coloredLaw(double tau, double h) {
        if (colored == null || coloredTau != tau) {
            colored = new ColoredGoe(d, 1);
            colored.initialize(0, tau, gaussians);
            coloredTau = tau;
            lawStep = Double.NaN;
        }
        if (lawStep != h) {
            law = new OrnsteinUhlenbeck(h, tau);
            lawStep = h;
        }
    }

    /**
     * Where the shared driving is (for a {@link SimulationCheckpoint}): the stream's position and the coloured
     * process, null while none runs.
     */
    record State(long[] stream, double[] colored, double coloredTau) {
    }

    /** The driving's state now. */
    State save() {
        long[] stream = new long[SavableStream.WORDS];
        gaussians.save(stream, 0);
        return new State(stream, colored == null ? null : colored.saveState(), coloredTau);
    }

    /** Back to a saved state; the next increments are those that followed it. */
    void restore(State s) {
        gaussians.restore(s.stream(), 0);
        if (s.colored() == null) {
            colored = null;
        } else {
            if (colored == null) {
                colored = new ColoredGoe(d, 1);
            }
            colored.restoreState(s.colored());
        }
        coloredTau = s.coloredTau();
        lawStep = Double.NaN;
    }
}
