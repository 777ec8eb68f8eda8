package org.tokensphere.app.view.chart;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.tokensphere.model.AttentionKind;
import org.tokensphere.model.InitKind;
import org.tokensphere.model.InitialState;
import org.tokensphere.model.Norm;
import org.tokensphere.model.Params;
import org.tokensphere.model.Simulation;
import org.tokensphere.model.theory.Equiangular;

/**
 * The pair chart's dashed reference when the parameters change during a run: a run of 4 tokens in {@code d = 5}
 * from an equiangular start ({@code ρ_0 = −0.2}, attention alone, seed 3) takes {@code β = 1} up to {@code t = 1},
 * then {@code β = 4} (and, for Pre-LN, keeps its radii). The simulated {@code ρ_01} must follow the reference piece
 * after piece within the Heun error at {@code h = 0.002}: {@code NormalizationSchemesTest} measured at most
 * {@code 2.3·10⁻⁷} there for these schemes over {@code t ≤ 8}, so the bound is {@code 10⁻⁶}. The old behaviour
 * (the new parameters' curve from {@code t = 0}) is off by more than {@code 10⁻²} at these times, so the test tells
 * them apart; noise turned on stops the curve.
 */
class EquiangularReferenceTest {
    private static final int N = 4;
    private static final int D = 5;
    private static final double[] TIMES = {0.25, 0.5, 1, 1.25, 1.5, 2, 2.5};

    @Test
    void postLnFollowsAChangeOfBetaPieceByPiece() {
        check(Norm.POST);
    }

    @Test
    void preLnFollowsAChangeOfBetaWithItsRadii() {
        check(Norm.PRE);
    }

    @Test
    void noiseStopsTheCurveAndANewRunStartsItAgain() {
        Params p = start(Norm.POST);
        EquiangularReference ref = new EquiangularReference();
        double[] t = {0, 0.5, 1};
        assertNotNull(ref.values(p, 1, t, 3, false));
        double[] later = {0, 0.5, 1, 1.5, 2};
        double[] v = ref.values(p.toBuilder().sigmaQ(0.5).build(), 2, later, 5, false);
        assertTrue(Double.isFinite(v[2]) && Double.isNaN(v[3]) && Double.isNaN(v[4]), java.util.Arrays.toString(v));
        assertNull(ref.values(p.toBuilder().sigmaQ(0.5).build(), 0, new double[] {0}, 1, false), "a noisy new run");
        assertNotNull(ref.values(p, 0, new double[] {0}, 1, false), "a new equiangular run");
    }

    private static Params start(Norm norm) {
        return Params.defaults().toBuilder().d(D).n(N).sigmaQ(0).sigmaB(0).attention(AttentionKind.SA).norm(norm)
                .alpha(1).beta(1).dt(0.002).init(InitialState.of(InitKind.EQUIANGULAR).withRho0(-0.2)).seed(3)
                .build();
    }

    private static void check(Norm norm) {
        Params first = start(norm);
        Params second = first.toBuilder().beta(4).build();
        EquiangularReference ref = new EquiangularReference();
        Equiangular restarted = Equiangular.of(second);
        double[] t = new double[TIMES.length + 1];
        double[] simulated = new double[TIMES.length + 1];
        int rows = 1;
        t[0] = 0;
        simulated[0] = -0.2;
        ref.values(first, 0, t, 1, false);
        try (Simulation sim = new Simulation(first, 2)) {
            for (double time : TIMES) {
                if (time > 1 && sim.params().beta() == 1) {
                    sim.setParams(second);
                }
                sim.advanceTo(time);
                t[rows] = sim.time();
                simulated[rows] = rho01(sim.positions());
                rows++;
                double[] curve = ref.values(sim.params(), sim.time(), t, rows, false);
                for (int k = 0; k < rows; k++) {
                    double err = Math.abs(curve[k] - simulated[k]);
                    assertTrue(err <= 1e-6, norm + ": |rho_sim - rho_ref| = " + err + " at t = " + t[k]);
                }
            }
            double last = t[rows - 1];
            double old = Math.abs(restarted.rho(last) - simulated[rows - 1]);
            assertTrue(old > 1e-2, norm + ": the curve of the new beta from t = 0 is off by " + old);
        }
    }

    private static double rho01(double[] x) {
        double s = 0;
        for (int k = 0; k < D; k++) {
            s += x[k] * x[D + k];
        }
        return s;
    }
}
