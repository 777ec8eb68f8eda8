package org.tokensphere.app.view3d;

import java.util.Arrays;
import javafx.animation.AnimationTimer;
import javafx.scene.DepthTest;
import javafx.scene.Node;
import javafx.scene.paint.Color;
import javafx.scene.paint.PhongMaterial;
import javafx.scene.shape.CullFace;
import javafx.scene.shape.MeshView;
import javafx.scene.shape.TriangleMesh;

/**
 * The moving part of {@link SphereView}: the token mesh and the trail mesh, kept in step with
 * the last positions and with the view direction. FX application thread only.
 *
 * <p>Each update copies the builders' arrays into the two {@link TriangleMesh}es in place.
 * Sprites face the viewer, so a turn of the view also re-aims them; such turns are merged
 * into one update per pulse.
 */
final class TokenLayer {

    /**
     * At most this many trail dabs: Prism rebuilds the whole trail mesh every frame, so above it
     * only an evenly spaced subset of the tokens leaves a trail.
     */
    static final int MAX_TRAIL_DABS = 40_000;
    /** Trail dab size relative to the token disc radius. */
    private static final float TRAIL_SCALE = 0.7f;
    /** How far a far-side token's colour is mixed into the background (seen through glass). */
    private static final double BACK_DIMMING = 0.5;

    private final CameraRig rig;

    private final TokenMeshBuilder tokenBuilder = new TokenMeshBuilder();
    private final TriangleMesh tokenMesh = new TriangleMesh();
    private final MeshView tokenView = new MeshView(tokenMesh);
    private final PhongMaterial tokenMaterial = new PhongMaterial(Color.WHITE);

    private final TrailMeshBuilder trailBuilder = new TrailMeshBuilder();
    private final TriangleMesh trailMesh = new TriangleMesh();
    private final MeshView trailView = new MeshView(trailMesh);
    private final PhongMaterial trailMaterial = new PhongMaterial(Color.WHITE);

    private final ViewFrame view = new ViewFrame();
    private boolean viewDirty;
    private final AnimationTimer reaimOncePerPulse = new AnimationTimer() {
        @Override
        public void handle(long now) {
            stop();
            if (viewDirty) {
                updateTokens();
            }
        }
    };

    private Color[] palette = {Color.WHITE};
    private Color background = Color.BLACK;
    private float radius = (float) SphereView.DEFAULT_TOKEN_RADIUS;
    private boolean trailsOn;
    private int trailFrames = 8;
    private boolean circleMode;
    /** Copy of the last positions and colours, so size/mode/palette changes redraw at once. */
    private float[] xyz = new float[0];
    private int[] colors = new int[0];
    private int count;

    TokenLayer(CameraRig rig) {
        this.rig = rig;
        tokenView.setMaterial(tokenMaterial);
        tokenView.setCullFace(CullFace.NONE);
        tokenView.setVisible(false);
        trailView.setMaterial(trailMaterial);
        trailView.setCullFace(CullFace.NONE);
        // Translucent dabs that write no depth: the sphere tints them all alike and the tokens
        // cover them.
        trailView.setDepthTest(DepthTest.DISABLE);
        trailView.setMouseTransparent(true);
        trailView.setVisible(false);
        readView();
        rig.addViewListener(() -> {
            viewDirty = true;
            reaimOncePerPulse.start();
        });
    }

    Node tokens() {
        return tokenView;
    }

    Node trails() {
        return trailView;
    }

    int count() {
        return count;
    }

    /** Last position of token i, copied into {@code out[0..2]}. */
    void position(int i, double[] out) {
        out[0] = xyz[3 * i];
        out[1] = xyz[3 * i + 1];
        out[2] = xyz[3 * i + 2];
    }

    /** See {@link SphereView#setTokens}; arguments already checked. */
    void setTokens(float[] newXyz, int n, int[] colorIndex) {
        if (xyz.length < 3 * n) {
            xyz = new float[3 * Math.max(n, 2 * count)];
            colors = new int[Math.max(n, 2 * count)];
        }
        System.arraycopy(newXyz, 0, xyz, 0, 3 * n);
        if (colorIndex == null) {
            Arrays.fill(colors, 0, n, 0);
        } else {
            System.arraycopy(colorIndex, 0, colors, 0, n);
        }
        count = n;
        updateTokens();
        updateTrails(false);
    }

    void setPalette(Color[] palette) {
        this.palette = palette.clone();
        updateTokenMaps();
        trailMaterial.setDiffuseMap(PaletteImages.fadingAlpha(palette.length, trailFrames));
        trailMaterial.setSelfIlluminationMap(PaletteImages.fadingColour(palette, trailFrames));
        redraw();
    }

    /** The far-side colours are mixed into the background. */
    void setBackground(Color background) {
        this.background = background;
        updateTokenMaps();
    }

    void setRadius(double radius) {
        this.radius = (float) radius;
        redraw();
    }

    void setTrails(boolean on, int frames) {
        boolean framesChanged = frames != trailFrames;
        trailsOn = on;
        trailFrames = frames;
        if (framesChanged) {
            trailMaterial.setDiffuseMap(PaletteImages.fadingAlpha(palette.length, trailFrames));
            trailMaterial.setSelfIlluminationMap(PaletteImages.fadingColour(palette, trailFrames));
        }
        updateTrails(true);
    }

    void setCircleMode(boolean circle) {
        circleMode = circle;
        readView();
        redraw();
    }

    private void redraw() {
        updateTokens();
        updateTrails(true);
    }

    private void updateTokens() {
        TokenMeshBuilder b = tokenBuilder;
        boolean topology = b.setCount(count);
        if (viewDirty) {
            viewDirty = false;
            readView();
            reaimTrails();
        }
        b.fillPoints(xyz, radius, view);
        boolean coloursChanged = b.setColors(xyz, colors, palette.length, view);
        tokenView.setVisible(count > 0);
        if (count == 0) {
            return; // an empty TriangleMesh is not drawable; keep the old arrays hidden
        }
        if (topology) {
            tokenMesh.getPoints().setAll(b.points(), 0, b.pointsLength());
        } else {
            tokenMesh.getPoints().set(0, b.points(), 0, b.pointsLength());
        }
        if (topology || coloursChanged) {
            tokenMesh.getTexCoords().setAll(b.texCoords(), 0, b.texCoordsLength());
            tokenMesh.getFaces().setAll(b.faces(), 0, b.facesLength());
        }
    }

    /** @param restart start the trail afresh (every slot at the current positions) */
    private void updateTrails(boolean restart) {
        boolean show = trailsOn && count > 0;
        trailView.setVisible(show);
        if (!show) {
            return;
        }
        float dab = TRAIL_SCALE * radius;
        TrailMeshBuilder b = trailBuilder;
        int stride = TrailMeshBuilder.strideFor(count, trailFrames, MAX_TRAIL_DABS);
        if (restart || !b.matches(count, trailFrames, palette.length, stride)) {
            b.reset(xyz, count, colors, trailFrames, palette.length, stride, dab, view);
            trailMesh.getPoints().setAll(b.points(), 0, b.pointsLength());
            trailMesh.getTexCoords().setAll(b.texCoords(), 0, b.texCoordsLength());
            trailMesh.getFaces().setAll(b.faces(), 0, b.facesLength());
            return;
        }
        boolean facesChanged = b.push(xyz, colors, dab, view);
        int s = b.headSlot();
        trailMesh.getPoints().set(b.slotPointsOffset(s), b.points(), b.slotPointsOffset(s),
                b.slotPointsLength());
        trailMesh.getTexCoords().set(0, b.texCoords(), 0, b.texCoordsLength());
        if (facesChanged) {
            trailMesh.getFaces().set(b.slotFacesOffset(s), b.faces(), b.slotFacesOffset(s),
                    b.slotFacesLength());
        }
    }

    /** Turns the existing trail dabs to face the current view (their centres stay). */
    private void reaimTrails() {
        int stride = TrailMeshBuilder.strideFor(count, trailFrames, MAX_TRAIL_DABS);
        if (trailView.isVisible() && trailBuilder.matches(count, trailFrames, palette.length, stride)) {
            trailBuilder.reaim(TRAIL_SCALE * radius, view);
            trailMesh.getPoints().set(0, trailBuilder.points(), 0, trailBuilder.pointsLength());
        }
    }

    /** Sprite atlas of 2K cells: the palette, then the same colours dimmed for the far side. */
    private void updateTokenMaps() {
        int k = palette.length;
        Color[] cells = Arrays.copyOf(palette, 2 * k);
        for (int c = 0; c < k; c++) {
            cells[k + c] = palette[c].interpolate(background, BACK_DIMMING);
        }
        SpriteAtlas atlas = new SpriteAtlas(2 * k);
        tokenMaterial.setDiffuseMap(PaletteImages.spriteAlpha(atlas));
        tokenMaterial.setSelfIlluminationMap(PaletteImages.spriteColour(cells, atlas));
    }

    /** In circle mode nothing is on a far side: there is no sphere to be behind. */
    private void readView() {
        rig.readView(view, circleMode);
    }
}
