package org.tokensphere.app.view;

import org.tokensphere.app.render.TokenPalette;
import org.tokensphere.app.view3d.AxisKind;
import java.util.EnumMap;
import java.util.Map;

/** The software view's pixel drawing without the toolkit, for {@link org.tokensphere.app.FrameUpdateBench}. */
public final class FlatBench {
    private final FlatRenderer renderer = new FlatRenderer();
    private final int w;
    private final int h;
    private final int[] px;
    private final Map<AxisKind, double[]> axes = new EnumMap<>(AxisKind.class);

    /** A {@code w × h} picture. */
    public FlatBench(int w, int h) {
        this.w = w;
        this.h = h;
        px = new int[w * h];
        renderer.setPalette(TokenPalette.colours(false));
    }

    /** Draws one frame. */
    public void draw(float[] xyz, int n, int[] colours, double[] axis) {
        axes.put(AxisKind.POLE_AXIS, axis);
        renderer.render(px, w, h, 1, xyz, colours, n, axes, true);
    }
}
