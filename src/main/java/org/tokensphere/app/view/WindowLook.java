package org.tokensphere.app.view;

import javafx.scene.layout.Region;
import javafx.stage.Stage;
import org.tokensphere.app.render.TokenPalette;
import org.tokensphere.app.render.TokenView;
import org.tokensphere.app.view.chart.ChartPanel;
import org.tokensphere.app.viewmodel.DisplaySettings;
import org.tokensphere.app.viewmodel.DisplaySettings.Theme;
import org.tokensphere.engine.Frame;

import java.util.Locale;
import java.util.function.Supplier;

/**
 * How the window looks, following the display settings — the light, dark or projector theme (the projector's:
 * high contrast, thicker chart lines and grid, larger markers and text), the palette of poles and clusters, the
 * text size, presentation mode (full screen, larger fonts and tokens), trails and rotation of the view, the
 * colouring legend — and the frame shown: the circle for {@code d = 2}, a note on the projection for
 * {@code d > 3}, a marker size suited to the number of tokens.
 */
final class WindowLook {
    private final Region root;
    private final TokenView view;
    private final DisplaySettings display;
    private final ExplanationPanel explanation;
    private final ChartPanel charts;
    private final ControlPanel controls;
    private final ViewOverlay overlay;
    private final FramePump pump;
    private final Supplier<Stage> stage;
    private int shownN = -1;
    private boolean circleMode;

    WindowLook(Region root, TokenView view, DisplaySettings display, ExplanationPanel explanation, ChartPanel charts,
               ControlPanel controls, ViewOverlay overlay, FramePump pump, Supplier<Stage> stage) {
        this.root = root;
        this.view = view;
        this.display = display;
        this.explanation = explanation;
        this.charts = charts;
        this.controls = controls;
        this.overlay = overlay;
        this.pump = pump;
        this.stage = stage;
        display.themeProperty().addListener((o, a, t) -> applyTheme());
        display.paletteProperty().addListener((o, a, p) -> applyTheme());
        display.textScaleProperty().addListener((o, a, k) -> applyText());
        display.presentationProperty().addListener((o, a, on) -> applyPresentation(on));
        display.trailsProperty().addListener((o, a, on) -> pump.trailsChanged());
        display.trailSecondsProperty().addListener((o, a, s) -> pump.trailsChanged());
        display.autoRotateProperty().addListener((o, a, on) -> view.setAutoRotate(on));
        display.colourByProperty().addListener((o, a, c) -> updateLegend());
        applyTheme();
    }

    /** The view now shows frame {@code f}. */
    void frameShown(Frame f) {
        overlay.showDimension(f.d(), display.projectionProperty().get());
        overlay.showRadius(f.radii().length() > 0 && display.showRadiusProperty().get() ? f.values().meanRadius()
                : Double.NaN);
        if (f.n() != shownN) {
            shownN = f.n();
            applyTokenSize();
        }
        boolean circle = f.d() == 2;
        if (circle != circleMode) {
            circleMode = circle; // the 3D view resets its camera on this call: only when it changes
            view.setCircleMode(circle);
        }
    }

    private void updateLegend() {
        overlay.showColouring(display.colourByProperty().get(),
                TokenPalette.poleNames(display.themeProperty().get(), display.paletteProperty().get()));
        pump.redrawTokens();
    }

    private void applyTheme() {
        Theme theme = display.themeProperty().get();
        root.getStyleClass().removeAll("dark", "projector");
        if (theme != Theme.LIGHT) {
            root.getStyleClass().add(theme == Theme.DARK ? "dark" : "projector");
        }
        view.setDarkBackground(theme == Theme.DARK);
        view.setPalette(TokenPalette.colours(theme, display.paletteProperty().get()));
        charts.setLineScale(theme == Theme.PROJECTOR ? 2.0 : 1.0);
        applyTokenSize();
        applyText();
        updateLegend();
        charts.invalidate();
    }

    /**
     * The text size: the theme's (12.5 px, 15 px for the projector; half as large again in presentation mode) times
     * the text scale, on the whole window and on the rendered equation.
     */
    private void applyText() {
        boolean projector = display.themeProperty().get() == Theme.PROJECTOR;
        boolean presenting = display.presentationProperty().get();
        double scale = display.textScaleProperty().get() * (projector ? 1.2 : 1.0);
        double px = (presenting ? 19 : 12.5) * scale;
        root.setStyle(String.format(Locale.ROOT, "-fx-font-size: %.2fpx;", px));
        explanation.setStyle((float) ((presenting ? 22 : 15) * scale), display.themeProperty().get() == Theme.DARK);
        controls.setPrefWidth(Math.max(330, (presenting ? 440 : 330) * Math.min(1.6, scale)));
    }

    /**
     * Marker size: larger in presentation mode, and in the 3D view larger for small ensembles (a synchronized
     * cluster of a few hundred tokens is one disc) and smaller for very large ones.
     */
    private void applyTokenSize() {
        double byCount = !TokenViews.is3d(view) || shownN < 0 ? 1 : TokenPalette.markerScale(shownN);
        view.setTokenSize(byCount * (display.presentationProperty().get() ? 1.6 : 1.0)
                * (display.themeProperty().get() == Theme.PROJECTOR ? 1.5 : 1.0));
    }

    private void applyPresentation(boolean on) {
        root.getStyleClass().remove("presentation");
        if (on) {
            root.getStyleClass().add("presentation");
        }
        applyTokenSize();
        applyText();
        Stage s = stage.get();
        if (s != null && s.isFullScreen() != on) {
            s.setFullScreenExitHint("Press F11 or Esc to leave presentation mode");
            s.setFullScreen(on);
        }
    }
}
