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

    /** Shows {@code f} on {@code view}. */
    public void present(Frame f, TokenView view, ColourBy by, ProjectionKind projection) {
        Params p = f.params();
        int n = f.n();
        int d = f.d();
        float[] xyz = projector.project(f.positions(), n, d, projection);
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

    /** True when the last frame was drawn as a projection of {@code d > 3} dimensions. */
    public boolean isProjection() {
        return projector.isProjection();
    }
}
