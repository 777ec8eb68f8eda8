package org.tokensphere.app.viewmodel;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.tokensphere.preset.DisplayOptions.Palette;

/**
 * How the tokens are shown (nothing here changes the simulation): colouring, projection, trails, rotation, the
 * theme ({@link #darkProperty()} follows it), the palette of poles and clusters, presentation mode and the text
 * size. Plain Java.
 */
public final class DisplaySettings {
    /** The look of the window. */
    public enum Theme {
        /** Dark text on light panels. */
        LIGHT("light"),
        /** Light text on dark panels. */
        DARK("dark"),
        /** High contrast for a washed-out projector: black on white, thick lines and grid, large markers and text. */
        PROJECTOR("projector");

        private final String label;

        Theme(String label) {
            this.label = label;
        }

        @Override
        public String toString() {
            return label;
        }
    }

    /** Smallest text scale. */
    public static final double MIN_TEXT_SCALE = 0.8;
    /** Largest text scale. */
    public static final double MAX_TEXT_SCALE = 2.5;
    /** One step of Larger / Smaller text. */
    public static final double TEXT_STEP = 1.15;

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
    private final BooleanProperty showRadius = new SimpleBooleanProperty(this, "showRadius", true);
    private final DoubleProperty trailSeconds = new SimpleDoubleProperty(this, "trailSeconds", 1.5);
    private final BooleanProperty autoRotate = new SimpleBooleanProperty(this, "autoRotate", false);
    private final BooleanProperty dark = new SimpleBooleanProperty(this, "dark", false);
    private final BooleanProperty presentation = new SimpleBooleanProperty(this, "presentation", false);
    private final ObjectProperty<Theme> theme = new SimpleObjectProperty<>(this, "theme", Theme.LIGHT);
    private final ObjectProperty<Palette> palette = new SimpleObjectProperty<>(this, "palette", Palette.DEFAULT);
    private final DoubleProperty textScale = new SimpleDoubleProperty(this, "textScale", 1.0);
    private final DoubleProperty tokenSize = new SimpleDoubleProperty(this, "tokenSize", 1.0);
    private final IntegerProperty snapshotScale = new SimpleIntegerProperty(this, "snapshotScale", 2);

    /** Nominal frames per second of animation: the most a trail is measured in ({@link TrailLength}). */
    public static final double FRAMES_PER_SECOND = 60;

    /**
     * Settings at their defaults; the dark switch follows the theme (switching it on chooses the dark theme, off
     * the light one).
     */
    public DisplaySettings() {
        theme.addListener((o, a, t) -> dark.set(t == Theme.DARK));
        dark.addListener((o, a, on) -> {
            if (on) {
                theme.set(Theme.DARK);
            } else if (theme.get() == Theme.DARK) {
                theme.set(Theme.LIGHT);
            }
        });
        theme.addListener((o, a, t) -> {
            if (t == null) {
                theme.set(a);
            }
        });
        palette.addListener((o, a, p) -> {
            if (p == null) {
                palette.set(a);
            }
        });
    }

    /** The theme. */
    public ObjectProperty<Theme> themeProperty() {
        return theme;
    }

    /** The colours of poles and clusters (exports use them too). */
    public ObjectProperty<Palette> paletteProperty() {
        return palette;
    }

    /** Size of the text relative to the theme's, in [{@value #MIN_TEXT_SCALE}, {@value #MAX_TEXT_SCALE}]. */
    public DoubleProperty textScaleProperty() {
        return textScale;
    }

    /** Sets the text scale, kept within its range and rounded to a hundredth. */
    public void setTextScale(double scale) {
        double s = Double.isFinite(scale) ? scale : 1;
        textScale.set(Math.round(Math.max(MIN_TEXT_SCALE, Math.min(MAX_TEXT_SCALE, s)) * 100) / 100.0);
    }

    /** Larger text by one step (Ctrl+Plus). */
    public void largerText() {
        setTextScale(textScale.get() * TEXT_STEP);
    }

    /** Smaller text by one step (Ctrl+Minus). */
    public void smallerText() {
        setTextScale(textScale.get() / TEXT_STEP);
    }

    /** What a token's colour says. */
    public ObjectProperty<ColourBy> colourByProperty() {
        return colourBy;
    }

    /** The projection for {@code d > 3}. */
    public ObjectProperty<ProjectionKind> projectionProperty() {
        return projection;
    }

    /** Pre-/Peri-LN: draw each token's radius as a radial offset (MATH.md §8). */
    public BooleanProperty showRadiusProperty() {
        return showRadius;
    }

    /** Fading trails on or off. */
    public BooleanProperty trailsProperty() {
        return trails;
    }

    /** Length of the trails, in seconds of animation (as presets give it; the window's frames: {@link TrailLength}). */
    public DoubleProperty trailSecondsProperty() {
        return trailSeconds;
    }

    /** Slow automatic rotation of the view. */
    public BooleanProperty autoRotateProperty() {
        return autoRotate;
    }

    /** Dark theme: true exactly when {@link #themeProperty()} is {@link Theme#DARK}. */
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
