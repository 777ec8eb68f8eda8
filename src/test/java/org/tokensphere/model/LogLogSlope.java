package org.tokensphere.model;

/**
 * Least-squares slope of {@code log(error)} on {@code log h}, the measured order of convergence, with its standard
 * error by the delta method: the slope is {@code Σ w_k log e_k} with {@code w_k = (log h_k − mean)/S_xx}, so its
 * variance is {@code Σ_jk (w_j/e_j)(w_k/e_k) Cov(e_j, e_k)}.
 *
 * @param slope the fitted order
 * @param sigma its standard error
 */
record LogLogSlope(double slope, double sigma) {

    /** From mean errors {@code e_k} at steps {@code h_k} and the covariance of those means. */
    static LogLogSlope of(double[] h, double[] e, double[][] covariance) {
        int c = h.length;
        double meanLogH = 0;
        for (double v : h) {
            meanLogH += Math.log(v) / c;
        }
        double sxx = 0;
        for (double v : h) {
            sxx += (Math.log(v) - meanLogH) * (Math.log(v) - meanLogH);
        }
        double slope = 0;
        double[] gradient = new double[c];
        for (int k = 0; k < c; k++) {
            double w = (Math.log(h[k]) - meanLogH) / sxx;
            slope += w * Math.log(e[k]);
            gradient[k] = w / e[k];
        }
        double variance = 0;
        for (int j = 0; j < c; j++) {
            for (int k = 0; k < c; k++) {
                variance += gradient[j] * gradient[k] * covariance[j][k];
            }
        }
        return new LogLogSlope(slope, Math.sqrt(variance));
    }

    /** From independent estimates {@code e_k ± se_k}. */
    static LogLogSlope independent(double[] h, double[] e, double[] se) {
        double[][] covariance = new double[h.length][h.length];
        for (int k = 0; k < h.length; k++) {
            covariance[k][k] = se[k] * se[k];
        }
        return of(h, e, covariance);
    }

    /** From per-path errors: column {@code first + k} of {@code rows} is the error at {@code h_k}. */
    static LogLogSlope ofPaths(double[] h, double[][] rows, int first) {
        int c = h.length;
        double[] mean = new double[c];
        double[][] covariance = new double[c][c];
        for (int k = 0; k < c; k++) {
            mean[k] = Replicas.mean(rows, first + k);
        }
        for (int j = 0; j < c; j++) {
            for (int k = 0; k < c; k++) {
                double s = 0;
                for (double[] row : rows) {
                    s += (row[first + j] - mean[j]) * (row[first + k] - mean[k]);
                }
                covariance[j][k] = s / (rows.length - 1) / rows.length;
            }
        }
        return of(h, mean, covariance);
    }
}
