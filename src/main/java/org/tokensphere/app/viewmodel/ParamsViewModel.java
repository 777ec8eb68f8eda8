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
import org.tokensphere.model.Norm;
import org.tokensphere.model.InitKind;
import org.tokensphere.model.InitialState;
import org.tokensphere.model.MatrixSpec;
import org.tokensphere.model.Mode;
import org.tokensphere.model.Params;
import org.tokensphere.model.Scheme;

import java.util.EnumMap;
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
    private final ReadOnlyObjectWrapper<Norm> norm = new ReadOnlyObjectWrapper<>(this, "norm");
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

    /** Where the layer normalization sits: Post-LN, Pre-LN or Peri-LN (docs/MATH.md §8). */
    public ReadOnlyObjectProperty<Norm> normProperty() {
        return norm.getReadOnlyProperty();
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
            return refuse(k.symbol() + " = " + NumberText.fmt(v) + " is not a whole number");
        }
        Params p = params.get();
        Params next;
        try {
            next = KnobParams.with(p, k, v, this::get, colouredNoise.get());
        } catch (IllegalArgumentException e) {
            return refuse("Refused " + k.symbol() + " = " + NumberText.fmt(v) + ": " + e.getMessage());
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

    /** Deterministic, random or mixed driving. */
    public void setMode(Mode m) {
        apply(p -> p.toBuilder().mode(m).build(), "mode");
    }

    /** None, SA or USA attention. */
    public void setAttention(AttentionKind a) {
        apply(p -> p.toBuilder().attention(a).build(), "attention");
    }

    /** Post-LN, Pre-LN or Peri-LN attention. */
    public void setNorm(Norm n) {
        apply(p -> p.toBuilder().norm(n).build(), "normalization");
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
        norm.set(p.norm());
        initKind.set(p.init().kind());
        scheme.set(p.scheme());
        seed.set(p.seed());
        colouredNoise.set(p.tau() > 0);
        autoDt.set(p.dt() == 0);
        KnobParams.read(p, (k, v) -> knobs.get(k).set(v));
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
}
