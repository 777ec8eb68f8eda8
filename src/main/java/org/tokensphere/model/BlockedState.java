package org.tokensphere.model;

/**
 * The ensemble held in d = 3 blocks ({@link Block3}) while only shared driving acts: packed from the row-major
 * positions on first use, stepped there (one step, or up to {@link Simulation#FUSED_STEPS} fused), and unpacked
 * when positions are asked for. One {@link Block3} work space per thread, made once; a step allocates nothing.
 */
final class BlockedState {
    /** Blocks per task. */
    static final int CHUNK_BLOCKS = Parallel.CHUNK / Block3.BLOCK;
    private final int n;
    private final double[][] blocks;
    private final Block3[] work;
    private final StepInputs[] batch;
    private final Parallel.Task singleTask = this::stepChunk;
    private final Parallel.Task fusedTask = this::stepFusedChunk;
    private StepInputs in;
    private int fused;
    private boolean heun;
    private StepCheck check;
    /**
     * True when every token passed the last step's check, so that a step whose shared bound holds keeps them all on
     * the sphere without a pass over them ({@link Block3}); false for newly packed blocks.
     */
    private boolean verified;

    /** Packs the row-major positions {@code x} ({@code n×3}); {@code threads} work spaces. */
    BlockedState(double[] x, int n, int threads) {
        this.n = n;
        this.blocks = allocate(n);
        pack(x, n, blocks);
        this.work = new Block3[threads];
        for (int w = 0; w < threads; w++) {
            work[w] = new Block3();
        }
        this.batch = new StepInputs[Simulation.FUSED_STEPS];
        for (int s = 0; s < batch.length; s++) {
            batch[s] = new StepInputs(3);
        }
    }

    /** Number of tasks a step is cut into (for {@link StepCheck#begin}). */
    int chunks() {
        return Parallel.chunks(blocks.length, CHUNK_BLOCKS);
    }

    /** One step of every token with the shared inputs {@code in}; failures go to {@code check}. */
    void step(StepInputs in, boolean heun, Parallel parallel, StepCheck check) {
        this.in = in;
        run(singleTask, heun, parallel, check);
    }

    /** The {@link Simulation#FUSED_STEPS} reusable step inputs of a fused batch. */
    StepInputs[] inputs() {
        return batch;
    }

    /** {@code m} steps with {@code inputs()[0..m)}, each block taking all of them while it is in the cache. */
    void stepFused(int m, boolean heun, Parallel parallel, StepCheck check) {
        this.fused = m;
        run(fusedTask, heun, parallel, check);
    }

    private void run(Parallel.Task task, boolean useHeun, Parallel parallel, StepCheck stepCheck) {
        this.heun = useHeun;
        this.check = stepCheck;
        stepCheck.begin(chunks());
        parallel.forChunks(blocks.length, CHUNK_BLOCKS, task);
        verified = stepCheck.passed();
    }

    private void stepChunk(int worker, int chunk, int from, int to) {
        work[worker].step(blocks, from, to, n, in, heun, verified, check, chunk);
    }

    private void stepFusedChunk(int worker, int chunk, int from, int to) {
        work[worker].stepFused(blocks, from, to, n, batch, fused, heun, verified, check, chunk);
    }

    /** The positions, row-major, into {@code x}. */
    void unpack(double[] x) {
        unpack(blocks, n, x);
    }

    /** Blocks for {@code n} tokens. */
    static double[][] allocate(int n) {
        return new double[(n + Block3.BLOCK - 1) / Block3.BLOCK][Block3.STRIDE];
    }

    /** Row-major {@code x} ({@code n×3}) into blocks; padding tokens are put at (1, 0, 0). */
    static void pack(double[] x, int n, double[][] blocks) {
        for (int i = 0; i < blocks.length * Block3.BLOCK; i++) {
            double[] blk = blocks[i / Block3.BLOCK];
            int j = i % Block3.BLOCK;
            boolean real = i < n;
            blk[j] = real ? x[3 * i] : 1;
            blk[Block3.BLOCK + j] = real ? x[3 * i + 1] : 0;
            blk[2 * Block3.BLOCK + j] = real ? x[3 * i + 2] : 0;
        }
    }

    /** Blocks back into row-major {@code x} ({@code n×3}). */
    static void unpack(double[][] blocks, int n, double[] x) {
        for (int i = 0; i < n; i++) {
            double[] blk = blocks[i / Block3.BLOCK];
            int j = i % Block3.BLOCK;
            x[3 * i] = blk[j];
            x[3 * i + 1] = blk[Block3.BLOCK + j];
            x[3 * i + 2] = blk[2 * Block3.BLOCK + j];
        }
    }

}
