package org.tokensphere.model;

/**
 * A saved state of a {@link Simulation}: everything its next step depends on, in double precision — the time
 * and step count, the parameters, the positions (or, while the exact linear flow runs, its matrix {@code Φ}),
 * the radii of Pre-/Peri-LN, the position of every noise stream (the shared one, each token's, the Lyapunov test pairs'), the coloured
 * processes and the Lyapunov estimator. {@link #restore} puts a simulation back there, and it then continues
 * bit for bit as it did from there the first time. The engine saves one at every frame it publishes and restores
 * it when a step or a measurement fails.
 *
 * <p>One checkpoint is reused: {@link #save} replaces what it held, and refuses (keeping the old state) a state
 * with a coordinate that is not finite. Its memory is that of the positions ({@code n·d} doubles; none while the
 * linear flow runs) and of the streams in use. Not thread-safe: use it on the thread that steps the simulation.
 */
public final class SimulationCheckpoint {
    private Params params;
    private double time;
    private long steps;
    private double[] positions = new double[0];
    private double[] radii = new double[0];
    private LinearFlow flow;
    private SharedDriving.State driving;
    private TokenNoise.State tokenNoise;
    private Tracker.State tracker;

    /** Parts of a simulation's state; {@link Simulation#parts()} hands them out. */
    record Parts(Params params, double time, long steps, double[] positions, double[] radii, LinearFlow flow,
                 SharedDriving driving,
                 TokenNoise tokenNoise, Tracker tracker) {
    }

    /** An empty checkpoint; {@link #save} fills it. */
    public SimulationCheckpoint() {
    }

    /**
     * Saves {@code sim}'s state now, in place of the one held. Throws {@link ArithmeticException} naming the token
     * when a coordinate is not finite, and then keeps the state held before.
     */
    public void save(Simulation sim) {
        Parts p = sim.parts();
        if (p.flow() != null) {
            if (!p.flow().finite()) {
                throw new ArithmeticException("the linear flow matrix is not finite at t = " + p.time());
            }
        } else {
            checkFinite(p.positions(), sim.d(), p.time());
        }
        SharedDriving.State drivingNow = p.driving().save();
        TokenNoise.State noiseNow = p.tokenNoise() == null ? null : p.tokenNoise().save();
        Tracker.State trackerNow = p.tracker().save();
        if (p.flow() != null) {
            flow = p.flow().copy();
        } else {
            flow = null;
            if (positions.length != p.positions().length) {
                positions = new double[p.positions().length];
            }
            System.arraycopy(p.positions(), 0, positions, 0, positions.length);
        }
        if (radii.length != p.radii().length) {
            radii = new double[p.radii().length];
        }
        System.arraycopy(p.radii(), 0, radii, 0, radii.length);
        params = p.params();
        time = p.time();
        steps = p.steps();
        driving = drivingNow;
        tokenNoise = noiseNow;
        tracker = trackerNow;
    }

    /**
     * Puts {@code sim} — the simulation saved, or one of the same {@code n}, {@code d} and seed — back at the saved
     * state, parameters included. The checkpoint is kept: it can be restored again.
     */
    public void restore(Simulation sim) {
        if (params == null) {
            throw new IllegalStateException("nothing saved");
        }
        if (params.n() != sim.n() || params.d() != sim.d() || params.seed() != sim.params().seed()) {
            throw new IllegalArgumentException("the checkpoint is of another run (n, d or seed differ)");
        }
        Parts p = sim.parts();
        p.driving().restore(driving);
        p.tracker().restore(tracker);
        TokenNoise noise = tokenNoise == null ? null : TokenNoise.restore(p.tokenNoise(), tokenNoise);
        sim.restore(params, time, steps, positions, radii, flow == null ? null : flow.copy(), noise);
    }

    /** True when something has been saved. */
    public boolean saved() {
        return params != null;
    }

    /** Simulated time of the saved state (NaN when nothing is saved). */
    public double time() {
        return params == null ? Double.NaN : time;
    }

    /** Steps taken at the saved state. */
    public long steps() {
        return steps;
    }

    private static void checkFinite(double[] x, int d, double t) {
        for (int k = 0; k < x.length; k++) {
            if (!Double.isFinite(x[k])) {
                throw new ArithmeticException("token " + k / d + " became " + x[k] + " at t = " + t);
            }
        }
    }
}
