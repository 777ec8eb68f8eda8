package org.tokensphere.model;

/**
 * One worker's scratch for {@link AttentionKernel}, and the passes over one tile: a block {@code I} of up to
 * {@code b} row tokens against a block {@code J} of up to {@code b} column tokens. Blocks are packed coordinate
 * by coordinate ({@code packed[block·d + k][t]} is coordinate {@code k} of token {@code t} of the block), so
 * every pass is a short loop over the tokens of one block that the JIT turns into vector instructions; each loop
 * does little enough that the JIT unrolls (and so vectorizes) it.
 *
 * <p>{@code w[jj][ii]} holds the weight of the pair (row {@code ii}, column {@code jj}). The rows' sums
 * {@code Σ_jj w θ_jj} and {@code Σ_jj w} go into {@link #addRowSums}; the columns' sums over {@code ii}, which
 * use the same weights (they are symmetric), go through the transposed tile into {@link #columnSums}.
 */
final class AttentionTile {
    private final int d;
    private final int b;
    /** Weights (first the arguments {@code r}), {@code w[jj][ii]}. */
    private final double[][] w;
    /** The transposed weights, {@code wt[ii][jj]}. */
    private final double[][] wt;

    AttentionTile(int d, int b) {
        this.d = d;
        this.b = b;
        this.w = new double[b][b];
        this.wt = new double[b][b];
    }

    /**
     * The weights {@code w[jj][ii] = e^{β⟨θ_ii,θ_jj⟩ + logFactor}} (see {@link AttentionWeights}) of the row block
     * {@code rows[ro .. ro+d)} ({@code lenI} tokens) against the column block {@code cols[co .. co+d)}
     * ({@code lenJ} tokens); {@code slope = β/2^m}.
     */
    void weights(double[][] rows, int ro, int lenI, double[][] cols, int co, int lenJ, double slope, int squarings) {
        double offset = 0.125 - slope;
        int jj = 0;
        if (d == 3 && squarings >= 1) {
            for (; jj < lenJ; jj++) {
                double[] wr = w[jj];
                double s0 = slope * cols[co][jj];
                double s1 = slope * cols[co + 1][jj];
                double s2 = slope * cols[co + 2][jj];
                if (squarings >= 3) {
                    TileLoops.weights3Squared3(wr, rows[ro], rows[ro + 1], rows[ro + 2], s0, s1, s2, offset, lenI);
                    AttentionWeights.evaluate(wr, 0, lenI, squarings, 3);
                } else {
                    TileLoops.weights3(wr, rows[ro], rows[ro + 1], rows[ro + 2], s0, s1, s2, offset, lenI);
                    AttentionWeights.evaluate(wr, 0, lenI, squarings, 1);
                }
            }
        }
        for (; jj < lenJ; jj++) {
            double[] wr = w[jj];
            int g = Math.min(4, d);
            switch (g) {
                case 2 -> TileLoops.first2(wr, rows[ro], rows[ro + 1], slope * cols[co][jj],
                        slope * cols[co + 1][jj], offset, lenI);
                case 3 -> TileLoops.first3(wr, rows[ro], rows[ro + 1], rows[ro + 2], slope * cols[co][jj],
                        slope * cols[co + 1][jj], slope * cols[co + 2][jj], offset, lenI);
                default -> TileLoops.first4(wr, rows[ro], rows[ro + 1], rows[ro + 2], rows[ro + 3],
                        slope * cols[co][jj], slope * cols[co + 1][jj], slope * cols[co + 2][jj],
                        slope * cols[co + 3][jj], offset, lenI);
            }
            int k = g;
            for (; k + 4 <= d; k += 4) {
                TileLoops.add4(wr, rows[ro + k], rows[ro + k + 1], rows[ro + k + 2], rows[ro + k + 3],
                        slope * cols[co + k][jj], slope * cols[co + k + 1][jj], slope * cols[co + k + 2][jj],
                        slope * cols[co + k + 3][jj], lenI);
            }
            for (; k < d; k++) {
                TileLoops.fma1(wr, rows[ro + k], slope * cols[co + k][jj], lenI);
            }
            AttentionWeights.evaluate(wr, 0, lenI, squarings);
        }
    }

    /**
     * Adds the row sums of the tile to {@code acc[ao .. ao+d]}: for every row token {@code ii},
     * {@code Σ_jj w θ_jj} (coordinate by coordinate, rows {@code ao .. ao+d−1}) and {@code Σ_jj w} (row
     * {@code ao+d}), in the order of {@code jj}.
     */
    void addRowSums(double[][] acc, int ao, int lenI, double[][] cols, int co, int lenJ) {
        accumulate(acc, ao, w, lenJ, cols, co, lenI);
    }

    /**
     * Writes the column sums of the tile to {@code out[oo .. oo+d]}: for every column token {@code jj},
     * {@code Σ_ii w θ_ii} and {@code Σ_ii w}, in the order of {@code ii}.
     */
    void columnSums(double[][] out, int oo, double[][] rows, int ro, int lenI, int lenJ) {
        transpose(lenI, lenJ);
        for (int k = 0; k <= d; k++) {
            java.util.Arrays.fill(out[oo + k], 0);
        }
        accumulate(out, oo, wt, lenI, rows, ro, lenJ);
    }

    /** {@code wt[ii][jj] = w[jj][ii]}, eight rows of {@code wt} at a time. */
    private void transpose(int lenI, int lenJ) {
        int ii = 0;
        for (; ii + 8 <= lenI; ii += 8) {
            double[] t0 = wt[ii];
            double[] t1 = wt[ii + 1];
            double[] t2 = wt[ii + 2];
            double[] t3 = wt[ii + 3];
            double[] t4 = wt[ii + 4];
            double[] t5 = wt[ii + 5];
            double[] t6 = wt[ii + 6];
            double[] t7 = wt[ii + 7];
            for (int jj = 0; jj < lenJ; jj++) {
                double[] wr = w[jj];
                t0[jj] = wr[ii];
                t1[jj] = wr[ii + 1];
                t2[jj] = wr[ii + 2];
                t3[jj] = wr[ii + 3];
                t4[jj] = wr[ii + 4];
                t5[jj] = wr[ii + 5];
                t6[jj] = wr[ii + 6];
                t7[jj] = wr[ii + 7];
            }
        }
        for (; ii < lenI; ii++) {
            double[] t0 = wt[ii];
            for (int jj = 0; jj < lenJ; jj++) {
                t0[jj] = w[jj][ii];
            }
        }
    }

    /** {@code acc[ao+k][t] += Σ_s v[s][t]·x[xo+k][s]} ({@code s < count}, {@code t < len}), and the plain sums. */
    private void accumulate(double[][] acc, int ao, double[][] v, int count, double[][] x, int xo, int len) {
        int s = 0;
        if (d == 3) {
            double[] c0 = x[xo];
            double[] c1 = x[xo + 1];
            double[] c2 = x[xo + 2];
            for (; s + 2 <= count; s += 2) {
                TileLoops.accumulate3(acc[ao], acc[ao + 1], acc[ao + 2], acc[ao + 3], v[s], v[s + 1], c0[s], c1[s],
                        c2[s], c0[s + 1], c1[s + 1], c2[s + 1], len);
            }
        }
        for (; s + 4 <= count; s += 4) {
            double[] v0 = v[s];
            double[] v1 = v[s + 1];
            double[] v2 = v[s + 2];
            double[] v3 = v[s + 3];
            for (int k = 0; k < d; k++) {
                double[] c = x[xo + k];
                TileLoops.fma4(acc[ao + k], v0, v1, v2, v3, c[s], c[s + 1], c[s + 2], c[s + 3], len);
            }
            TileLoops.sum4(acc[ao + d], v0, v1, v2, v3, len);
        }
        for (; s < count; s++) {
            for (int k = 0; k < d; k++) {
                TileLoops.fma1(acc[ao + k], v[s], x[xo + k][s], len);
            }
            TileLoops.sum1(acc[ao + d], v[s], len);
        }
    }
}
