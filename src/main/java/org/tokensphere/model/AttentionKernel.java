package org.tokensphere.model;

import java.util.Arrays;

/**
 * The attention vectors of the <b>directions</b> (MATH.md §3, §8), unprojected, for all {@code n} tokens of an
 * ensemble {@code Θ} and for test particles against it:
 *
 * <pre>    SA:  A_i(Θ) = Σ_j e^{β⟨θ_i,θ_j⟩} θ_j / Σ_k e^{β⟨θ_i,θ_k⟩}        USA: A_i(Θ) = (1/N) Σ_j e^{β⟨θ_i,θ_j⟩} θ_j</pre>
 *
 * ({@code j} over all tokens, {@code i} included). This is the one place attention is computed; every scheme of
 * MATH.md §8 uses the same {@code A_i(Θ)} and differs only in how a token moves given it. {@link AttentionDrift}
 * is Post-LN ({@code θ̇ = α P_θ A}); Pre-LN and Peri-LN keep radii {@code r_i} beside the directions and call
 * {@link #vectors} on the directions alone, then move direction and radius with
 * {@code θ̇ = (α/r) P_θ A, ṙ = α⟨θ, A⟩} (Pre-LN) or the same divided by {@code |A|} (Peri-LN).
 *
 * <p>How it is fast ({@code O(N² d)} work per call, {@code O(N d)} when {@code β = 0}):
 * <ul>
 * <li>Tokens are packed in blocks of {@link #blockSize} coordinate by coordinate, and the work is done tile by
 *     tile (a block of rows against a block of columns), so both blocks sit in the cache; every inner loop is a
 *     vector loop over the tokens of a block ({@link AttentionTile}).</li>
 * <li>The weights are symmetric: each tile of rows {@code I} and columns {@code J > I} is computed once and serves
 *     both the rows of {@code I} and, transposed, the rows of {@code J}. So each pair needs one exponential (pairs
 *     within a block, on the diagonal tiles, need two). When the partial sums would need more than
 *     {@link #MAX_COLUMN_BUFFER} numbers (above about 11 000 tokens at {@code d = 3}), every row block computes
 *     its whole row instead.</li>
 * <li>The exponential is a vectorized polynomial with a stated error bound ({@link AttentionWeights}).</li>
 * <li>The tiles are the tasks of the worker threads: each worker takes the next one when free, so a worker that
 *     the system holds back delays the others by one tile at most. Every tile writes its row sums (and its
 *     transposed column sums) to its own place; then each block of rows adds its parts in a fixed order (by the
 *     other block of each tile), whatever thread ran which tile, so the result is bit-identical for every thread
 *     count. Without symmetry the tasks are whole block rows.</li>
 * <li>{@code β = 0} is a mean field: {@code A_i = (1/N) Σ_j θ_j} for every token and both kinds.</li>
 * </ul>
 * Not thread-safe: one caller at a time; it uses the {@link Parallel} pool given to it. Nothing is allocated per
 * call after the first.
 */
public final class AttentionKernel {
    /** Most numbers kept for the tiles' partial sums before the kernel gives up the symmetry (32 MB). */
    public static final int MAX_COLUMN_BUFFER = 1 << 22;

    private final int n;
    private final int d;
    private final int b;
    private final int blocks;
    private final boolean symmetric;
    private final int tileTasks;
    private final Parallel parallel;
    private final TileSchedule schedule;
    private final MeanDirection meanDirection;
    private final AttentionTile[] tiles;
    /** {@code packed[block·d + k][t]}: coordinate {@code k} of token {@code t} of a block. */
    private final double[][] packed;
    /** {@code rowSums[block·(d+1) + k][t]}: {@code Σ_j w θ_j} ({@code k < d}) and {@code Σ_j w} ({@code k = d}). */
    private final double[][] rowSums;
    /**
     * The symmetric scheme's partial sums, {@code d + 1} rows per tile ({@link #slot}): each tile's row sums, and
     * for a tile above the diagonal the column sums of its transposed weights.
     */
    private final double[][] rowParts;
    private final double[][] columnParts;
    private double[][] packedProbes = new double[0][];
    private double[] sumOut;
    private double[][] probeSums = new double[0][];
    private final Parallel.WorkerBody worker = this::work;

    // The current call (set before the workers start, read by them).
    private int phase;
    private double[] out;
    private double[] probeOut;
    private int probeCount;
    private int probeBlocks;
    private boolean softmax;
    private double slope;
    private int squarings;
    private double usaScale;
    private Parallel.Body then;

    /** A kernel for ensembles of {@code n} tokens in {@code R^d}, running on {@code parallel}'s workers. */
    public AttentionKernel(int n, int d, Parallel parallel) {
        this(n, d, parallel, MAX_COLUMN_BUFFER);
    }

    /** As above, giving up the symmetry when the partial sums would need more than {@code maxColumnBuffer} numbers. */
    AttentionKernel(int n, int d, Parallel parallel, int maxColumnBuffer) {
        if (n < 1 || d < 1) {
            throw new IllegalArgumentException("n = " + n + " and d = " + d + " must be at least 1");
        }
        this.n = n;
        this.d = d;
        this.schedule = new TileSchedule(n, d);
        this.meanDirection = new MeanDirection(n, d);
        this.b = schedule.b;
        this.blocks = schedule.blocks;
        this.parallel = parallel;
        long tileCount = schedule.tileCount();
        this.symmetric = 2 * tileCount * (d + 1) * b <= maxColumnBuffer;
        this.tiles = new AttentionTile[parallel.sharers()];
        for (int t = 0; t < tiles.length; t++) {
            tiles[t] = new AttentionTile(d, b);
        }
        this.packed = new double[blocks * d][b];
        this.rowSums = new double[blocks * (d + 1)][b];
        this.tileTasks = symmetric ? (int) tileCount : 0;
        this.rowParts = new double[tileTasks * (d + 1)][b];
        this.columnParts = new double[tileTasks * (d + 1)][b];
    }

    /** Tokens per block: the tile is {@code b×b}. Depends on {@code n} only, never on the thread count. */
    public static int blockSize(int n) {
        return TileSchedule.blockSize(n);
    }

    /** True when each pair's weight is computed once and used for both tokens (see the class comment). */
    public boolean symmetric() {
        return symmetric;
    }

    /**
     * Computes {@code A_i(Θ)} of the {@code n} unit vectors {@code theta} (row-major {@code n×d}) into
     * {@code out} ({@code n×d}), and {@code A(y_q; Θ)} of the {@code probeCount} unit vectors {@code probes} into
     * {@code probeOut}. The inputs are not modified; {@code β ∈ [0, }{@link Params#MAX_BETA}{@code ]}.
     */
    public void vectors(double[] theta, double[] probes, int probeCount, AttentionKind kind, double beta,
                        double[] out, double[] probeOut) {
        vectors(theta, probes, probeCount, kind, beta, out, probeOut, null);
    }

    /**
     * As {@link #vectors(double[], double[], int, AttentionKind, double, double[], double[])}, and then, for every
     * range of tokens {@code [start, end)} whose vectors are final, {@code then.run(start, end)} on the worker that
     * finished them (while other workers still compute): per-token work that needs only its own tokens'
     * {@code A_i} (a drift step) joins the kernel's last pass over the tokens instead of a pass of its own. Every
     * token is in exactly one range; the ranges are fixed blocks. {@code then} may be null.
     */
    public void vectors(double[] theta, double[] probes, int probeCount, AttentionKind kind, double beta,
                        double[] out, double[] probeOut, Parallel.Body then) {
        if (kind == AttentionKind.NONE) {
            throw new IllegalArgumentException("attention is off");
        }
        if (beta == 0) {
            meanDirection.fill(theta, out, probeCount, probeOut);
            if (then != null) {
                parallel.forChunks(n, then);
            }
            return;
        }
        this.then = then;
        this.out = out;
        this.probeOut = probeOut;
        this.probeCount = probeCount;
        this.softmax = kind == AttentionKind.SA;
        this.squarings = AttentionWeights.squarings(beta);
        this.slope = AttentionWeights.slope(beta);
        this.usaScale = Math.exp(-AttentionWeights.logFactor(beta)) / n;
        schedule.pack(theta, n, packed);
        probeBlocks = (probeCount + b - 1) / b;
        if (packedProbes.length < probeBlocks * d) {
            packedProbes = new double[probeBlocks * d][b];
            probeSums = new double[probeBlocks * (d + 1)][b];
        }
        schedule.pack(probes, probeCount, packedProbes);
        int first = symmetric ? tileTasks : blocks;
        run(0, first + probeBlocks);
        if (symmetric) {
            run(1, blocks);
        }
        this.out = null;
        this.probeOut = null;
        this.then = null;
    }

    /**
     * {@code Σ_i Σ_j e^{β⟨θ_i,θ_j⟩}} over all ordered pairs of the {@code n} unit vectors {@code theta}, with the
     * weights of {@link #vectors} (relative error below {@link AttentionWeights#relativeErrorBound}); for the
     * attention energy {@code E_β = Σ/(2βN²)} (MATH.md §7). {@code β > 0}.
     */
    public double weightSum(double[] theta, double beta) {
        if (!(beta > 0)) {
            throw new IllegalArgumentException("beta = " + beta + ": the weight sum is for beta > 0");
        }
        if (sumOut == null) {
            sumOut = new double[n * d];
        }
        vectors(theta, theta, 0, AttentionKind.SA, beta, sumOut, sumOut);
        double total = 0;
        for (int block = 0; block < blocks; block++) {
            double[] weights = rowSums[block * (d + 1) + d];
            for (int t = 0; t < schedule.length(block, n); t++) {
                total += weights[t];
            }
        }
        return total * Math.exp(-AttentionWeights.logFactor(beta));
    }

    /** Runs tasks {@code 0..count−1} of {@code phase}, each worker taking the next task when free. */
    private void run(int phase, int count) {
        this.phase = phase;
        parallel.forSharedChunks(count, 1, worker);
    }

    private void work(int worker, int start, int end) {
        AttentionTile tile = tiles[worker];
        int first = symmetric ? tileTasks : blocks;
        for (int task = start; task < end; task++) {
            if (phase == 1) {
                addParts(task);
            } else if (task >= first) {
                probeTask(tile, task - first);
            } else if (symmetric) {
                tileTask(tile, task);
            } else {
                rowTask(tile, task);
            }
        }
    }

    /** Without symmetry, row block {@code I}: its tiles against every column block, then its vectors. */
    private void rowTask(AttentionTile tile, int blockI) {
        int lenI = schedule.length(blockI, n);
        int acc = blockI * (d + 1);
        clear(rowSums, acc);
        for (int blockJ = 0; blockJ < blocks; blockJ++) {
            int lenJ = schedule.length(blockJ, n);
            tile.weights(packed, blockI * d, lenI, packed, blockJ * d, lenJ, slope, squarings);
            tile.addRowSums(rowSums, acc, lenI, packed, blockJ * d, lenJ);
        }
        finish(rowSums, acc, lenI, out, blockI * b);
    }

    /** The symmetric scheme's tile {@code t} (rows {@code I}, columns {@code J ≥ I}): its row and column sums. */
    private void tileTask(AttentionTile tile, int t) {
        int blockI = schedule.row(t);
        int blockJ = schedule.column(t);
        int lenI = schedule.length(blockI, n);
        int lenJ = schedule.length(blockJ, n);
        int part = t * (d + 1);
        clear(rowParts, part);
        tile.weights(packed, blockI * d, lenI, packed, blockJ * d, lenJ, slope, squarings);
        tile.addRowSums(rowParts, part, lenI, packed, blockJ * d, lenJ);
        if (blockJ > blockI) {
            tile.columnSums(columnParts, part, packed, blockI * d, lenI, lenJ);
        }
    }

    /**
     * The symmetric scheme's row block {@code J}: its sums from every tile it is in, in the order of the other
     * block ({@code I < J}: transposed tiles, {@code I ≥ J}: its own row), then its vectors.
     */
    private void addParts(int blockJ) {
        int acc = blockJ * (d + 1);
        clear(rowSums, acc);
        for (int other = 0; other < blocks; other++) {
            int part = (other < blockJ ? schedule.slot(other, blockJ) : schedule.slot(blockJ, other)) * (d + 1);
            double[][] parts = other < blockJ ? columnParts : rowParts;
            for (int k = 0; k <= d; k++) {
                double[] sum = rowSums[acc + k];
                double[] add = parts[part + k];
                for (int t = 0; t < b; t++) {
                    sum[t] += add[t];
                }
            }
        }
        finish(rowSums, acc, schedule.length(blockJ, n), out, blockJ * b);
    }

    private void probeTask(AttentionTile tile, int block) {
        int len = schedule.length(block, probeCount);
        int acc = block * (d + 1);
        clear(probeSums, acc);
        for (int blockJ = 0; blockJ < blocks; blockJ++) {
            int lenJ = schedule.length(blockJ, n);
            tile.weights(packedProbes, block * d, len, packed, blockJ * d, lenJ, slope, squarings);
            tile.addRowSums(probeSums, acc, len, packed, blockJ * d, lenJ);
        }
        finish(probeSums, acc, len, probeOut, block * b);
    }

    /** {@code A} of tokens {@code first ..} from their sums {@code Σ w θ} and {@code Σ w} at {@code sums[acc ..]}. */
    private void finish(double[][] sums, int acc, int len, double[] target, int first) {
        double[] total = sums[acc + d];
        for (int t = 0; t < len; t++) {
            double scale = softmax ? 1 / total[t] : usaScale;
            int o = (first + t) * d;
            for (int k = 0; k < d; k++) {
                target[o + k] = sums[acc + k][t] * scale;
            }
        }
        if (then != null && target == out) {
            then.run(first, first + len);
        }
    }

    private void clear(double[][] sums, int acc) {
        for (int k = 0; k <= d; k++) {
            Arrays.fill(sums[acc + k], 0);
        }
    }
}
