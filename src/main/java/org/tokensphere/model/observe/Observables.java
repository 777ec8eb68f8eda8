package org.tokensphere.model.observe;

import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.factory.DecompositionFactory_DDRM;
import org.ejml.interfaces.decomposition.EigenDecomposition_F64;

/**
 * Order parameters of a configuration of N tokens on S^{d-1} (MATH.md §7).
 *
 * <p>Positions are a flat array {@code x} of length at least {@code n*d}: token {@code i}
 * occupies {@code x[i*d] … x[i*d+d-1]} and is a unit vector. Inputs are never modified;
 * all methods are static, stateless and thread-safe. Scalar products {@code ρ_ij = ⟨x_i, x_j⟩}
 * are dimensionless, as are all results except the attention energy (see there).
 */
public final class Observables {

    /** Above this β, e^β is not formed directly (it overflows past ≈ 709.78). */
    private static final double LARGE_BETA = 700.0;

    /** Relative tolerance under which two axis components count as tied for the sign convention. */
    private static final double TIE_TOLERANCE = 1e-12;

    private Observables() {
    }

    /** Polar order r = |(1/N) Σ x_i|, dimensionless in [0, 1]: 1 = one cluster, ≈ 0 = balanced (e.g. two antipodal poles); needs n ≥ 1. */
    public static double polarOrder(double[] x, int n, int d) {
        checkPositions(x, n, d, 1);
        double[] sum = new double[d];
        for (int i = 0; i < n; i++) {
            int base = i * d;
            for (int k = 0; k < d; k++) {
                sum[k] += x[base + k];
            }
        }
        double norm2 = 0;
        for (int k = 0; k < d; k++) {
            norm2 += sum[k] * sum[k];
        }
        return Math.sqrt(norm2) / n;
    }

    /**
     * Nematic order S = λ_max((1/N) Σ x_i x_iᵀ) (dimensionless, 1/d = isotropic, 1 = all on one axis)
     * and its unit eigenvector, the pole axis ±u, sign fixed so that its largest-|.| component is positive.
     *
     * <p>Ties within a relative 1e-12 go to the lowest index, so symmetric configurations give a
     * stable axis. Cost O(N·m² + m³) with m = min(N, d): when N &lt; d the N×N Gram matrix
     * {@code (1/N) X Xᵀ}, which has the same nonzero eigenvalues, is decomposed instead. Needs n ≥ 1.
     */
    public static Nematic nematic(double[] x, int n, int d) {
        checkPositions(x, n, d, 1);
        double[] axis = new double[d];
        double order = n < d ? topFromGram(x, n, d, axis) : topFromSecondMoment(x, n, d, axis);
        orient(axis);
        return new Nematic(order, axis);
    }

    /** Scalar product ρ_ij = ⟨x_i, x_j⟩ of tokens i and j (dimensionless, in [−1, 1] for unit vectors). */
    public static double dot(double[] x, int d, int i, int j) {
        int a = i * d;
        int b = j * d;
        double s = 0;
        for (int k = 0; k < d; k++) {
            s += x[a + k] * x[b + k];
        }
        return s;
    }

    /**
     * Attention energy E_β = (1/(2βN²)) Σ_ij e^{β⟨x_i,x_j⟩} (Rigollet (2025), eq. 3), in units of 1/β
     * (dimensionless when β is), for β ≥ 0; the sum runs over all ordered pairs, i = j included.
     *
     * <p>At β = 0 the energy is infinite (E_β = 1/(2β) + r²/2 + O(β)); this method then returns the
     * finite part (1/(2N²)) Σ_ij ⟨x_i,x_j⟩ = r²/2, which orders configurations the same way as E_β
     * for small β. For β &gt; 0 the sum is formed as Σ e^{β(ρ−1)} (terms ≤ 1) and rescaled by e^β in
     * log form when needed, so the result overflows to +∞ only when E_β itself exceeds the double range.
     * Cost O(N²d). Needs n ≥ 1.
     */
    public static double attentionEnergy(double[] x, int n, int d, double beta) {
        checkPositions(x, n, d, 1);
        if (!(beta >= 0) || Double.isInfinite(beta)) {
            throw new IllegalArgumentException("beta must be finite and >= 0, got " + beta);
        }
        if (beta == 0) {
            double r = polarOrder(x, n, d);
            return 0.5 * r * r;
        }
        double diagonal = 0;
        double offDiagonal = 0;
        for (int i = 0; i < n; i++) {
            diagonal += Math.exp(beta * (dot(x, d, i, i) - 1));
            for (int j = i + 1; j < n; j++) {
                offDiagonal += Math.exp(beta * (dot(x, d, i, j) - 1));
            }
        }
        double scaled = (diagonal + 2 * offDiagonal) / (2 * beta * n * (double) n);
        return beta <= LARGE_BETA ? Math.exp(beta) * scaled : Math.exp(beta + Math.log(scaled));
    }

    /**
     * Number of clusters (dimensionless count): greedy leader clustering in token order, where a token
     * joins the first existing leader with ⟨x_i, x_leader⟩ &gt; 1−δ and otherwise becomes a new leader.
     *
     * <p>O(N·K) for K clusters. Exact for groups that are tight (⟨,⟩ &gt; 1−δ to every member) and
     * mutually far (⟨,⟩ ≤ 1−δ across); near the threshold the count can depend on token order.
     * Stops at {@code maxClusters} (0 ≤ maxClusters &lt; Integer.MAX_VALUE) and then returns
     * {@code maxClusters + 1}, meaning "more than maxClusters". Returns 0 for n = 0.
     */
    public static int clusterCount(double[] x, int n, int d, double delta, int maxClusters) {
        checkPositions(x, n, d, 0);
        if (!(delta >= 0)) {
            throw new IllegalArgumentException("delta must be >= 0, got " + delta);
        }
        if (maxClusters < 0 || maxClusters == Integer.MAX_VALUE) {
            throw new IllegalArgumentException("maxClusters must be in [0, Integer.MAX_VALUE), got " + maxClusters);
        }
        double threshold = 1 - delta;
        int[] leaders = new int[Math.min(maxClusters, n)];
        int count = 0;
        tokens:
        for (int i = 0; i < n; i++) {
            for (int k = 0; k < count; k++) {
                if (dot(x, d, i, leaders[k]) > threshold) {
                    continue tokens;
                }
            }
            if (count == maxClusters) {
                return maxClusters + 1;
            }
            leaders[count++] = i;
        }
        return count;
    }

    /** Checks d ≥ 1, n ≥ minTokens and that x holds n tokens; shared by the observables of this package. */
    static void checkPositions(double[] x, int n, int d, int minTokens) {
        if (d < 1) {
            throw new IllegalArgumentException("d must be >= 1, got " + d);
        }
        if (n < minTokens) {
            throw new IllegalArgumentException("n must be >= " + minTokens + ", got " + n);
        }
        if (x.length < (long) n * d) {
            throw new IllegalArgumentException("x has " + x.length + " entries, needs n*d = " + (long) n * d);
        }
    }

    /** Top eigenpair of Q = (1/N) Σ x_i x_iᵀ (d×d); writes the eigenvector into axis, returns λ_max. */
    private static double topFromSecondMoment(double[] x, int n, int d, double[] axis) {
        DMatrixRMaj q = new DMatrixRMaj(d, d);
        double[] m = q.data;
        for (int i = 0; i < n; i++) {
            int base = i * d;
            for (int a = 0; a < d; a++) {
                double xa = x[base + a];
                int row = a * d;
                for (int b = a; b < d; b++) {
                    m[row + b] += xa * x[base + b];
                }
            }
        }
        for (int a = 0; a < d; a++) {
            m[a * d + a] /= n;
            for (int b = a + 1; b < d; b++) {
                double v = m[a * d + b] / n;
                m[a * d + b] = v;
                m[b * d + a] = v;
            }
        }
        return topEigenpair(q, axis);
    }

    /** Same eigenpair through the Gram matrix G = (1/N) X Xᵀ (N×N): if G w = λ w then Q (Xᵀw) = λ Xᵀw. */
    private static double topFromGram(double[] x, int n, int d, double[] axis) {
        DMatrixRMaj g = new DMatrixRMaj(n, n);
        double[] m = g.data;
        for (int i = 0; i < n; i++) {
            for (int j = i; j < n; j++) {
                double v = dot(x, d, i, j) / n;
                m[i * n + j] = v;
                m[j * n + i] = v;
            }
        }
        double[] w = new double[n];
        double order = topEigenpair(g, w);
        for (int i = 0; i < n; i++) {
            int base = i * d;
            for (int k = 0; k < d; k++) {
                axis[k] += w[i] * x[base + k];
            }
        }
        return order;
    }

    /** Largest eigenvalue of a symmetric matrix (the matrix may be overwritten); its eigenvector goes into vector. */
    private static double topEigenpair(DMatrixRMaj symmetric, double[] vector) {
        EigenDecomposition_F64<DMatrixRMaj> eig = DecompositionFactory_DDRM.eig(symmetric.numRows, true, true);
        if (!eig.decompose(symmetric)) {
            throw new IllegalStateException("symmetric eigen-decomposition did not converge");
        }
        int best = 0;
        for (int k = 1; k < eig.getNumberOfEigenvalues(); k++) {
            if (eig.getEigenvalue(k).real > eig.getEigenvalue(best).real) {
                best = k;
            }
        }
        System.arraycopy(eig.getEigenVector(best).data, 0, vector, 0, vector.length);
        return eig.getEigenvalue(best).real;
    }

    /** Normalizes v and flips its sign so that its largest-|.| component (lowest index on ties) is positive. */
    private static void orient(double[] v) {
        double norm2 = 0;
        double largest = 0;
        for (double c : v) {
            norm2 += c * c;
            largest = Math.max(largest, Math.abs(c));
        }
        int lead = 0;
        while (Math.abs(v[lead]) < largest * (1 - TIE_TOLERANCE)) {
            lead++;
        }
        double scale = (v[lead] < 0 ? -1 : 1) / Math.sqrt(norm2);
        for (int k = 0; k < v.length; k++) {
            v[k] *= scale;
        }
    }
}
