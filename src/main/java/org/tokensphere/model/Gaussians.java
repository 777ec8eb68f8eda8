package org.tokensphere.model;

import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.ContinuousSampler;
import org.apache.commons.rng.sampling.distribution.ZigguratSampler;

/**
 * Standard normal draws from one derived stream (Commons RNG ziggurat). The ziggurat sampler keeps no state of its
 * own, so the generator's state is the stream's position: {@link #save} and {@link #restore} move it (for streams
 * made by {@link Seeds#savable}).
 */
final class Gaussians {
    private final UniformRandomProvider rng;
    private final ContinuousSampler sampler;

    Gaussians(UniformRandomProvider rng) {
        this.rng = rng;
        this.sampler = ZigguratSampler.NormalizedGaussian.of(rng);
    }

    /** Writes the stream's position into {@code out} at {@code at} (a {@link SavableStream}'s two words). */
    void save(long[] out, int at) {
        ((SavableStream) rng).save(out, at);
    }

    /** Back to a position {@link #save} wrote. */
    void restore(long[] saved, int at) {
        ((SavableStream) rng).restore(saved, at);
    }

    /** One standard normal. */
    double next() {
        return sampler.sample();
    }

    /** Fills {@code out[0..count)} with standard normals. */
    void fill(double[] out, int count) {
        for (int k = 0; k < count; k++) {
            out[k] = sampler.sample();
        }
    }

    /**
     * A GOE increment (MATH.md §2) from {@code d(d+1)/2} standard normals {@code z}: off-diagonal entries
     * {@code scale·z}, diagonal {@code √2·scale·z}, so {@code E[ΔG_ij ΔG_kl] = scale²(δ_ik δ_jl + δ_il δ_jk)}.
     * Adds into the full symmetric matrix {@code out} ({@code d×d}).
     */
    static void addGoe(double[] z, double scale, double[] out, int d) {
        int k = 0;
        double diag = Math.sqrt(2) * scale;
        for (int i = 0; i < d; i++) {
            out[i * d + i] += diag * z[k++];
            for (int j = i + 1; j < d; j++) {
                double v = scale * z[k++];
                out[i * d + j] += v;
                out[j * d + i] += v;
            }
        }
    }

    /** Number of independent entries of a symmetric {@code d×d} matrix. */
    static int symmetricEntries(int d) {
        return d * (d + 1) / 2;
    }
}
