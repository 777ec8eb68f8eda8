package org.tokensphere.app.render;

import org.tokensphere.app.viewmodel.DisplaySettings.ColourBy;
import org.tokensphere.app.viewmodel.DisplaySettings.ProjectionKind;
import org.tokensphere.app.viewmodel.Projector;
import org.tokensphere.app.view3d.AxisKind;
import org.tokensphere.app.viewmodel.TokenColoring;
import org.tokensphere.engine.Frame;
import org.tokensphere.model.Params;

/**
 * Puts one {@link Frame} on a {@link TokenView}: projects the tokens to three dimensions, colours them, and sets
 * the arrows (pole axis, ±e_min, bias direction). Used by the window on every pulse and by the exporters for each
 * rendered frame, so a movie shows exactly what the window shows. FX thread only.
 */
public final class FramePresenter {
    private final Projector projector = new Projector();
    private final TokenColoring colouring = new TokenColoring();

    /** Forgets the colours and projection axes kept from frame to frame (a new run starts). */
    public void newRun() {
        colouring.clear();
    }

    /** Shows {@code f} on {@code view}, the radii (if any) as radial offsets. */
    public void present(Frame f, TokenView view, ColourBy by, ProjectionKind projection) {
        present(f, view, by, projection, true);
    }

    /**
     * Shows {@code f} on {@code view}; with {@code showRadius} and a Pre-/Peri-LN frame, each token's direction is
     * drawn at distance {@link #drawnRadius} of its radius {@code r_i} from the centre.
     */
    public void present(Frame f, TokenView view, ColourBy by, ProjectionKind projection, boolean showRadius) {
        Params p = f.params();
        int n = f.n();
        int d = f.d();
        float[] xyz = projector.project(f.positions(), n, d, projection);
        if (showRadius && f.radii().length() == n) {
            for (int i = 0; i < n; i++) {
                float s = (float) drawnRadius(f.radii().get(i));
                xyz[3 * i] *= s;
                xyz[3 * i + 1] *= s;
                xyz[3 * i + 2] *= s;
            }
        }
        boolean fixedFormOnly = p.usesMatrix() && p.effectiveSigmaQ() == 0;
        double[] pole = colouring.stableAxis(fixedFormOnly ? f.attractor() : f.values().poleAxis());
        int[] colours = colouring.colour(f.positions(), f.initial(), n, d, by, pole, f.pairs());
        boolean ordered = f.values().nematicOrder() > 1.0 / d + 0.25;
        // Arrows first: a view may draw when it gets the tokens, and the arrows must belong to the same frame.
        view.setAxis(AxisKind.POLE_AXIS, ordered && !fixedFormOnly ? projector.project(pole) : null);
        view.setAxis(AxisKind.ATTRACTOR, p.usesMatrix() ? projector.project(f.attractor()) : null);
        view.setAxis(AxisKind.BIAS, p.effectiveBiasStrength() > 0 ? projector.project(p.biasDirection()) : null);
        view.setTokens(xyz, n, colours);
    }

    /**
     * Where a token of radius {@code r} is drawn: at {@code 1 + 0.15 ln r} from the centre (the unit sphere for
     * {@code r = 1}; 1.42 for {@code r = 16}), at least 0.3.
     */
    public static double drawnRadius(double r) {
        return Math.max(0.3, 1 + RADIAL_SCALE * Math.log(r));
    }

    /** The factor of {@code ln r} in {@link #drawnRadius}. */
    public static final double RADIAL_SCALE = 0.15;

    /** True when the last frame was drawn as a projection of {@code d > 3} dimensions. */
    public boolean isProjection() {
        return projector.isProjection();
    }
}
