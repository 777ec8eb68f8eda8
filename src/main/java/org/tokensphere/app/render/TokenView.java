package org.tokensphere.app.render;

import org.tokensphere.app.view3d.AxisKind;
import javafx.scene.Node;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import org.tokensphere.app.viewmodel.CameraPose;

import java.util.function.IntConsumer;

/**
 * The centre view of the tokens on the sphere, as the main window uses it. All methods are called on the FX
 * application thread. Arrays passed in may be reused by the caller after the call returns: an implementation
 * copies what it keeps.
 */
public interface TokenView {
    /** The node to place in the window. */
    Node node();

    /** Shows {@code n} tokens at {@code xyz} (already in drawn 3D coordinates) with colour slots {@code colourIndex}. */
    void setTokens(float[] xyz, int n, int[] colourIndex);

    /** The colours of the slots. */
    void setPalette(Color[] palette);

    /** Relative marker size (1 = default). */
    void setTokenSize(double size);

    /** Shows the double arrow {@code ±axis3} of a kind, or hides it for null. */
    void setAxis(AxisKind kind, double[] axis3);

    /** Fading trails over the last {@code frames} frames. */
    void setTrails(boolean on, int frames);

    /** Draws the circle instead of the sphere ({@code d = 2}). */
    void setCircleMode(boolean on);

    /** Slow automatic rotation. */
    void setAutoRotate(boolean on);

    /** Back to the initial camera. */
    void resetCamera();

    /** Puts the camera where {@code pose} says (the presets' convention, {@link CameraPose}); no panning. */
    void setCamera(CameraPose pose);

    /** Where the camera looks from now, in that convention. */
    CameraPose camera();

    /** Dark or light background. */
    void setDarkBackground(boolean dark);

    /** An image of the view at {@code scale} times its size on screen. */
    WritableImage snapshot(int scale);

    /** Called with a token's index when the user clicks on it. */
    void setOnTokenPicked(IntConsumer handler);
}
