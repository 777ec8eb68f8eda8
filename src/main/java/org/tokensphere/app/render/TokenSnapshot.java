package org.tokensphere.app.render;

import javafx.scene.Node;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import org.tokensphere.app.view3d.AxisKind;
import org.tokensphere.app.viewmodel.CameraPose;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.Map;
import java.util.function.IntConsumer;

/**
 * A {@link TokenView} that draws nothing and keeps what it is given — the projected tokens, their colour slots and
 * the arrows — so a vector figure shows exactly what {@link FramePresenter} puts on the window's view. Needs no
 * toolkit; {@link #node()} is null (it is never shown).
 */
public final class TokenSnapshot implements TokenView {
    private float[] xyz = new float[0];
    private int[] colours = new int[0];
    private int n;
    private final Map<AxisKind, double[]> axes = new EnumMap<>(AxisKind.class);
    private CameraPose camera = CameraPose.DEFAULT;
    private boolean circle;

    /** Drawn 3D coordinates of the tokens, {@code 3n} numbers; a copy. */
    public float[] xyz() {
        return Arrays.copyOf(xyz, 3 * n);
    }

    /** Colour slots of the tokens ({@link org.tokensphere.app.viewmodel.TokenColoring}); a copy. */
    public int[] colourSlots() {
        return Arrays.copyOf(colours, n);
    }

    /** Number of tokens. */
    public int n() {
        return n;
    }

    /** The arrows shown, in drawn coordinates; a copy. */
    public Map<AxisKind, double[]> axes() {
        Map<AxisKind, double[]> m = new EnumMap<>(AxisKind.class);
        axes.forEach((k, v) -> m.put(k, v.clone()));
        return m;
    }

    /** True for the circle ({@code d = 2}). */
    public boolean circle() {
        return circle;
    }

    @Override
    public Node node() {
        return null;
    }

    @Override
    public void setTokens(float[] xyz, int n, int[] colourIndex) {
        this.xyz = Arrays.copyOf(xyz, 3 * n);
        this.colours = Arrays.copyOf(colourIndex, n);
        this.n = n;
    }

    @Override
    public void setPalette(Color[] palette) {
    }

    @Override
    public void setTokenSize(double size) {
    }

    @Override
    public void setAxis(AxisKind kind, double[] axis3) {
        if (axis3 == null) {
            axes.remove(kind);
        } else {
            axes.put(kind, axis3.clone());
        }
    }

    @Override
    public void setTrails(boolean on, int frames) {
    }

    @Override
    public void setCircleMode(boolean on) {
        circle = on;
    }

    @Override
    public void setAutoRotate(boolean on) {
    }

    @Override
    public void resetCamera() {
        camera = CameraPose.DEFAULT;
    }

    @Override
    public void setCamera(CameraPose pose) {
        camera = pose;
    }

    @Override
    public CameraPose camera() {
        return camera;
    }

    @Override
    public void setDarkBackground(boolean dark) {
    }

    @Override
    public WritableImage snapshot(int scale) {
        throw new UnsupportedOperationException("a token snapshot draws nothing");
    }

    @Override
    public void setOnTokenPicked(IntConsumer handler) {
    }
}
