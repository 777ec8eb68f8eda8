package org.tokensphere.app.view;

import org.tokensphere.app.render.TokenView;
import org.tokensphere.app.view3d.AxisKind;
import javafx.scene.Node;
import javafx.scene.image.ImageView;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import org.tokensphere.app.viewmodel.CameraPose;

import java.nio.IntBuffer;
import java.util.EnumMap;
import java.util.Map;
import java.util.function.IntConsumer;

/**
 * A software-drawn view of the sphere for machines (and headless tests) without 3D support: an orthographic
 * picture drawn into one pixel buffer per frame (disc, latitude/longitude grid, tokens behind the sphere dimmed,
 * tokens in front, the arrows), so 100 000 tokens cost one pass over an int array. Drag to orbit, scroll to
 * zoom, double-click to reset, click a token to pick it.
 */
public final class FlatSphereView extends Region implements TokenView {
    private final ImageView imageView = new ImageView();
    private final FlatRenderer renderer = new FlatRenderer();
    private final Map<AxisKind, double[]> axes = new EnumMap<>(AxisKind.class);
    private WritableImage image;
    private int[] pixels = new int[0];
    private float[] xyz = new float[0];
    private int[] colours = new int[0];
    private int n;
    private IntConsumer onPicked = i -> { };
    private boolean autoRotate;
    private long lastRotate = -1;
    private double pressX;
    private double pressY;
    private double dragX;
    private double dragY;
    private boolean dragged;

    /** A view of preferred size {@code w × h}. */
    public FlatSphereView(double w, double h) {
        setPrefSize(w, h);
        setMinSize(120, 120);
        getStyleClass().add("token-view");
        imageView.setManaged(false);
        getChildren().add(imageView);
        setOnMousePressed(e -> {
            pressX = dragX = e.getX();
            pressY = dragY = e.getY();
            dragged = false;
        });
        setOnMouseDragged(e -> {
            if (Math.hypot(e.getX() - pressX, e.getY() - pressY) > 3) {
                dragged = true;
            }
            renderer.orbit(e.getX() - dragX, e.getY() - dragY);
            dragX = e.getX();
            dragY = e.getY();
            redraw();
        });
        setOnMouseClicked(e -> {
            if (e.getButton() != MouseButton.PRIMARY || dragged) {
                return;
            }
            if (e.getClickCount() == 2) {
                resetCamera();
            } else {
                int i = renderer.pick(e.getX(), e.getY(), 10);
                if (i >= 0) {
                    onPicked.accept(i);
                }
            }
        });
        setOnScroll(e -> {
            renderer.zoom(Math.exp(e.getDeltaY() / 400));
            redraw();
        });
    }

    @Override
    public Node node() {
        return this;
    }

    @Override
    public void setTokens(float[] positions, int count, int[] colourIndex) {
        if (xyz.length < 3 * count) {
            xyz = new float[3 * count];
            colours = new int[count];
        }
        System.arraycopy(positions, 0, xyz, 0, 3 * count);
        System.arraycopy(colourIndex, 0, colours, 0, count);
        n = count;
        if (autoRotate) {
            long now = System.nanoTime();
            if (lastRotate > 0) {
                renderer.spin((now - lastRotate) * 1e-9 * 0.15);
            }
            lastRotate = now;
        }
        redraw();
    }

    @Override
    public void setPalette(Color[] palette) {
        renderer.setPalette(palette);
        redraw();
    }

    @Override
    public void setTokenSize(double size) {
        renderer.setTokenSize(size);
        redraw();
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
        renderer.setTrails(on, frames);
    }

    @Override
    public void setCircleMode(boolean on) {
        renderer.setCircleMode(on);
        redraw();
    }

    @Override
    public void setAutoRotate(boolean on) {
        autoRotate = on;
        lastRotate = -1;
    }

    @Override
    public void resetCamera() {
        renderer.resetCamera();
        redraw();
    }

    @Override
    public void setCamera(CameraPose pose) {
        renderer.setPose(pose);
        redraw();
    }

    @Override
    public CameraPose camera() {
        return renderer.pose();
    }

    @Override
    public void setDarkBackground(boolean dark) {
        renderer.setDark(dark);
        redraw();
    }

    @Override
    public WritableImage snapshot(int scale) {
        int w = Math.max(1, (int) Math.round(getWidth() * scale));
        int h = Math.max(1, (int) Math.round(getHeight() * scale));
        int[] buf = new int[w * h];
        renderer.render(buf, w, h, scale, xyz, colours, n, axes, false);
        WritableImage img = new WritableImage(w, h);
        img.getPixelWriter().setPixels(0, 0, w, h, PixelFormat.getIntArgbInstance(), buf, 0, w);
        return img;
    }

    /** Where token {@code i} was last drawn, in this view's coordinates, or null if it was not drawn. */
    public javafx.geometry.Point2D tokenPosition(int i) {
        float[] p = renderer.screenPosition(i);
        return p == null ? null : new javafx.geometry.Point2D(p[0], p[1]);
    }

    @Override
    public void setOnTokenPicked(IntConsumer handler) {
        onPicked = handler == null ? i -> { } : handler;
    }

    @Override
    protected void layoutChildren() {
        redraw();
    }

    private void redraw() {
        int w = (int) Math.floor(getWidth());
        int h = (int) Math.floor(getHeight());
        if (w < 2 || h < 2) {
            return;
        }
        if (image == null || (int) image.getWidth() != w || (int) image.getHeight() != h) {
            image = new WritableImage(w, h);
            pixels = new int[w * h];
            imageView.setImage(image);
            imageView.resizeRelocate(0, 0, w, h);
        }
        renderer.render(pixels, w, h, 1, xyz, colours, n, axes, true);
        image.getPixelWriter().setPixels(0, 0, w, h, PixelFormat.getIntArgbPreInstance(), IntBuffer.wrap(pixels), w);
    }
}
