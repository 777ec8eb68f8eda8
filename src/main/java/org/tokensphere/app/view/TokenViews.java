package org.tokensphere.app.view;

import org.tokensphere.app.render.SphereViewAdapter;
import org.tokensphere.app.render.TokenView;
import javafx.application.ConditionalFeature;
import javafx.application.Platform;

/** Chooses the centre view: the 3D sphere where the platform draws 3D, else the software-drawn one. */
public final class TokenViews {
    private TokenViews() {
    }

    /**
     * A token view of preferred size {@code w × h}: the 3D {@code SphereView} when {@code SCENE3D} is supported,
     * else (or with {@code -Dtokensphere.view=flat}) the software-drawn {@link FlatSphereView}.
     */
    public static TokenView create(double w, double h) {
        boolean flat = "flat".equalsIgnoreCase(System.getProperty("tokensphere.view"));
        if (!flat && Platform.isSupported(ConditionalFeature.SCENE3D)) {
            return new SphereViewAdapter(w, h);
        }
        return new FlatSphereView(w, h);
    }

    /** True when {@code view} draws in 3D. */
    public static boolean is3d(TokenView view) {
        return view instanceof SphereViewAdapter;
    }
}
