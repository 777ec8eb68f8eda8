package org.tokensphere.preset;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import org.tokensphere.model.AttentionKind;
import org.tokensphere.model.InitKind;
import org.tokensphere.model.InitialState;
import org.tokensphere.model.Mode;
import org.tokensphere.model.Norm;
import org.tokensphere.model.Params;
import org.tokensphere.model.Scheme;

import java.util.List;

/**
 * The {@code parameters} section of a preset: the fields of {@link Params} under the names of MATH.md, valid by
 * construction (the compact constructor builds the {@link Params} and refuses what it refuses, with the same
 * messages), so {@link #toParams()} cannot fail. {@code biasDirection} is kept normalized, as {@link Params} keeps it.
 *
 * @param d             dimension; tokens live on {@code S^{d−1}}
 * @param n             number of tokens
 * @param mode          deterministic, random or mixed driving
 * @param sigmaQ        {@code σ_Q}, random quadratic form
 * @param sigmaB        {@code σ_b}, random bias
 * @param biasStrength  {@code |v|}, deterministic bias
 * @param biasDirection direction of {@code v}, {@code d} numbers; null = the last axis
 * @param sigmaInd      {@code σ_ind}, independent per-token noise
 * @param sharing       {@code c}, fraction of the quadratic noise common to all tokens
 * @param tau           {@code τ}, correlation time of coloured quadratic noise (0 = white)
 * @param attention     none, sa or usa
 * @param norm          post, pre or peri: where the layer normalization sits
 * @param alpha         {@code α}, attention strength
 * @param beta          {@code β}, attention inverse temperature
 * @param gamma         {@code γ}, long context: {@code β = γ log n} when {@code γ > 0}
 * @param dt            time step (0 = chosen from {@code accuracy})
 * @param accuracy      target relative weak error when {@code dt = 0}
 * @param delta         {@code δ}, closeness of polar pairs and clusters
 * @param scheme        auto, splitting or heun
 * @param matrix        how {@code M} is made
 * @param init          initial state
 * @param seed          the seed all randomness derives from
 */
@JsonPropertyOrder({"d", "n", "mode", "sigmaQ", "sigmaB", "biasStrength", "biasDirection", "sigmaInd", "sharing",
        "tau", "attention", "norm", "alpha", "beta", "gamma", "dt", "accuracy", "delta", "scheme", "matrix", "init",
        "seed"})
public record PresetParameters(int d, int n, Mode mode, double sigmaQ, double sigmaB, double biasStrength,
                               List<Double> biasDirection, double sigmaInd, double sharing, double tau,
                               AttentionKind attention, Norm norm, double alpha, double beta, double gamma,
                               double dt, double accuracy, double delta, Scheme scheme, MatrixSection matrix,
                               InitSection init, long seed) {

    public PresetParameters {
        Limits.size(n, d);
        if (mode == null || attention == null || norm == null || scheme == null || matrix == null || init == null) {
            throw new IllegalArgumentException("mode, attention, norm, scheme, matrix and init must all be given");
        }
        if (init.points().size() > n) {
            throw new IllegalArgumentException("init.points: " + init.points().size() + " points for n = " + n
                    + " tokens; at most n");
        }
        if (init.kind() == InitKind.EQUIANGULAR) {
            if (n > d) {
                throw new IllegalArgumentException("init.kind: equiangular needs n <= d (got n = " + n + ", d = "
                        + d + ")");
            }
            if (init.rho0() < -1.0 / (n - 1)) {
                throw new IllegalArgumentException("init.rho0 = " + init.rho0() + ": equiangular needs rho0 >= "
                        + "-1/(n-1) = " + (-1.0 / (n - 1)));
            }
        }
        InitialState start = init.toInitialState(d);
        Params p = new Params(d, n, mode, sigmaQ, sigmaB, biasStrength,
                biasDirection == null ? null : Lists.toArray(biasDirection), sharing, tau, attention, norm, alpha, beta,
                gamma, sigmaInd, dt, accuracy, delta, scheme, matrix.toSpec(), start, seed);
        biasDirection = Lists.of(p.biasDirection());
    }

    /** The section holding exactly {@code p}. */
    public static PresetParameters of(Params p) {
        return new PresetParameters(p.d(), p.n(), p.mode(), p.sigmaQ(), p.sigmaB(), p.biasStrength(),
                Lists.of(p.biasDirection()), p.sigmaInd(), p.sharing(), p.tau(), p.attention(), p.norm(), p.alpha(),
                p.beta(), p.gamma(), p.dt(), p.accuracy(), p.delta(), p.scheme(), MatrixSection.of(p.matrix()),
                InitSection.of(p.init(), p.d()), p.seed());
    }

    /** The parameters; {@code PresetParameters.of(p).toParams().equals(p)} for every {@code p} within the limits. */
    public Params toParams() {
        return new Params(d, n, mode, sigmaQ, sigmaB, biasStrength, Lists.toArray(biasDirection), sharing, tau,
                attention, norm, alpha, beta, gamma, sigmaInd, dt, accuracy, delta, scheme, matrix.toSpec(),
                init.toInitialState(d), seed);
    }
}
