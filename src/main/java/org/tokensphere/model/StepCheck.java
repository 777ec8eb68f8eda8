package org.tokensphere.model;

import java.util.Locale;

/**
 * What the token kernels found wrong in one step: per chunk of tokens, the first token (lowest index) whose new
 * position is not finite, is off the sphere beyond rounding, or moved by a chord longer than
 * {@link Simulation#MAX_CHORD_PER_STEP}. Each chunk is written by the one task that steps it, so the first failing
 * token of the step, and hence the message, is the same for every thread count.
 */
final class StepCheck {
    /** {@code | |x|² − 1 |} above this is off the sphere (rounding gives about 1e-16). */
    static final double NORM_TOLERANCE = 1e-12;
    /**
     * False only with {@code -Dtokensphere.noStepCheck=true}, which leaves out every check of the kernels: for
     * measuring what the checks cost ({@code src/bench/jmh.sh}, see README), never for running.
     */
    static final boolean ENABLED = !Boolean.getBoolean("tokensphere.noStepCheck");
    /** The square of {@link Simulation#MAX_CHORD_PER_STEP}. */
    static final double MAX_CHORD_SQUARED = Simulation.MAX_CHORD_PER_STEP * Simulation.MAX_CHORD_PER_STEP;

    enum Cause { NOT_FINITE, OFF_SPHERE, CHORD }

    private int[] token = new int[0];
    private Cause[] cause = new Cause[0];
    private double[] value = new double[0];
    private int chunks;

    /** Prepares for a step over {@code chunks} chunks; nothing is recorded yet. */
    void begin(int chunks) {
        if (token.length < chunks) {
            token = new int[chunks];
            cause = new Cause[chunks];
            value = new double[chunks];
        }
        this.chunks = chunks;
        java.util.Arrays.fill(token, 0, chunks, -1);
    }

    /** True when no chunk recorded a failure since {@link #begin}. */
    boolean passed() {
        for (int c = 0; c < chunks; c++) {
            if (token[c] >= 0) {
                return false;
            }
        }
        return true;
    }

    /** Records a failure of {@code tokenIndex} in chunk {@code chunk}, unless the chunk has one already. */
    void fail(int chunk, int tokenIndex, Cause c, double v) {
        if (token[chunk] < 0) {
            token[chunk] = tokenIndex;
            cause[chunk] = c;
            value[chunk] = v;
        }
    }

    /**
     * Checks a position {@code x[off..off+d)} just written: records it when it is not finite or off the sphere, and
     * returns whether it was.
     */
    boolean checkPosition(double[] x, int off, int d, int chunk, int tokenIndex) {
        double s = Linalg.dot(x, off, x, off, d);
        if (Math.abs(s - 1) <= NORM_TOLERANCE) {
            return false;
        }
        fail(chunk, tokenIndex, Double.isFinite(s) ? Cause.OFF_SPHERE : Cause.NOT_FINITE, s);
        return true;
    }

    /**
     * Records {@code tokenIndex} when the square of its chord this step, {@code chordSquared}, is above the limit or
     * not a number (then its position is not finite).
     */
    void checkChord(double chordSquared, int chunk, int tokenIndex) {
        if (!(chordSquared <= MAX_CHORD_SQUARED)) {
            if (Double.isNaN(chordSquared)) {
                fail(chunk, tokenIndex, Cause.NOT_FINITE, chordSquared);
            } else {
                fail(chunk, tokenIndex, Cause.CHORD, Math.sqrt(chordSquared));
            }
        }
    }

    /**
     * The failure of the step that ended at {@code time}, as an exception with a one-line message, or null.
     *
     * @param steps how many steps the check covered (fused steps); the message then gives the time span
     */
    ArithmeticException failure(double time, double h, int steps) {
        for (int c = 0; c < chunks; c++) {
            if (token[c] >= 0) {
                return exception(token[c], cause[c], value[c], time, h, steps);
            }
        }
        return null;
    }

    static ArithmeticException exception(int tokenIndex, Cause c, double v, double time, double h, int steps) {
        String when = steps <= 1 ? String.format(Locale.ROOT, "at t = %.4g", time)
                : String.format(Locale.ROOT, "between t = %.4g and %.4g", time - steps * h, time);
        String what = switch (c) {
            case CHORD -> String.format(Locale.ROOT, "the step dt = %.3g is too large: token %d moved by a chord of "
                    + "%.2f in one step %s; lower dt (or set dt = 0 for automatic)", h, tokenIndex, v, when);
            case NOT_FINITE -> String.format(Locale.ROOT, "token %d became %s %s: the step dt = %.3g is too large "
                    + "for these parameters", tokenIndex, Double.isNaN(v) ? "NaN" : "infinite", when, h);
            case OFF_SPHERE -> String.format(Locale.ROOT, "token %d left the sphere (|x|² = %.6g) %s: the step dt = "
                    + "%.3g is too large for these parameters", tokenIndex, v, when, h);
        };
        return new ArithmeticException(what);
    }
}
