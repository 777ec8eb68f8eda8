package org.tokensphere.app.viewmodel;

import org.tokensphere.model.Params;
import org.tokensphere.model.ParamsBuilder;

import java.util.function.ObjDoubleConsumer;
import java.util.function.ToDoubleFunction;

/**
 * The numeric controls and the parameters, both ways: the parameters with one control changed (validated by
 * {@link Params}, or refused with the reason), and the values of the controls that some parameters set.
 * Degrees for the bias angles.
 */
final class KnobParams {
    private KnobParams() {
    }

    /**
     * {@code p} with control {@code k} at {@code v}, or null when {@code k} is not a parameter (the speed); the other
     * controls' values come from {@code current}, {@code colouredNoise} says whether τ acts. Throws
     * {@link IllegalArgumentException} naming the field and its range when the value is refused.
     */
    static Params with(Params p, Knob k, double v, ToDoubleFunction<Knob> current, boolean colouredNoise) {
        ParamsBuilder b = p.toBuilder();
        switch (k) {
            case SIGMA_Q -> b.sigmaQ(v);
            case SIGMA_B -> b.sigmaB(v);
            case BIAS_STRENGTH -> b.biasStrength(v);
            case BIAS_AZIMUTH -> {
                requireRange(k, v, 0, 360, " degrees");
                b.biasDirection(BiasDirection.vector(p.d(), v, current.applyAsDouble(Knob.BIAS_POLAR)));
            }
            case BIAS_POLAR -> {
                requireRange(k, v, 0, 180, " degrees");
                b.biasDirection(BiasDirection.vector(p.d(), current.applyAsDouble(Knob.BIAS_AZIMUTH), v));
            }
            case SHARING -> b.sharing(v);
            case TAU -> {
                p.toBuilder().tau(v).build(); // validates τ even while the noise is white
                b.tau(colouredNoise ? v : 0);
            }
            case ALPHA -> b.alpha(v);
            case BETA -> b.beta(v);
            case GAMMA -> b.gamma(v);
            case SIGMA_IND -> b.sigmaInd(v);
            case N -> b.n((int) Math.max(Integer.MIN_VALUE, Math.min(Integer.MAX_VALUE, v)));
            case D -> {
                int d = (int) Math.max(Integer.MIN_VALUE, Math.min(Integer.MAX_VALUE, v));
                b.d(d);
                if (d >= 2 && d <= Params.MAX_D) {
                    b.biasDirection(BiasDirection.vector(d, current.applyAsDouble(Knob.BIAS_AZIMUTH),
                            current.applyAsDouble(Knob.BIAS_POLAR)));
                }
            }
            case DT -> {
                if (!(v > 0)) {
                    throw new IllegalArgumentException(
                            "dt must be positive (tick \"auto\" to choose dt from the accuracy)");
                }
                b.dt(v); // setting dt means a fixed step: automatic choice goes off
            }
            case SPEED -> {
                requireRange(k, v, ParamsViewModel.MIN_SPEED, ParamsViewModel.MAX_SPEED,
                        " (simulated time per second)");
                return null;
            }
            case RHO0 -> b.init(p.init().withRho0(v));
            case CAP_ANGLE -> b.init(p.init().withCapAngle(v));
            default -> throw new IllegalStateException(k.name());
        }
        return b.build();
    }

    /**
     * Gives {@code set} the value of each control that {@code p} determines: all but the speed, and τ and dt only
     * when {@code p} uses them (white noise and an automatic step keep the last value typed).
     */
    static void read(Params p, ObjDoubleConsumer<Knob> set) {
        set.accept(Knob.SIGMA_Q, p.sigmaQ());
        set.accept(Knob.SIGMA_B, p.sigmaB());
        set.accept(Knob.BIAS_STRENGTH, p.biasStrength());
        set.accept(Knob.SHARING, p.sharing());
        set.accept(Knob.ALPHA, p.alpha());
        set.accept(Knob.BETA, p.beta());
        set.accept(Knob.GAMMA, p.gamma());
        set.accept(Knob.SIGMA_IND, p.sigmaInd());
        set.accept(Knob.N, p.n());
        set.accept(Knob.D, p.d());
        set.accept(Knob.RHO0, p.init().rho0());
        set.accept(Knob.CAP_ANGLE, p.init().capAngle());
        if (p.tau() > 0) {
            set.accept(Knob.TAU, p.tau());
        }
        if (p.dt() > 0) {
            set.accept(Knob.DT, p.dt());
        }
        double[] angles = BiasDirection.angles(p.biasDirection());
        set.accept(Knob.BIAS_AZIMUTH, angles[0]);
        set.accept(Knob.BIAS_POLAR, angles[1]);
    }

    private static void requireRange(Knob k, double v, double lo, double hi, String unit) {
        if (v < lo || v > hi) {
            throw new IllegalArgumentException(k.symbol() + " = " + NumberText.fmt(v) + " is out of range ["
                    + NumberText.fmt(lo) + ", " + NumberText.fmt(hi) + "]" + unit);
        }
    }
}
