package org.tokensphere.model;

import java.util.Arrays;

/**
 * The pass over the tokens of {@link Block3}'s steps, when their shared bound does not stand for it (see
 * {@link Block3}). After a block's step (or its fused steps) one short loop adds {@code (|x|² − 1)²} of each of its
 * tokens to a per-lane sum ({@link #lanes}, a vectorized add; NaN and infinity carry through, and a NaN token stays
 * NaN in later steps). A task looks at the sums once, after all its blocks, and only when they are off does it
 * search its tokens for the first bad one ({@link #locate}). Chords are computed from a copy of a block taken
 * before its step ({@link #saveBefore}), only in the steps whose shared bound does not exclude a long one.
 */
final class Block3Health {
    private static final int BLOCK = Block3.BLOCK;
    /** A lane sum of squared norm deviations above this sends the task searching its tokens. */
    private static final double HEALTH_LIMIT = 1e-20;

    /** Per lane, the sum of {@code (|x|² − 1)²} over the blocks and steps of the current task. */
    private final double[] lanes = new double[BLOCK];
    /** A block's positions before the step, when chords are checked. */
    private final double[] before = new double[Block3.STRIDE];

    /** Starts a task. */
    void reset() {
        Arrays.fill(lanes, 0);
    }

    /**
     * Adds {@code (|x|² − 1)²} of every lane of block {@code b} (a zero or infinite vector becomes NaN, so the final
     * state shows it).
     */
    void accumulate(double[] b) {
        double[] hl = lanes;
        for (int j = 0; j < BLOCK; j++) {
            double u = b[j], v = b[BLOCK + j], w = b[2 * BLOCK + j];
            double e = u * u + v * v + w * w - 1;
            hl[j] += e * e;
        }
    }

    /** Searches the blocks for the first bad token when the lane sums say there may be one. */
    void verify(double[][] blocks, int fromBlock, int toBlock, int n, StepCheck check, int chunk) {
        double s0 = 0;
        double s1 = 0;
        for (int j = 0; j < BLOCK; j += 2) {
            s0 += lanes[j];
            s1 += lanes[j + 1];
        }
        if (!(s0 + s1 <= HEALTH_LIMIT)) {
            locate(blocks, fromBlock, toBlock, n, check, chunk);
        }
    }

    /** Records the first token of blocks {@code [fromBlock, toBlock)} that is not finite or off the sphere. */
    static void locate(double[][] blocks, int fromBlock, int toBlock, int n, StepCheck check, int chunk) {
        for (int k = fromBlock; k < toBlock; k++) {
            double[] b = blocks[k];
            for (int j = 0; j < BLOCK && k * BLOCK + j < n; j++) {
                double s = b[j] * b[j] + b[BLOCK + j] * b[BLOCK + j] + b[2 * BLOCK + j] * b[2 * BLOCK + j];
                if (!(Math.abs(s - 1) <= StepCheck.NORM_TOLERANCE)) {
                    check.fail(chunk, k * BLOCK + j, Double.isFinite(s) ? StepCheck.Cause.OFF_SPHERE
                            : StepCheck.Cause.NOT_FINITE, s);
                    return;
                }
            }
        }
    }

    /** Keeps block {@code b}'s positions before its step, for {@link #checkChords}. */
    void saveBefore(double[] b) {
        System.arraycopy(b, 0, before, 0, Block3.STRIDE);
    }

    /** Records the first token of block {@code k} that moved by a chord above the limit since {@link #saveBefore}. */
    void checkChords(double[] b, int k, int n, StepCheck check, int chunk) {
        for (int j = 0; j < BLOCK && k * BLOCK + j < n; j++) {
            double dx = b[j] - before[j];
            double dy = b[BLOCK + j] - before[BLOCK + j];
            double dz = b[2 * BLOCK + j] - before[2 * BLOCK + j];
            check.checkChord(dx * dx + dy * dy + dz * dz, chunk, k * BLOCK + j);
        }
    }
}
