package org.tokensphere.app.view3d;

import java.util.function.IntConsumer;
import javafx.geometry.Point3D;
import javafx.scene.AmbientLight;
import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.PointLight;
import javafx.scene.SceneAntialiasing;
import javafx.scene.SnapshotParameters;
import javafx.scene.SubScene;
import javafx.scene.image.WritableImage;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.PickResult;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.shape.TriangleMesh;
import javafx.scene.transform.Transform;
import javafx.scene.transform.Translate;

/**
 * 3D view of N tokens on the unit sphere (or the unit circle for d = 2).
 *
 * <p>Knows nothing of the simulation: it is fed plain arrays, on the FX application thread
 * only. All tokens are one {@link TriangleMesh} (one camera-facing triangle textured with a
 * shaded disc each) whose arrays come from a {@link TokenMeshBuilder}; colours are texture
 * coordinates into a {@link SpriteAtlas}. Trails are a second mesh from a
 * {@link TrailMeshBuilder}. When the view turns, the sprites are re-aimed once per pulse
 * (see {@link TokenLayer}). World coordinates are the maths' (x, y, z); by default z points up
 * on screen. Mouse: drag to orbit, right/middle or shift drag to pan, scroll to zoom,
 * double-click to reset, click a token to pick it.
 */
public final class SphereView extends Region {

    /** Default marker size: radius of a token's disc, scene units (the unit sphere has radius 1). */
    public static final double DEFAULT_TOKEN_RADIUS = 0.02;
    /** Radius around the click, in pixels, in which the nearest token is picked when no face is hit. */
    private static final double PICK_SLOP_PIXELS = 10;
    private static final Color DARK_BACKGROUND = Color.color(0.06, 0.07, 0.09);
    private static final Color LIGHT_BACKGROUND = Color.color(0.97, 0.97, 0.98);
    private static final Color[] DEFAULT_PALETTE = {Color.web("#e8553d"), Color.web("#3d8be8")};

    private final Group world = new Group();
    private final SubScene subScene;
    private final CameraRig rig;
    private final TokenLayer layer;
    private final Backdrop backdrop = new Backdrop();
    private final AxisArrows arrows = new AxisArrows();
    private final double[] scratch = new double[3];
    private boolean dark = true;
    private IntConsumer onTokenPicked;

    /** A view of the given preferred size in pixels, antialiased ({@code BALANCED}). */
    public SphereView(double width, double height) {
        this(width, height, SceneAntialiasing.BALANCED);
    }

    /**
     * A view of the given preferred size in pixels and antialiasing. {@code DISABLED} is for
     * software OpenGL (e.g. Mesa llvmpipe), where multisampling made each frame about ten
     * times as expensive in our measurements.
     */
    public SphereView(double width, double height, SceneAntialiasing antialiasing) {
        rig = new CameraRig(world);
        layer = new TokenLayer(rig);
        // Grid and arrows, then trails and the translucent sphere, which write no depth and so
        // tint everything drawn before them, then the tokens (see Backdrop for why).
        world.getChildren().addAll(backdrop.lines(), arrows.node(), layer.trails(),
                backdrop.sphere(), layer.tokens());

        AmbientLight ambient = new AmbientLight(Color.gray(0.42));
        PointLight key = new PointLight(Color.gray(0.75));
        key.getTransforms().add(new Translate(-4, -5, -6)); // upper left, in front; turns with the camera
        ambient.getExclusionScope().addAll(backdrop.flatLit());
        key.getExclusionScope().addAll(backdrop.flatLit());

        Group root = new Group(world, ambient, key, rig.camera());
        subScene = new SubScene(root, width, height, true, antialiasing);
        subScene.setCamera(rig.camera());
        getChildren().add(subScene);
        setPrefSize(width, height);
        setMinSize(50, 50);
        setPickOnBounds(true);

        rig.attach(this);
        addEventHandler(MouseEvent.MOUSE_CLICKED, this::onClicked);
        setDarkBackground(true);
        setPalette(DEFAULT_PALETTE);
    }

    @Override
    protected void layoutChildren() {
        subScene.setWidth(getWidth());
        subScene.setHeight(getHeight());
    }

    /**
     * Number of tokens drawn and their positions, {@code xyz[3i..3i+2]} (already projected to
     * 3D, unit-ish vectors; z = 0 in circle mode), and a palette index per token (null: all 0;
     * out-of-range indices are clamped). Call on the FX thread, e.g. once per frame. Updates
     * the token mesh in place; allocates nothing while {@code n} does not grow. Arrays are
     * copied, not kept, and not modified.
     */
    public void setTokens(float[] xyz, int n, int[] colorIndex) {
        if (n < 0 || xyz.length < 3 * n || (colorIndex != null && colorIndex.length < n)) {
            throw new IllegalArgumentException("n=" + n + " but xyz.length=" + xyz.length
                    + (colorIndex == null ? "" : ", colorIndex.length=" + colorIndex.length));
        }
        layer.setTokens(xyz, n, colorIndex);
    }

    /** Palette used by colour indices (index → colour); at least one colour. Copied. */
    public void setPalette(Color[] palette) {
        if (palette == null || palette.length == 0) {
            throw new IllegalArgumentException("palette needs at least one colour");
        }
        layer.setPalette(palette);
    }

    /** Marker size: radius of a token's disc, scene units (default {@value #DEFAULT_TOKEN_RADIUS}). */
    public void setTokenSize(double radius) {
        if (!(radius > 0)) {
            throw new IllegalArgumentException("radius must be > 0: " + radius);
        }
        layer.setRadius(radius);
    }

    /**
     * Shows an arrow through the origin along {@code axis3} (3 components, normalised here),
     * or hides that slot's arrow if null. POLE_AXIS and ATTRACTOR are double arrows (±axis),
     * BIAS a single arrow from the origin.
     */
    public void setAxis(AxisKind kind, double[] axis3) {
        arrows.set(kind, axis3);
    }

    /** Fading trails of the last {@code frames} ≥ 1 frames (calls of {@link #setTokens}), or none. */
    public void setTrails(boolean on, int frames) {
        if (frames < 1) {
            throw new IllegalArgumentException("frames < 1: " + frames);
        }
        layer.setTrails(on, frames);
    }

    /** d = 2: the unit circle in the xy plane seen from +z, instead of the sphere. Resets the camera. */
    public void setCircleMode(boolean circle) {
        backdrop.setCircleMode(circle);
        rig.setCircleMode(circle);
        layer.setCircleMode(circle);
    }

    /** Slow continuous rotation about the vertical (z) axis. */
    public void setAutoRotate(boolean on) {
        rig.setAutoRotate(on);
    }

    /** Back to the default view (also on double-click). */
    public void resetCamera() {
        rig.reset();
    }

    /**
     * Looks from {@code distance·(cos el cos az, cos el sin az, sin el)} (degrees, sphere radii) at the centre,
     * third axis up: the presets' camera convention. Panning is undone.
     */
    public void setCamera(double azimuth, double elevation, double distance) {
        rig.setPose(azimuth, elevation, distance);
    }

    /** The camera as {azimuth, elevation, distance} in the convention of {@link #setCamera}. */
    public double[] camera() {
        return rig.pose();
    }

    /** Dark (default) or light background; the sphere, grid and far-side dimming follow. */
    public void setDarkBackground(boolean dark) {
        this.dark = dark;
        subScene.setFill(background());
        backdrop.setDark(dark);
        layer.setBackground(background());
    }

    /** Background colour currently used. */
    public Color background() {
        return dark ? DARK_BACKGROUND : LIGHT_BACKGROUND;
    }

    /** Image of the 3D view at {@code scale} (1, 2 or 4) times its size in pixels. */
    public WritableImage snapshot(int scale) {
        if (scale != 1 && scale != 2 && scale != 4) {
            throw new IllegalArgumentException("scale must be 1, 2 or 4: " + scale);
        }
        SnapshotParameters params = new SnapshotParameters();
        params.setTransform(Transform.scale(scale, scale));
        params.setFill(background());
        return subScene.snapshot(params, null);
    }

    /** Called with the token index when a token is clicked (not dragged); null to stop. */
    public void setOnTokenPicked(IntConsumer handler) {
        onTokenPicked = handler;
    }

    /** The SubScene holding the 3D content (depth buffer, antialiasing as constructed). */
    public SubScene subScene() {
        return subScene;
    }

    private void onClicked(MouseEvent e) {
        if (onTokenPicked == null || e.getButton() != MouseButton.PRIMARY
                || e.getClickCount() != 1 || !e.isStillSincePress()) {
            return;
        }
        int token = pickedToken(e.getPickResult(), e.getSceneX(), e.getSceneY());
        if (token >= 0) {
            onTokenPicked.accept(token);
        }
    }

    /** Token whose sprite was hit, else the one projecting nearest the click within the slop. */
    private int pickedToken(PickResult pick, double sceneX, double sceneY) {
        int count = layer.count();
        if (pick != null && pick.getIntersectedNode() == layer.tokens()) {
            int token = TokenMeshBuilder.tokenOfFace(pick.getIntersectedFace());
            if (token < count) {
                return token;
            }
        }
        int best = -1;
        double bestDist2 = PICK_SLOP_PIXELS * PICK_SLOP_PIXELS;
        for (int i = 0; i < count; i++) {
            layer.position(i, scratch);
            Point3D p = world.localToScene(scratch[0], scratch[1], scratch[2], true);
            double dx = p.getX() - sceneX;
            double dy = p.getY() - sceneY;
            if (dx * dx + dy * dy < bestDist2) {
                bestDist2 = dx * dx + dy * dy;
                best = i;
            }
        }
        return best;
    }

    /** The node that draws the tokens, in world coordinates (for tests). */
    Node tokenNode() {
        return layer.tokens();
    }
}
