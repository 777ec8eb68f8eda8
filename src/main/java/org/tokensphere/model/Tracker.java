package org.tokensphere.model;

import org.tokensphere.model.observe.LyapunovEstimator;

/**
 * Finite-time Lyapunov exponent of the flow on the sphere (MATH.md §5.3, §7) by the renormalized separation of
 * test pairs (Benettin): {@code m} reference particles, each with a shadow at distance {@code ε}, driven by the
 * same shared increments and by the same private increments as their reference. They feel the ensemble's
 * attention but do not act on it. After every step each shadow is put back at distance {@code ε} along the
 * current separation, and the mean log growth feeds a {@link LyapunovEstimator}.
 */
final class Tracker {
    /** Initial and renormalized separation. */
    static final double EPSILON = 1e-7;
    private final int d;
    private final int m;
    /** References at rows {@code 0..m−1}, shadows at rows {@code m..2m−1}. */
    final double[] probes;
    /** Radii of the probes under Pre-/Peri-LN (MATH.md §8), 1 at the start; a shadow takes its reference's. */
    final double[] radii;
    private final TokenNoise noise;
    private final LyapunovEstimator estimator = new LyapunovEstimator();
    private final double[] delta;
    private final TokenKernels.Scratch scratch;
    private double lastMaxMove;

    Tracker(int pairs, int d, long seed) {
        this.d = d;
        this.m = pairs;
        this.probes = new double[2 * m * d];
        this.radii = new double[2 * m];
        java.util.Arrays.fill(radii, 1);
        this.delta = new double[d];
        this.scratch = new TokenKernels.Scratch(d);
        Gaussians g = new Gaussians(Seeds.stream(seed, Seeds.TRACK, 1_000_000));
        for (int k = 0; k < m; k++) {
            InitialStates.randomUnit(probes, k * d, d, g);
        }
        for (int k = 0; k < m; k++) {
            placeShadow(k, randomTangent(k, g));
        }
        this.noise = new TokenNoise(seed, Seeds.TRACK, m, d);
    }

    /** Number of test pairs. */
    int pairs() {
        return m;
    }

    /** The running estimator. */
    LyapunovEstimator estimator() {
        return estimator;
    }

    /** Largest chord a reference particle moved in the last step (NaN if one is not finite). */
    double lastMaxMove() {
        return lastMaxMove;
    }

    /**
     * Throws {@link ArithmeticException} when a test particle moved by a chord above
     * {@link Simulation#MAX_CHORD_PER_STEP} in the last step (of length {@code h}, ending at {@code time}): they are
     * checked like the tokens, though they are not part of the ensemble.
     */
    void checkMove(double h, double time) {
        if (!(lastMaxMove <= Simulation.MAX_CHORD_PER_STEP)) {
            throw new ArithmeticException(String.format(java.util.Locale.ROOT, "the step dt = %.3g is too large: a "
                    + "Lyapunov test particle moved by a chord of %.2f in one step at t = %.4g; lower dt (or set dt = 0 "
                    + "for automatic)", h, lastMaxMove, time));
        }
    }

    /** Steps every reference and its shadow with the same increments, then renormalizes and records the growth. */
    void step(Params p, StepInputs in, boolean heun) {
        TokenKernels.Scratch s = scratch;
        double maxChordSquared = 0;
        if (in.privateQuadratic) {
            noise.prepare(p, in.h);
        }
        for (int k = 0; k < m; k++) {
            double[] q = null;
            double[] w = null;
            if (in.privateQuadratic) {
                noise.drawQuadratic(k, p, in.h, s.z1, s.z2, s.privateQ);
                q = s.privateQ;
            }
            if (in.independentScale > 0) {
                noise.drawIndependent(k, in.independentScale, s.independent);
                w = s.independent;
            }
            double c = heun ? TokenKernels.heun(probes, k * d, in, q, w, s)
                    : TokenKernels.splitting(probes, k * d, in, q, w, s);
            maxChordSquared = c > maxChordSquared || Double.isNaN(c) ? c : maxChordSquared;
            if (heun) {
                TokenKernels.heun(probes, (m + k) * d, in, q, w, s);
            } else {
                TokenKernels.splitting(probes, (m + k) * d, in, q, w, s);
            }
        }
        lastMaxMove = Math.sqrt(maxChordSquared);
        renormalize(in.h);
    }

    /** Records the growth since the last renormalization over a step {@code h} and puts the shadows back at ε. */
    void renormalize(double h) {
        double sum = 0;
        for (int k = 0; k < m; k++) {
            double s = 0;
            for (int j = 0; j < d; j++) {
                delta[j] = probes[(m + k) * d + j] - probes[k * d + j];
                s += delta[j] * delta[j];
            }
            double dist = Math.sqrt(s);
            if (!(dist > 0) || !Double.isFinite(dist)) {
                throw new ArithmeticException("a Lyapunov test pair collapsed or blew up (distance " + dist + ")");
            }
            sum += Math.log(dist / EPSILON);
            placeShadow(k, delta);
        }
        estimator.add(sum / m, h);
    }

    private void placeShadow(int k, double[] direction) {
        double along = 0;
        for (int j = 0; j < d; j++) {
            along += direction[j] * probes[k * d + j];
        }
        double s = 0;
        for (int j = 0; j < d; j++) {
            direction[j] -= along * probes[k * d + j];
            s += direction[j] * direction[j];
        }
        double scale = EPSILON / Math.sqrt(s);
        for (int j = 0; j < d; j++) {
            probes[(m + k) * d + j] = probes[k * d + j] + scale * direction[j];
        }
        Linalg.normalize(probes, (m + k) * d, d);
        radii[m + k] = radii[k];
    }

    /** Puts every probe back on the unit sphere's radius ({@code r = 1}, Post-LN). */
    void resetRadii() {
        java.util.Arrays.fill(radii, 1);
    }

    private double[] randomTangent(int k, Gaussians g) {
        double[] t = new double[d];
        for (int j = 0; j < d; j++) {
            t[j] = g.next();
        }
        return t;
    }

    /** Where the test pairs are (for a {@link SimulationCheckpoint}): probes, their noise, the estimator. */
    record State(double[] probes, double[] radii, TokenNoise.State noise, LyapunovEstimator estimator) {
    }

    /** The test pairs' state now (copies). */
    State save() {
        return new State(probes.clone(), radii.clone(), noise.save(), estimator.copy());
    }

    /** Back to a saved state. */
    void restore(State s) {
        System.arraycopy(s.probes(), 0, probes, 0, probes.length);
        System.arraycopy(s.radii(), 0, radii, 0, radii.length);
        noise.restore(s.noise());
        estimator.copyFrom(s.estimator());
    }
}
