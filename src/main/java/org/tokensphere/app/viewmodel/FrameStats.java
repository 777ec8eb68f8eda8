package org.tokensphere.app.viewmodel;

/**
 * Rates for the status bar, from the drawing side: frames drawn per second, simulated time per wall-clock
 * second (from the times of the frames shown), and the CPU time the frame update takes on the UI thread. Each
 * is averaged over about half a second. Plain Java; times in nanoseconds.
 */
public final class FrameStats {
    private static final long WINDOW = 500_000_000L;

    private long windowStart = -1;
    private int framesInWindow;
    private double simStart;
    private long cpuInWindow;
    private int updatesInWindow;
    private long maxCpuInWindow;

    private double fps;
    private double simRate;
    private double cpuMillis;
    private double maxCpuMillis;

    /** A pulse at {@code now} (ns) showing a frame at simulated time {@code simTime}. */
    public void pulse(long now, double simTime) {
        if (windowStart < 0) {
            windowStart = now;
            simStart = simTime;
            return;
        }
        framesInWindow++;
        long span = now - windowStart;
        if (span >= WINDOW) {
            double seconds = span * 1e-9;
            fps = framesInWindow / seconds;
            double dSim = simTime - simStart;
            simRate = dSim >= 0 ? dSim / seconds : 0; // a reset makes dSim negative: show 0 for that window
            cpuMillis = updatesInWindow > 0 ? cpuInWindow * 1e-6 / updatesInWindow : 0;
            maxCpuMillis = maxCpuInWindow * 1e-6;
            windowStart = now;
            simStart = simTime;
            framesInWindow = 0;
            cpuInWindow = 0;
            updatesInWindow = 0;
            maxCpuInWindow = 0;
        }
    }

    /** One frame update took {@code cpuNanos} of CPU time on the UI thread. */
    public void update(long cpuNanos) {
        cpuInWindow += cpuNanos;
        updatesInWindow++;
        maxCpuInWindow = Math.max(maxCpuInWindow, cpuNanos);
    }

    /** Frames drawn per second. */
    public double fps() {
        return fps;
    }

    /** Simulated time per wall-clock second. */
    public double simRate() {
        return simRate;
    }

    /** Mean CPU time per frame update, ms. */
    public double cpuMillis() {
        return cpuMillis;
    }

    /** Largest CPU time of one frame update in the last window, ms. */
    public double maxCpuMillis() {
        return maxCpuMillis;
    }
}
