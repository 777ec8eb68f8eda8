package org.tokensphere.app.render;

import org.tokensphere.app.view3d.AxisKind;
import javafx.scene.Node;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import org.tokensphere.app.view3d.SphereView;
import org.tokensphere.app.viewmodel.CameraPose;

import java.util.function.IntConsumer;

/** The 3D {@link SphereView} as the window's {@link TokenView}. */
public final class SphereViewAdapter implements TokenView {
    private final SphereView view;

    /** A 3D view of preferred size {@code w × h}. */
    public SphereViewAdapter(double w, double h) {
        view = new SphereView(w, h);
        view.setDarkBackground(false);
    }

    /** The 3D view itself. */
    public SphereView sphereView() {
        return view;
    }

    @Override
    public Node node() {
        return view;
    }

    @Override
    public void setTokens(float[] xyz, int n, int[] colourIndex) {
        view.setTokens(xyz, n, colourIndex);
    }

    @Override
    public void setPalette(Color[] palette) {
        view.setPalette(palette);
    }

    /** Relative size 1 is the view's default disc radius. */
    @Override
    public void setTokenSize(double size) {
        view.setTokenSize(SphereView.DEFAULT_TOKEN_RADIUS * size);
    }

    @Override
    public void setAxis(AxisKind kind, double[] axis3) {
        view.setAxis(kind, axis3);
    }

    @Override
    public void setTrails(boolean on, int frames) {
        view.setTrails(on, Math.max(1, frames));
    }

    @Override
    public void setCircleMode(boolean on) {
        view.setCircleMode(on);
    }

    @Override
    public void setAutoRotate(boolean on) {
        view.setAutoRotate(on);
    }

    @Override
    public void resetCamera() {
        view.resetCamera();
    }

    @Override
    public void setCamera(CameraPose pose) {
        view.setCamera(pose.azimuth(), pose.elevation(), pose.distance());
    }

    @Override
    public CameraPose camera() {
        double[] c = view.camera();
        return new CameraPose(c[0], c[1], c[2]);
    }

    @Override
    public void setDarkBackground(boolean dark) {
        view.setDarkBackground(dark);
    }

    /** Scales other than 1, 2 and 4 are taken as the nearest of these. */
    @Override
    public WritableImage snapshot(int scale) {
        return view.snapshot(scale <= 1 ? 1 : scale <= 2 ? 2 : 4);
    }

    @Override
    public void setOnTokenPicked(IntConsumer handler) {
        view.setOnTokenPicked(handler);
    }
}
