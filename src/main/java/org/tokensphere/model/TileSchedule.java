package org.tokensphere.model;

import java.util.Arrays;

/**
 * How {@link AttentionKernel} lays out an ensemble and shares out its work: {@code n} tokens in {@code blocks}
 * blocks of {@code b} (the last one padded with zeros), packed coordinate by coordinate, and the tiles of the
 * symmetric scheme — every pair of blocks {@code I ≤ J} once, numbered row by row — with the slot of each tile's
 * partial sums. Depends on {@code n} and {@code d} only, never on the thread count.
 */
final class TileSchedule {
    final int n;
    final int d;
    /** Tokens per block. */
    final int b;
    final int blocks;
    /** Row and column block of each tile, {@code I ≤ J}. */
    private final int[] tileRow;
    private final int[] tileColumn;

    TileSchedule(int n, int d) {
        this.n = n;
        this.d = d;
        this.b = blockSize(n);
        this.blocks = (n + b - 1) / b;
        int tiles = (int) tileCount();
        this.tileRow = new int[tiles];
        this.tileColumn = new int[tiles];
        for (int i = 0, t = 0; t < tiles; i++) {
            for (int j = i; j < blocks; j++, t++) {
                tileRow[t] = i;
                tileColumn[t] = j;
            }
        }
    }

    /** Tokens per block: the tile is {@code b×b}. */
    static int blockSize(int n) {
        return n <= 256 ? 64 : 128;
    }

    /** The number of tiles {@code I ≤ J}. */
    long tileCount() {
        return (long) blocks * (blocks + 1) / 2;
    }

    int row(int tile) {
        return tileRow[tile];
    }

    int column(int tile) {
        return tileColumn[tile];
    }

    /** Index of the tile (row block {@code i}, column block {@code j ≥ i}). */
    int slot(int i, int j) {
        return i * blocks - i * (i - 1) / 2 + (j - i);
    }

    /** Tokens in block {@code block} of an ensemble of {@code count}. */
    int length(int block, int count) {
        return Math.min(b, count - block * b);
    }

    /** Packs {@code count} row-major tokens into blocks, coordinate by coordinate; the last block is padded with 0. */
    void pack(double[] x, int count, double[][] target) {
        int full = (count + b - 1) / b;
        for (int r = 0; r < full * d; r++) {
            Arrays.fill(target[r], 0);
        }
        for (int i = 0; i < count; i++) {
            int base = (i / b) * d;
            int t = i % b;
            for (int k = 0; k < d; k++) {
                target[base + k][t] = x[i * d + k];
            }
        }
    }
}
