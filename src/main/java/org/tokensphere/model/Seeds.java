package org.tokensphere.model;

import org.apache.commons.rng.UniformRandomProvider;

/**
 * Derives independent random streams from the one seed (MATH.md §6, reproducibility): the shared driving,
 * the initial state, the matrix and one stream per token, each a function of (seed, purpose, index) only,
 * so results never depend on the number of threads.
 */
public final class Seeds {
    /** Stream of the shared driving increments. */
    public static final long SHARED = 1;
    /** Stream of the initial positions. */
    public static final long INIT = 2;
    /** Stream of the GOE matrix {@code M}. */
    public static final long MATRIX = 3;
    /** Streams of the per-token noise; the token index is the stream index. */
    public static final long TOKEN = 4;
    /** Streams of the tracked pairs for the Lyapunov estimate. */
    public static final long TRACK = 5;
    /** Stream of a replica's first-passage draws (crossings within a step, {@link FirstPassage}). */
    public static final long FIRST_PASSAGE = 6;

    private Seeds() {
    }

    /** SplitMix64's finalizer: a bijective mix of 64 bits. */
    public static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }

    /** A generator for (seed, purpose, index): XoRoShiRo128++ seeded by two mixed words. */
    public static UniformRandomProvider stream(long seed, long purpose, long index) {
        return savable(seed, purpose, index);
    }

    /** The same generator, with a state a {@link SimulationCheckpoint} can save. */
    static SavableStream savable(long seed, long purpose, long index) {
        long a = mix(seed + 0x9e3779b97f4a7c15L * (purpose * 0x100000001L + 1));
        long b = mix(a ^ (index * 0xd1b54a32d192ed03L + 0x632be59bd9b4e019L));
        long c = mix(b + 0x9e3779b97f4a7c15L);
        if (b == 0 && c == 0) {
            c = 1;
        }
        return new SavableStream(b, c);
    }
}
