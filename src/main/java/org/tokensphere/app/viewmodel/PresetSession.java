package org.tokensphere.app.viewmodel;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.tokensphere.model.Params;
import org.tokensphere.preset.Limits;
import org.tokensphere.preset.Preset;

/**
 * The preset the window was last loaded from, and the mapping between presets and the view models: loading a
 * preset sets the parameters, speed, display settings and traced pairs shown; saving takes them back. It knows
 * nothing of the engine or the scene graph (the window hands the preset's run to the engine and its camera to the
 * view). Plain Java with JavaFX properties, usable without the toolkit.
 */
public final class PresetSession {
    private final ParamsViewModel vm;
    private final DisplaySettings display;
    private final PairSelection pairs;
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper(this, "title", "");
    private final ReadOnlyStringWrapper description = new ReadOnlyStringWrapper(this, "description", "");
    private final ReadOnlyStringWrapper source = new ReadOnlyStringWrapper(this, "source", "");
    private final ReadOnlyBooleanWrapper modified = new ReadOnlyBooleanWrapper(this, "modified", false);
    private Params loadedParams;
    private double duration = Double.NaN;

    /** A session over the window's view models; no preset loaded yet. */
    public PresetSession(ParamsViewModel vm, DisplaySettings display, PairSelection pairs) {
        this.vm = vm;
        this.display = display;
        this.pairs = pairs;
        vm.paramsProperty().addListener((o, a, p) -> modified.set(loadedParams != null && !loadedParams.equals(p)));
    }

    /**
     * Shows {@code state} (of {@code preset}, from {@code from}: a file path or a shipped name) in the view
     * models: the parameters as they are ({@link ParamsViewModel#adopt}), the speed, colouring, projection,
     * trails, rotation and pairs. The caller starts the run of {@code state.params()} on the engine.
     */
    public void apply(Preset preset, SessionState state, String from) {
        show(state, new Memo(preset.title(), preset.description(), from, state.params(), preset.duration()));
    }

    /**
     * What the session knows of the loaded preset, to be {@link #restore}d after a guided tour: its title,
     * description, source, parameters (null: none loaded) and duration (NaN: none).
     */
    public record Memo(String title, String description, String source, Params loadedParams, double duration) {
    }

    /** The loaded preset as it is now. */
    public Memo memo() {
        return new Memo(title.get(), description.get(), source.get(), loadedParams, duration);
    }

    /** Shows {@code state} in the view models again, with the loaded preset of {@code memo} (after a tour). */
    public void restore(SessionState state, Memo memo) {
        show(state, memo);
    }

    private void show(SessionState state, Memo memo) {
        vm.adopt(state.params());
        vm.set(Knob.SPEED, state.speed());
        display.colourByProperty().set(state.colourBy());
        display.paletteProperty().set(state.palette());
        display.projectionProperty().set(state.projection());
        display.trailSecondsProperty().set(state.trailSeconds());
        display.trailsProperty().set(state.trails());
        display.autoRotateProperty().set(state.autoRotate());
        pairs.adopt(state.pairs());
        loadedParams = memo.loadedParams();
        duration = memo.duration();
        title.set(memo.title());
        description.set(memo.description());
        source.set(memo.source());
        modified.set(loadedParams != null && !loadedParams.equals(vm.params()));
    }

    /**
     * The app's state now: {@code running} (the parameters of the run on screen, seed and initial state
     * included), the engine's traced {@code enginePairs}, the view's {@code camera}, and the speed and display
     * settings of the view models.
     */
    public SessionState capture(Params running, int[][] enginePairs, CameraPose camera) {
        return new SessionState(running, camera, display.colourByProperty().get(),
                display.projectionProperty().get(), display.trailsProperty().get(),
                display.trailSecondsProperty().get(), display.autoRotateProperty().get(), enginePairs,
                vm.get(Knob.SPEED), java.util.List.of(), display.paletteProperty().get());
    }

    /** Title of the loaded preset, or empty. */
    public ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }

    /** Description of the loaded preset, or empty. */
    public ReadOnlyStringProperty descriptionProperty() {
        return description.getReadOnlyProperty();
    }

    /** Where the loaded preset came from (a file path or a shipped name), or empty. */
    public ReadOnlyStringProperty sourceProperty() {
        return source.getReadOnlyProperty();
    }

    /** True when the parameters shown differ from the loaded preset's. */
    public ReadOnlyBooleanProperty modifiedProperty() {
        return modified.getReadOnlyProperty();
    }

    /** A title to offer when saving: the loaded preset's, or a plain one. */
    public String suggestedTitle() {
        return title.get().isEmpty() ? "My TokenSphere run" : title.get();
    }

    /** A description to offer when saving: the loaded preset's while its parameters are unchanged, else empty. */
    public String suggestedDescription() {
        return modified.get() ? "" : description.get();
    }

    /**
     * A duration to offer when saving at simulated time {@code now}: the loaded preset's, or the time reached
     * rounded up (at least 10, at most the presets' limit of 10⁵).
     */
    public double suggestedDuration(double now) {
        if (!Double.isNaN(duration)) {
            return duration;
        }
        return Math.min(Limits.MAX_DURATION, Math.max(10, Math.ceil(now)));
    }
}
