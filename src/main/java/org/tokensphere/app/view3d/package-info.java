/**
 * The 3D view of the tokens: {@link org.tokensphere.app.view3d.SphereView}.
 *
 * <h2>Architecture</h2>
 * The view knows nothing of the simulation; it is fed plain arrays (positions already
 * projected to 3D, a palette index per token). Pure array code, testable without the toolkit:
 * {@link org.tokensphere.app.view3d.TokenMeshBuilder} (one camera-facing textured triangle per
 * token), {@link org.tokensphere.app.view3d.TrailMeshBuilder} (ring buffer of fading dabs) and
 * {@link org.tokensphere.app.view3d.SpriteAtlas} (texture layout). Scene-graph pieces, package
 * private: {@code TokenLayer} (the two meshes), {@code Backdrop} (sphere, FXyz3D grid, circle),
 * {@code AxisArrows}, {@code CameraRig} (orbit, pan, zoom, auto-rotation).
 *
 * <h2>Threading</h2>
 * Everything here runs on the FX application thread. The caller (e.g. an AnimationTimer that
 * took the newest simulation frame) calls {@code setTokens} at most once per pulse; the meshes
 * are updated in place, and view changes (orbit, zoom) are merged into one mesh update per
 * pulse. Nothing is shared with other threads.
 */
package org.tokensphere.app.view3d;
