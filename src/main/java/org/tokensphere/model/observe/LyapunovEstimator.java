package org.tokensphere.model.observe;

import java.util.Arrays;

/**
 * Running finite-time Lyapunov exponent estimate from renormalized separation growth (Benettin),
 * with a confidence band from batch means (MATH.md §5.3 and §7).
 *
 * <p>Each step the caller renormalizes the separation of its tracked pairs and feeds
 * {@code log(|δ_after|/|δ_before|)} (averaged over the pairs) together with the step length. The
 * estimate is λ̂ = Σ logGrowth / Σ dt, in units of 1/time (the RQF top exponent is −2σ_Q²).
 *
 * <p><b>Doubling batch means.</b> Steps are not stored. Time is cut into consecutive batches of equal
 * target length L, each kept as two sums (log growth, duration) in one of 32 slots. L starts at the
 * first positive step length. When all 32 slots are full, neighbouring batches are merged pairwise
 * (sums added, so totals stay exact), leaving 16 batches, and L doubles. So memory is O(1), each
 * {@code add} is O(1) amortized, and between 16 and 32 complete batches (plus the one being filled)
 * always cover the whole run. A batch closes at the first step that brings it to L, so with varying
 * step lengths batches can be slightly unequal; the band therefore uses the ratio-estimator form
 * SE² = B/(B−1) · Σ_b (Λ_b − λ̂ τ_b)² / T², which for equal batches is the usual variance of the
 * batch means divided by B. Not thread-safe: one producer feeds it.
 */
public final class LyapunovEstimator {

    /** Number of batch slots; a full set is merged pairwise into half as many. */
    static final int MAX_BATCHES = 32;

    /** Batches of positive length needed before the band is reported. */
    private static final int MIN_BATCHES = 4;

    /** Relative slack so that rounding in Σ dt does not push a batch boundary one step late. */
    private static final double CLOSE_TOLERANCE = 1e-9;

    private final double[] batchLog = new double[MAX_BATCHES];
    private final double[] batchTime = new double[MAX_BATCHES];
    private int completed;
    private double batchLength;
    private double openLog;
    private double openTime;
    private double totalLog;
    private double totalTime;

    /** Creates an empty estimator (no time accumulated). */
    public LyapunovEstimator() {
    }

    /** Adds one step: logGrowth = log(|δ_after|/|δ_before|) averaged over the tracked pairs (dimensionless, finite), dt = step length (time, ≥ 0). */
    public void add(double logGrowth, double dt) {
        if (!Double.isFinite(logGrowth)) {
            throw new IllegalArgumentException("logGrowth must be finite, got " + logGrowth);
        }
        if (!(dt >= 0) || Double.isInfinite(dt)) {
            throw new IllegalArgumentException("dt must be finite and >= 0, got " + dt);
        }
        openLog += logGrowth;
        openTime += dt;
        totalLog += logGrowth;
        totalTime += dt;
        if (batchLength == 0) {
            batchLength = dt;
        }
        if (batchLength > 0 && openTime >= batchLength * (1 - CLOSE_TOLERANCE)) {
            closeBatch();
        }
    }

    /** Total time accumulated (time units). */
    public double time() {
        return totalTime;
    }

    /** Running exponent Σ logGrowth / time (1/time), NaN before any time has accumulated. */
    public double estimate() {
        return totalTime > 0 ? totalLog / totalTime : Double.NaN;
    }

    /** Half-width of the confidence band, 2 × standard error from batch means (1/time); NaN with fewer than 4 batches of positive length. */
    public double bandHalfWidth() {
        int batches = completed + (openTime > 0 ? 1 : 0);
        if (batches < MIN_BATCHES) {
            return Double.NaN;
        }
        double rate = estimate();
        double residual = openLog - rate * openTime;
        double sumSquares = residual * residual;
        for (int b = 0; b < completed; b++) {
            residual = batchLog[b] - rate * batchTime[b];
            sumSquares += residual * residual;
        }
        return 2 * Math.sqrt(sumSquares * batches / (batches - 1.0)) / totalTime;
    }

    /** Forgets all data, as if newly created. */
    public void reset() {
        Arrays.fill(batchLog, 0);
        Arrays.fill(batchTime, 0);
        completed = 0;
        batchLength = 0;
        openLog = 0;
        openTime = 0;
        totalLog = 0;
        totalTime = 0;
    }

    /** A copy that goes on independently. */
    public LyapunovEstimator copy() {
        LyapunovEstimator c = new LyapunovEstimator();
        c.copyFrom(this);
        return c;
    }

    /** Becomes a copy of {@code other}: the same batches and totals. */
    public void copyFrom(LyapunovEstimator other) {
        System.arraycopy(other.batchLog, 0, batchLog, 0, MAX_BATCHES);
        System.arraycopy(other.batchTime, 0, batchTime, 0, MAX_BATCHES);
        completed = other.completed;
        batchLength = other.batchLength;
        openLog = other.openLog;
        openTime = other.openTime;
        totalLog = other.totalLog;
        totalTime = other.totalTime;
    }

    /** Current target batch length (time), 0 before the first positive step; for tests. */
    double batchLength() {
        return batchLength;
    }

    /** Log growth of each complete batch, then of the open batch (a copy); for tests. */
    double[] batchLogGrowths() {
        double[] out = Arrays.copyOf(batchLog, completed + 1);
        out[completed] = openLog;
        return out;
    }

    /** Duration of each complete batch, then of the open batch (time, a copy); for tests. */
    double[] batchDurations() {
        double[] out = Arrays.copyOf(batchTime, completed + 1);
        out[completed] = openTime;
        return out;
    }

    private void closeBatch() {
        batchLog[completed] = openLog;
        batchTime[completed] = openTime;
        completed++;
        openLog = 0;
        openTime = 0;
        if (completed == MAX_BATCHES) {
            for (int b = 0; b < MAX_BATCHES / 2; b++) {
                batchLog[b] = batchLog[2 * b] + batchLog[2 * b + 1];
                batchTime[b] = batchTime[2 * b] + batchTime[2 * b + 1];
            }
            Arrays.fill(batchLog, MAX_BATCHES / 2, MAX_BATCHES, 0);
            Arrays.fill(batchTime, MAX_BATCHES / 2, MAX_BATCHES, 0);
            completed = MAX_BATCHES / 2;
            batchLength *= 2;
        }
    }
}
