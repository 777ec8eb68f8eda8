package org.tokensphere.app.viewmodel;

import org.tokensphere.app.viewmodel.DisplaySettings.ProjectionKind;
import org.tokensphere.engine.ReadOnlyFloats;
import org.tokensphere.model.Params;
import org.tokensphere.model.Simulation;
import org.tokensphere.model.observe.Observables;
import org.tokensphere.preset.Preset;

import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Small pictures of presets for the gallery: the preset's run, with at most {@link #MAX_TOKENS} tokens, simulated
 * without a window up to {@link #MAX_TIME} (or its duration, or {@link #MAX_STEPS} steps, whichever comes first),
 * drawn from where each token starts, along its path ({@value #SAMPLES} samples), to where it is then:
 * synchronization shows as paths that gather, where the end state alone would be two dots. Projected and coloured
 * as the preset says, seen from its camera, orthographically. Computed on one background thread, each once per session ({@link #shared()}).
 * Plain Java.
 */
public final class PresetThumbnails {
    /** Most tokens simulated for a thumbnail. */
    public static final int MAX_TOKENS = 200;
    /** Latest simulated time shown (the shipped presets show their pattern by then). */
    public static final double MAX_TIME = 20;
    /** Most steps taken for a thumbnail (about a second of one core at worst). */
    public static final long MAX_STEPS = 4000;
    /** Positions recorded along each path, the start and the end included. */
    public static final int SAMPLES = 120;

    /**
     * A thumbnail: {@code n} tokens at {@code samples} times from 0 to {@code time}; token {@code i} at sample
     * {@code s} is at screen coordinates {@code x, y} in [−1, 1] (y up) and {@code depth} towards the viewer
     * (front half ≥ 0), index {@code s·n + i}; the last sample is where the tokens end. Colour slots of
     * {@link TokenColoring} per token; {@code circle} for {@code d = 2}. Arrays are never modified.
     */
    public record Thumbnail(int n, int samples, float[] x, float[] y, float[] depth, int[] slots, boolean circle,
                            double time) {
        /** Index of token {@code i} at sample {@code s}. */
        public int at(int s, int i) {
            return s * n + i;
        }
    }

    private static final PresetThumbnails SHARED = new PresetThumbnails();

    private final Map<String, CompletableFuture<Thumbnail>> cache = new ConcurrentHashMap<>();
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "tokensphere-thumbnails");
        t.setDaemon(true);
        t.setPriority(Thread.MIN_PRIORITY);
        return t;
    });

    /** The session's thumbnails (one background thread, shared by every gallery). */
    public static PresetThumbnails shared() {
        return SHARED;
    }

    /** The thumbnail of {@code preset} known as {@code key} (e.g. a shipped name), computed once, in order asked. */
    public CompletableFuture<Thumbnail> get(String key, Preset preset) {
        return cache.computeIfAbsent(key, k -> CompletableFuture.supplyAsync(() -> compute(preset), worker));
    }

    /** Computes a thumbnail now, on the calling thread; the same preset gives the same picture. */
    public static Thumbnail compute(Preset preset) {
        Params p = smaller(preset.toParams());
        int n = p.n();
        int d = p.d();
        ReadOnlyFloats[] samples = new ReadOnlyFloats[SAMPLES];
        try (Simulation sim = new Simulation(p, 1)) {
            double until = Math.min(preset.duration(), MAX_TIME);
            until = Math.min(until, MAX_STEPS * sim.dt());
            int taken = 0;
            samples[taken++] = ReadOnlyFloats.roundedFrom(sim.positions());
            try {
                for (int s = 1; s < SAMPLES; s++) {
                    double t = until * s / (SAMPLES - 1);
                    while (sim.time() + 0.5 * sim.dt() < t) {
                        sim.step();
                    }
                    samples[taken++] = ReadOnlyFloats.roundedFrom(sim.positions());
                }
            } catch (ArithmeticException e) {
                // A run that blows up is shown up to where it stopped: a thumbnail need not reach the end.
            }
            ReadOnlyFloats[] kept = java.util.Arrays.copyOf(samples, taken);
            boolean fixedFormOnly = p.usesMatrix() && p.effectiveSigmaQ() == 0;
            double[] axis = fixedFormOnly ? sim.attractor() : Observables.nematic(sim.positions(), n, d).axis();
            return picture(preset, kept, n, d, axis, sim.time());
        }
    }

    /** {@code p} with at most {@link #MAX_TOKENS} tokens, or {@code p} itself when fewer would not be valid. */
    static Params smaller(Params p) {
        if (p.n() <= MAX_TOKENS) {
            return p;
        }
        try {
            return p.toBuilder().n(MAX_TOKENS).build();
        } catch (IllegalArgumentException e) {
            return p;
        }
    }

    private static Thumbnail picture(Preset preset, ReadOnlyFloats[] samples, int n, int d, double[] axis, double time) {
        SessionState state = SessionState.of(preset);
        ReadOnlyFloats last = samples[samples.length - 1];
        int[] slots = new TokenColoring().colour(last, samples[0], n, d, state.colourBy(), axis, null).clone();
        double[] basis = drawnAxes(last, n, d, state.projection());
        CameraPose cam = state.camera();
        double[] r = cam.right();
        double[] u = cam.up();
        double[] c = cam.towardViewer();
        int count = samples.length * n;
        float[] sx = new float[count];
        float[] sy = new float[count];
        float[] depth = new float[count];
        double[] q = new double[3];
        for (int s = 0; s < samples.length; s++) {
            for (int i = 0; i < n; i++) {
                for (int a = 0; a < 3; a++) {
                    double v = 0;
                    for (int k = 0; k < d; k++) {
                        v += basis[a * d + k] * samples[s].get(i * d + k);
                    }
                    q[a] = v;
                }
                int at = s * n + i;
                sx[at] = (float) (r[0] * q[0] + r[1] * q[1] + r[2] * q[2]);
                sy[at] = (float) (u[0] * q[0] + u[1] * q[1] + u[2] * q[2]);
                depth[at] = (float) (c[0] * q[0] + c[1] * q[1] + c[2] * q[2]);
            }
        }
        return new Thumbnail(n, samples.length, sx, sy, depth, slots, d == 2, time);
    }

    /**
     * The three drawn axes as rows of length {@code d}: the coordinate axes (the third zero on the circle), or for
     * {@code d > 3} with principal axes those of the end state, settled by repeated sweeps of the app's projector.
     */
    private static double[] drawnAxes(ReadOnlyFloats end, int n, int d, ProjectionKind how) {
        if (d > 3 && how == ProjectionKind.PRINCIPAL) {
            Projector projector = new Projector();
            for (int k = 0; k < 30; k++) {
                projector.project(end, n, d, how);
            }
            return projector.basis();
        }
        double[] b = new double[3 * d];
        for (int a = 0; a < Math.min(3, d); a++) {
            b[a * d + a] = 1;
        }
        return b;
    }
}
