package org.tokensphere.app.viewmodel;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;

/** How the tokens are shown (nothing here changes the simulation). Plain Java. */
public final class DisplaySettings {
    /** What a token's colour says. */
    public enum ColourBy {
        /** The pole it is heading to: the sign of {@code ⟨x, u⟩} with the pole axis. */
        POLE("pole it is heading to"),
        /** Its starting point, as a hue: mixing becomes visible. */
        INITIAL_POSITION("initial position"),
        /** Its cluster (tokens within about 15° of a cluster's centre). */
        CLUSTER("cluster");

        private final String label;

        ColourBy(String label) {
            this.label = label;
        }

        @Override
        public String toString() {
            return label;
        }
    }

    /** How {@code d > 3} is shown in three dimensions. */
    public enum ProjectionKind {
        /** The coordinates {@code x_1, x_2, x_3}. */
        FIRST_THREE("first three coordinates"),
        /** The top three principal axes of the ensemble (eigenvectors of {@code (1/N) Σ x_i x_iᵀ}). */
        PRINCIPAL("top-3 principal axes");

        private final String label;

        ProjectionKind(String label) {
            this.label = label;
        }

        @Override
        public String toString() {
            return label;
        }
    }

    private final ObjectProperty<ColourBy> colourBy = new SimpleObjectProperty<>(this, "colourBy", ColourBy.POLE);
    private final ObjectProperty<ProjectionKind> projection =
            new SimpleObjectProperty<>(this, "projection", ProjectionKind.PRINCIPAL);
    private final BooleanProperty trails = new SimpleBooleanProperty(this, "trails", false);
    private final DoubleProperty trailSeconds = new SimpleDoubleProperty(this, "trailSeconds", 1.5);
    private final IntegerProperty trailFrames = new SimpleIntegerProperty(this, "trailFrames", 90);
    private final BooleanProperty autoRotate = new SimpleBooleanProperty(this, "autoRotate", false);
    private final BooleanProperty dark = new SimpleBooleanProperty(this, "dark", false);
    private final BooleanProperty presentation = new SimpleBooleanProperty(this, "presentation", false);
    private final DoubleProperty tokenSize = new SimpleDoubleProperty(this, "tokenSize", 1.0);
    private final IntegerProperty snapshotScale = new SimpleIntegerProperty(this, "snapshotScale", 2);

    /** Nominal frames per second of animation: trails of {@code s} seconds are {@code 60·s} frames long. */
    public static final double FRAMES_PER_SECOND = 60;

    /** Settings at their defaults; the trail length in frames follows the length in seconds. */
    public DisplaySettings() {
        trailSeconds.addListener((o, a, s) -> trailFrames.set(framesFor(s.doubleValue())));
    }

    /** Trail length in frames for {@code seconds} of animation, at least 1. */
    public static int framesFor(double seconds) {
        return (int) Math.max(1, Math.round(seconds * FRAMES_PER_SECOND));
    }

    /** What a token's colour says. */
    public ObjectProperty<ColourBy> colourByProperty() {
        return colourBy;
    }

    /** The projection for {@code d > 3}. */
    public ObjectProperty<ProjectionKind> projectionProperty() {
        return projection;
    }

    /** Fading trails on or off. */
    public BooleanProperty trailsProperty() {
        return trails;
    }

    /** Length of the trails, in seconds of animation (as presets give it); sets {@link #trailFramesProperty()}. */
    public DoubleProperty trailSecondsProperty() {
        return trailSeconds;
    }

    /** Length of the trails, in frames (follows {@link #trailSecondsProperty()}). */
    public IntegerProperty trailFramesProperty() {
        return trailFrames;
    }

    /** Slow automatic rotation of the view. */
    public BooleanProperty autoRotateProperty() {
        return autoRotate;
    }

    /** Dark theme. */
    public BooleanProperty darkProperty() {
        return dark;
    }

    /** Full-screen presentation mode with larger fonts. */
    public BooleanProperty presentationProperty() {
        return presentation;
    }

    /** Relative marker size (1 = default). */
    public DoubleProperty tokenSizeProperty() {
        return tokenSize;
    }

    /** Snapshot resolution factor, 1 or 2. */
    public IntegerProperty snapshotScaleProperty() {
        return snapshotScale;
    }
}
