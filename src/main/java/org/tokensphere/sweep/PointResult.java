package org.tokensphere.sweep;

import java.io.Serializable;

/**
 * The statistics of one grid point over its replicas, per sample time {@code k} and observable {@code o}
 * ({@code k·observables + o} in the arrays). Serializable plain data.
 *
 * @param point    grid point
 * @param count    replicas measured at each sample time
 * @param mean     mean over those replicas
 * @param se       standard error of that mean (sample standard deviation / √count; NaN for fewer than two)
 * @param stopMean mean of {@code min(tStop, t)} over all replicas at each sample time (NaN without a stop rule)
 * @param stopSe   its standard error
 * @param stopped  replicas that had stopped by each sample time
 */
public record PointResult(int point, int[] count, double[] mean, double[] se, double[] stopMean, double[] stopSe,
                          int[] stopped) implements Serializable {
    private static final long serialVersionUID = 1L;
}
