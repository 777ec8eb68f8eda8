package org.tokensphere.app.view3d;

import javafx.animation.AnimationTimer;
import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.PerspectiveCamera;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.transform.Rotate;

/**
 * Orbit camera: the camera stays on the −Z axis of JavaFX coordinates (pan moves it sideways,
 * zoom along Z) and the world group is turned instead.
 *
 * <p>World coordinates are the maths' (x, y, z) with z up on screen. The world's transforms are
 * {@code tilt · spin}: {@code spin} turns about world z by the azimuth; {@code tilt} turns about
 * JavaFX X by {@code 90° + elevation}, which at elevation 0 maps world z to screen up and world y
 * into the screen, and at elevation 90° looks straight down z with x right and y up (circle mode).
 */
final class CameraRig {

    static final double DEFAULT_AZIMUTH = -30;
    static final double DEFAULT_ELEVATION = 18;
    static final double DEFAULT_DISTANCE = 5.0;
    /** Vertical field of view, degrees. */
    static final double FIELD_OF_VIEW = 32;
    private static final double AUTO_ROTATE_DEG_PER_S = 8;
    private static final double DEG_PER_PIXEL = 0.4;

    private final PerspectiveCamera camera = new PerspectiveCamera(true);
    private final Rotate tilt = new Rotate(0, Rotate.X_AXIS);
    private final Rotate spin = new Rotate(0, Rotate.Z_AXIS);
    private boolean circleMode;
    private double lastX;
    private double lastY;
    private long lastAutoRotateNanos = -1;

    private final AnimationTimer autoRotate = new AnimationTimer() {
        @Override
        public void handle(long now) {
            if (lastAutoRotateNanos >= 0) {
                setAzimuth(spin.getAngle() + AUTO_ROTATE_DEG_PER_S * (now - lastAutoRotateNanos) * 1e-9);
            }
            lastAutoRotateNanos = now;
        }
    };

    CameraRig(Group world) {
        camera.setNearClip(0.01);
        camera.setFarClip(100);
        camera.setFieldOfView(FIELD_OF_VIEW);
        world.getTransforms().setAll(tilt, spin);
        reset();
    }

    PerspectiveCamera camera() {
        return camera;
    }

    /** Calls {@code listener} whenever the view direction or the camera distance changes. */
    void addViewListener(Runnable listener) {
        tilt.angleProperty().addListener(o -> listener.run());
        spin.angleProperty().addListener(o -> listener.run());
        camera.translateZProperty().addListener(o -> listener.run());
    }

    /** Distance from the camera to the world origin's plane, scene units. */
    double distance() {
        return -camera.getTranslateZ();
    }

    /**
     * Fills {@code view} for the current camera; the unit sphere's far side starts at
     * 1/(camera distance), and there is none if {@code noFarSide} (circle mode).
     */
    void readView(ViewFrame view, boolean noFarSide) {
        view.set(tilt.getAngle(), spin.getAngle(),
                noFarSide ? Double.NEGATIVE_INFINITY : 1 / distance());
    }

    /**
     * Writes the world-coordinate unit vectors that point right and up on screen.
     * With world = tilt(θ about X) · spin(φ about Z), these are spin(−φ)·tilt(−θ) applied to
     * JavaFX's right (1, 0, 0) and up (0, −1, 0).
     */
    static void viewAxes(double tiltDeg, double spinDeg, float[] right, float[] up) {
        double ct = Math.cos(Math.toRadians(tiltDeg));
        double st = Math.sin(Math.toRadians(tiltDeg));
        double cs = Math.cos(Math.toRadians(spinDeg));
        double ss = Math.sin(Math.toRadians(spinDeg));
        right[0] = (float) cs;
        right[1] = (float) -ss;
        right[2] = 0f;
        up[0] = (float) (-ct * ss);
        up[1] = (float) (-ct * cs);
        up[2] = (float) st;
    }

    /** Default view: slightly from above (sphere) or straight down z (circle mode). */
    void reset() {
        setAzimuth(circleMode ? 0 : DEFAULT_AZIMUTH);
        setElevation(circleMode ? 90 : DEFAULT_ELEVATION);
        camera.setTranslateX(0);
        camera.setTranslateY(0);
        camera.setTranslateZ(-DEFAULT_DISTANCE);
    }

    /**
     * The presets' convention: camera at {@code distance·(cos el cos az, cos el sin az, sin el)}, third axis up.
     * The camera towards world coordinates is {@code spin(−φ)·tilt(−θ)·(0, 0, −1)}
     * {@code = (−cos el sin φ, −cos el cos φ, sin el)} for {@code θ = 90° + el}, so {@code φ = −az − 90°}.
     */
    void setPose(double azimuthDeg, double elevationDeg, double distance) {
        setAzimuth(-azimuthDeg - 90);
        setElevation(elevationDeg);
        camera.setTranslateX(0);
        camera.setTranslateY(0);
        camera.setTranslateZ(-distance);
    }

    /** {azimuth, elevation, distance} in the convention of {@link #setPose}; azimuth in (−180, 180]. */
    double[] pose() {
        double az = Math.IEEEremainder(-spin.getAngle() - 90, 360);
        return new double[] {az <= -180 ? az + 360 : az, elevation(), distance()};
    }

    void setCircleMode(boolean circle) {
        circleMode = circle;
        reset();
    }

    void setAutoRotate(boolean on) {
        if (on) {
            lastAutoRotateNanos = -1;
            autoRotate.start();
        } else {
            autoRotate.stop();
        }
    }

    /** Degrees about world z. */
    void setAzimuth(double degrees) {
        spin.setAngle(Math.IEEEremainder(degrees, 360));
    }

    /** Degrees of the view direction above the equator plane, clamped to [−90, 90]. */
    void setElevation(double degrees) {
        tilt.setAngle(90 + Math.max(-90, Math.min(90, degrees)));
    }

    double elevation() {
        return tilt.getAngle() - 90;
    }

    /** Drag to orbit, right/middle or shift drag to pan, scroll to zoom, double-click to reset. */
    void attach(Node source) {
        source.addEventHandler(MouseEvent.MOUSE_PRESSED, e -> {
            lastX = e.getX();
            lastY = e.getY();
        });
        source.addEventHandler(MouseEvent.MOUSE_DRAGGED, e -> {
            double dx = e.getX() - lastX;
            double dy = e.getY() - lastY;
            lastX = e.getX();
            lastY = e.getY();
            boolean pan = e.getButton() == MouseButton.SECONDARY
                    || e.getButton() == MouseButton.MIDDLE || e.isShiftDown();
            if (pan) {
                double height = source.getLayoutBounds().getHeight();
                double unitsPerPixel = 2 * -camera.getTranslateZ()
                        * Math.tan(Math.toRadians(FIELD_OF_VIEW / 2)) / Math.max(1, height);
                camera.setTranslateX(camera.getTranslateX() - dx * unitsPerPixel);
                camera.setTranslateY(camera.getTranslateY() - dy * unitsPerPixel);
            } else {
                setAzimuth(spin.getAngle() - dx * DEG_PER_PIXEL);
                if (!circleMode) {
                    setElevation(elevation() + dy * DEG_PER_PIXEL);
                }
            }
            e.consume();
        });
        source.addEventHandler(ScrollEvent.SCROLL, e -> {
            double distance = -camera.getTranslateZ() * Math.exp(-e.getDeltaY() * 0.002);
            camera.setTranslateZ(-Math.max(1.6, Math.min(30, distance)));
            e.consume();
        });
        source.addEventHandler(MouseEvent.MOUSE_CLICKED, e -> {
            if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2) {
                reset();
            }
        });
    }
}
