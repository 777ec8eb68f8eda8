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
    private final IntegerProperty trailFrames = new SimpleIntegerProperty(this, "trailFrames", 90);
    private final BooleanProperty autoRotate = new SimpleBooleanProperty(this, "autoRotate", false);
    private final BooleanProperty dark = new SimpleBooleanProperty(this, "dark", false);
    private final BooleanProperty presentation = new SimpleBooleanProperty(this, "presentation", false);
    private final DoubleProperty tokenSize = new SimpleDoubleProperty(this, "tokenSize", 1.0);
    private final IntegerProperty snapshotScale = new SimpleIntegerProperty(this, "snapshotScale", 2);

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

    /** Length of the trails, in frames. */
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
