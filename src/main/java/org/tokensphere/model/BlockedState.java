package org.tokensphere.model;

/**
 * The ensemble held in d = 3 blocks ({@link Block3}) while only shared driving acts: packed from the row-major
 * positions on first use, stepped there (one step, or up to {@link Simulation#FUSED_STEPS} fused), and unpacked
 * when positions are asked for.
 */
final class BlockedState {
    private final int n;
    private final double[][] blocks;
    private StepInputs[] batch = new StepInputs[0];

    /** Packs the row-major positions {@code x} ({@code n×3}). */
    BlockedState(double[] x, int n) {
        this.n = n;
        this.blocks = Block3.allocate(n);
        Block3.pack(x, n, blocks);
    }

    /** One step of every token with the shared inputs {@code in}. */
    void step(StepInputs in, boolean heun, Parallel parallel) {
        double[][] b = blocks;
        parallel.forChunks(b.length, (from, to) -> new Block3().step(b, from, to, in, heun), chunkBlocks());
    }

    /** Reusable step inputs for {@code m} fused steps. */
    StepInputs[] inputs(int m, int d) {
        if (batch.length < m) {
            batch = new StepInputs[Simulation.FUSED_STEPS];
            for (int s = 0; s < batch.length; s++) {
                batch[s] = new StepInputs(d);
            }
        }
        return batch;
    }

    /** {@code m} steps with {@code inputs[0..m)}, each block taking all of them while it is in the cache. */
    void stepFused(StepInputs[] inputs, int m, boolean heun, Parallel parallel) {
        double[][] b = blocks;
        parallel.forChunks(b.length, (from, to) -> new Block3().stepFused(b, from, to, inputs, m, heun),
                chunkBlocks());
    }

    /** The positions, row-major, into {@code x}. */
    void unpack(double[] x) {
        Block3.unpack(blocks, n, x);
    }

    /** {@code |x_i|²}. */
    double squaredNorm(int i) {
        double[] b = blocks[i / Block3.BLOCK];
        int j = i % Block3.BLOCK;
        double u = b[j];
        double v = b[Block3.BLOCK + j];
        double w = b[2 * Block3.BLOCK + j];
        return u * u + v * v + w * w;
    }

    private static int chunkBlocks() {
        return Parallel.CHUNK / Block3.BLOCK;
    }
}
