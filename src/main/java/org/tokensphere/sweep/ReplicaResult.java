package org.tokensphere.sweep;

import java.io.Serializable;

/**
 * What one replica of a sweep measured: every observable of {@link Sweep#OBSERVABLES} at its sample times, and
 * when it stopped. Plain data, serializable, so a cluster can ship it (org.tokensphere.spark).
 *
 * @param point    grid point
 * @param replica  replica index within the grid point
 * @param values   {@code samples × observables}, row-major; only the first {@code measured} sample times are set
 * @param measured how many sample times it was measured at (fewer than all when it stopped early)
 * @param stopTime the located stopping time, NaN when it did not stop (or there is no stop condition)
 */
public record ReplicaResult(int point, int replica, double[] values, int measured, double stopTime)
        implements Serializable {
    private static final long serialVersionUID = 1L;
}
