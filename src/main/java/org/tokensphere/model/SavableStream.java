package org.tokensphere.model;

import org.apache.commons.rng.core.source64.XoRoShiRo128PlusPlus;

/**
 * Commons RNG's XoRoShiRo128++ whose state — two words — can be copied out and back without allocating: a run
 * with private noise has two streams per token, and a {@link SimulationCheckpoint} saves all of them at every
 * frame. For {@code nextLong}, the only method the ziggurat sampler of {@link Gaussians} calls, the two words are
 * the whole state; the generator's cache for {@code nextInt} and {@code nextBoolean} is cleared on restore.
 */
final class SavableStream extends XoRoShiRo128PlusPlus {
    /** Words of state per stream. */
    static final int WORDS = 2;

    SavableStream(long word0, long word1) {
        super(word0, word1);
    }

    /** Writes the state into {@code out[at]} and {@code out[at + 1]}. */
    void save(long[] out, int at) {
        out[at] = state0;
        out[at + 1] = state1;
    }

    /** Back to a state {@link #save} wrote. */
    void restore(long[] saved, int at) {
        state0 = saved[at];
        state1 = saved[at + 1];
        resetCachedState();
    }
}
