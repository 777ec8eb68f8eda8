package org.tokensphere.app.viewmodel;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.tokensphere.model.AttentionKind;
import org.tokensphere.model.InitKind;
import org.tokensphere.model.InitialState;
import org.tokensphere.model.MatrixSpec;
import org.tokensphere.model.Mode;
import org.tokensphere.model.Params;
import org.tokensphere.model.ParamsBuilder;
import org.tokensphere.model.Scheme;

import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * The parameters as the side panel shows them: one read-only JavaFX property per parameter, and setters that
 * build a new {@link Params} and either commit it ({@link #paramsProperty()} changes) or refuse it with a
 * {@link #messageProperty() message} naming the field and its range, leaving every property at its previous
 * valid value (nothing is clamped). Plain Java: no scene graph, usable without the toolkit.
 */
public final class ParamsViewModel {
    /** Allowed simulation speeds (simulated time per wall-clock second). */
    public static final double MIN_SPEED = 0.01;
    /** Largest speed. */
    public static final double MAX_SPEED = 100;

    private final Map<Knob, ReadOnlyDoubleWrapper> knobs = new EnumMap<>(Knob.class);
    private final ReadOnlyObjectWrapper<Params> params = new ReadOnlyObjectWrapper<>(this, "params");
    private final ReadOnlyObjectWrapper<Mode> mode = new ReadOnlyObjectWrapper<>(this, "mode");
    private final ReadOnlyObjectWrapper<AttentionKind> attention = new ReadOnlyObjectWrapper<>(this, "attention");
    private final ReadOnlyObjectWrapper<InitKind> initKind = new ReadOnlyObjectWrapper<>(this, "initKind");
    private final ReadOnlyObjectWrapper<Scheme> scheme = new ReadOnlyObjectWrapper<>(this, "scheme");
    private final ReadOnlyBooleanWrapper colouredNoise = new ReadOnlyBooleanWrapper(this, "colouredNoise");
    private final ReadOnlyBooleanWrapper autoDt = new ReadOnlyBooleanWrapper(this, "autoDt");
    private final ReadOnlyLongWrapper seed = new ReadOnlyLongWrapper(this, "seed");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");

    /** A view model showing {@code initial}, at simulation speed 1. */
    public ParamsViewModel(Params initial) {
        for (Knob k : Knob.values()) {
            knobs.put(k, new ReadOnlyDoubleWrapper(this, k.name()));
        }
        knobs.get(Knob.TAU).set(1);
        knobs.get(Knob.DT).set(0.01);
        knobs.get(Knob.SPEED).set(1);
        adopt(initial);
    }

    // ---- reading -----------------------------------------------------------------------------------------

    /** The current valid parameters; changes only to values that {@link Params} accepted. */
    public ReadOnlyObjectProperty<Params> paramsProperty() {
        return params.getReadOnlyProperty();
    }

    /** The current valid parameters. */
    public Params params() {
        return params.get();
    }

    /** The value of a numeric control (degrees for the bias angles). */
    public ReadOnlyDoubleProperty property(Knob k) {
        return knobs.get(k).getReadOnlyProperty();
    }

    /** The value of a numeric control. */
    public double get(Knob k) {
        return knobs.get(k).get();
    }

    /** Deterministic, random or mixed driving. */
    public ReadOnlyObjectProperty<Mode> modeProperty() {
        return mode.getReadOnlyProperty();
    }

    /** None, SA or USA. */
    public ReadOnlyObjectProperty<AttentionKind> attentionProperty() {
        return attention.getReadOnlyProperty();
    }

    /** The kind of initial state. */
    public ReadOnlyObjectProperty<InitKind> initKindProperty() {
        return initKind.getReadOnlyProperty();
    }

    /** The integrator choice. */
    public ReadOnlyObjectProperty<Scheme> schemeProperty() {
        return scheme.getReadOnlyProperty();
    }

    /** True when the quadratic noise is coloured with correlation time {@link Knob#TAU}. */
    public ReadOnlyBooleanProperty colouredNoiseProperty() {
        return colouredNoise.getReadOnlyProperty();
    }

    /** True when dt is chosen from the accuracy target rather than from {@link Knob#DT}. */
    public ReadOnlyBooleanProperty autoDtProperty() {
        return autoDt.getReadOnlyProperty();
    }

    /** The seed all randomness derives from. */
    public ReadOnlyLongProperty seedProperty() {
        return seed.getReadOnlyProperty();
    }

    /** Why the last change was refused, or empty after an accepted change. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    // ---- changing ----------------------------------------------------------------------------------------

    /** Parses typed text for a control and sets it; a refusal (not a number, out of range) sets the message. */
    public boolean setText(Knob k, String text) {
        double v;
        try {
            v = Double.parseDouble(text.trim().replace(',', '.'));
        } catch (NumberFormatException e) {
            return refuse(k.symbol() + ": '" + text.trim() + "' is not a number");
        }
        return set(k, v);
    }

    /** Sets a control; true when accepted. A refused value leaves everything as it was and sets the message. */
    public boolean set(Knob k, double v) {
        if (!Double.isFinite(v)) {
            return refuse(k.symbol() + ": " + v + " is not a finite number");
        }
        if (k.integer() && v != Math.rint(v)) {
            return refuse(k.symbol() + " = " + fmt(v) + " is not a whole number");
        }
        Params p = params.get();
        Params next;
        try {
            next = candidate(p, k, v);
        } catch (IllegalArgumentException e) {
            return refuse("Refused " + k.symbol() + " = " + fmt(v) + ": " + e.getMessage());
        }
        knobs.get(k).set(v);
        if (k == Knob.DT) {
            autoDt.set(false);
        }
        if (next != null) {
            commit(next);
        } else {
            message.set("");
        }
        return true;
    }

    /** The parameters with control {@code k} at {@code v}, or null when it is not a parameter; throws when refused. */
    private Params candidate(Params p, Knob k, double v) {
        ParamsBuilder b = p.toBuilder();
        switch (k) {
            case SIGMA_Q -> b.sigmaQ(v);
            case SIGMA_B -> b.sigmaB(v);
            case BIAS_STRENGTH -> b.biasStrength(v);
            case BIAS_AZIMUTH -> {
                requireRange(k, v, 0, 360, " degrees");
                b.biasDirection(BiasDirection.vector(p.d(), v, get(Knob.BIAS_POLAR)));
            }
            case BIAS_POLAR -> {
                requireRange(k, v, 0, 180, " degrees");
                b.biasDirection(BiasDirection.vector(p.d(), get(Knob.BIAS_AZIMUTH), v));
            }
            case SHARING -> b.sharing(v);
            case TAU -> {
                p.toBuilder().tau(v).build(); // validates τ even while the noise is white
                b.tau(colouredNoise.get() ? v : 0);
            }
            case ALPHA -> b.alpha(v);
            case BETA -> b.beta(v);
            case SIGMA_IND -> b.sigmaInd(v);
            case N -> b.n((int) Math.max(Integer.MIN_VALUE, Math.min(Integer.MAX_VALUE, v)));
            case D -> {
                int d = (int) Math.max(Integer.MIN_VALUE, Math.min(Integer.MAX_VALUE, v));
                b.d(d);
                if (d >= 2 && d <= Params.MAX_D) {
                    b.biasDirection(BiasDirection.vector(d, get(Knob.BIAS_AZIMUTH), get(Knob.BIAS_POLAR)));
                }
            }
            case DT -> {
                if (!(v > 0)) {
                    throw new IllegalArgumentException("dt must be positive (tick \"auto\" to choose dt from the accuracy)");
                }
                b.dt(v); // setting dt means a fixed step: automatic choice goes off
            }
            case SPEED -> {
                requireRange(k, v, MIN_SPEED, MAX_SPEED, " (simulated time per second)");
                return null;
            }
            case RHO0 -> b.init(p.init().withRho0(v));
            case CAP_ANGLE -> b.init(p.init().withCapAngle(v));
            default -> throw new IllegalStateException(k.name());
        }
        return b.build();
    }

    /** Deterministic, random or mixed driving. */
    public void setMode(Mode m) {
        apply(p -> p.toBuilder().mode(m).build(), "mode");
    }

    /** None, SA or USA attention. */
    public void setAttention(AttentionKind a) {
        apply(p -> p.toBuilder().attention(a).build(), "attention");
    }

    /** The integrator. */
    public void setScheme(Scheme s) {
        apply(p -> p.toBuilder().scheme(s).build(), "scheme");
    }

    /** The kind of initial state (restarts the run), keeping {@code ρ₀} and the cap angle. */
    public void setInitKind(InitKind kind) {
        apply(p -> p.toBuilder().init(new InitialState(kind, get(Knob.RHO0), get(Knob.CAP_ANGLE),
                new double[0], 0)).build(), "initial state");
    }

    /** Coloured quadratic noise with correlation time {@link Knob#TAU}, or white noise. */
    public void setColouredNoise(boolean on) {
        apply(p -> p.toBuilder().tau(on ? get(Knob.TAU) : 0).build(), "τ");
    }

    /** dt chosen automatically from the accuracy target, or fixed at {@link Knob#DT}. */
    public void setAutoDt(boolean on) {
        apply(p -> p.toBuilder().dt(on ? 0 : get(Knob.DT)).build(), "dt");
    }

    /** The seed (restarts the run with new noise and new starting points). */
    public void setSeed(long s) {
        apply(p -> p.toBuilder().seed(s).build(), "seed");
    }

    /** Parses a typed seed. */
    public boolean setSeedText(String text) {
        try {
            setSeed(Long.parseLong(text.trim()));
            return true;
        } catch (NumberFormatException e) {
            return refuse("seed: '" + text.trim() + "' is not a whole number");
        }
    }

    /** The next seed: new noise and new starting points. */
    public void newSeed() {
        setSeed(params.get().seed() + 1);
    }

    /** New starting points drawn with the same rule, the same noise: synchronization by noise made visible. */
    public void replaySameNoise() {
        apply(p -> p.toBuilder().init(p.init().nextVariant()).build(), "initial state");
    }

    /** A new GOE sample for the fixed matrix {@code M}. */
    public void newMatrix() {
        apply(p -> {
            long s = p.matrix().kind() == MatrixSpec.Kind.GOE ? p.matrix().seed() + 1 : p.seed() + 1;
            return p.toBuilder().matrix(MatrixSpec.goe(s)).build();
        }, "matrix M");
    }

    /**
     * Shows {@code p} as it is (after an undone reset, or when the engine refused a change), without treating it
     * as a change of the user's.
     */
    public void adopt(Params p) {
        params.set(p);
        mode.set(p.mode());
        attention.set(p.attention());
        initKind.set(p.init().kind());
        scheme.set(p.scheme());
        seed.set(p.seed());
        colouredNoise.set(p.tau() > 0);
        autoDt.set(p.dt() == 0);
        knobs.get(Knob.SIGMA_Q).set(p.sigmaQ());
        knobs.get(Knob.SIGMA_B).set(p.sigmaB());
        knobs.get(Knob.BIAS_STRENGTH).set(p.biasStrength());
        knobs.get(Knob.SHARING).set(p.sharing());
        knobs.get(Knob.ALPHA).set(p.alpha());
        knobs.get(Knob.BETA).set(p.beta());
        knobs.get(Knob.SIGMA_IND).set(p.sigmaInd());
        knobs.get(Knob.N).set(p.n());
        knobs.get(Knob.D).set(p.d());
        knobs.get(Knob.RHO0).set(p.init().rho0());
        knobs.get(Knob.CAP_ANGLE).set(p.init().capAngle());
        if (p.tau() > 0) {
            knobs.get(Knob.TAU).set(p.tau());
        }
        if (p.dt() > 0) {
            knobs.get(Knob.DT).set(p.dt());
        }
        double[] angles = BiasDirection.angles(p.biasDirection());
        knobs.get(Knob.BIAS_AZIMUTH).set(angles[0]);
        knobs.get(Knob.BIAS_POLAR).set(angles[1]);
    }

    private void apply(UnaryOperator<Params> change, String what) {
        try {
            Params next = change.apply(params.get());
            commit(next);
            adopt(next);
        } catch (IllegalArgumentException e) {
            refuse("Refused " + what + ": " + e.getMessage());
        }
    }

    private void commit(Params next) {
        message.set("");
        params.set(next);
    }

    private boolean refuse(String why) {
        message.set(why);
        return false;
    }

    private static void requireRange(Knob k, double v, double lo, double hi, String unit) {
        if (v < lo || v > hi) {
            throw new IllegalArgumentException(k.symbol() + " = " + fmt(v) + " is out of range [" + fmt(lo) + ", "
                    + fmt(hi) + "]" + unit);
        }
    }

    /** A number as a person types it: up to 6 significant digits, no trailing zeros. */
    public static String fmt(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return String.valueOf((long) v);
        }
        String s = String.format(Locale.ROOT, "%.6g", v);
        if (s.contains("e")) {
            return s;
        }
        return s.contains(".") ? s.replaceAll("0+$", "").replaceAll("\\.$", "") : s;
    }
}
