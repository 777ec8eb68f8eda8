package org.tokensphere.model;

import org.apache.commons.rng.UniformRandomProvider;

import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;

/**
 * One replica of {@code tokensphere run} and of a sweep: a simulation advanced to the sample times
 * {@code 0, Δ, 2Δ, …, T} (the last one {@code T} itself), measured at each; with a {@link StopCondition} it is
 * checked after every step, the first time it holds is located within the step ({@link FirstPassage}) and the
 * replica stops there: it is measured at the sample times up to that time and no further. The steps are the
 * same with and without a condition (the simulation is stepped one step at a time, which is bit-identical to its
 * fused steps), and the crossings draw from a stream of their own ({@link Seeds#FIRST_PASSAGE}), so a condition
 * that never holds changes nothing.
 */
public final class ReplicaRun {
    /** Receives the replica at each sample time. */
    @FunctionalInterface
    public interface Sink {
        /** {@code sample} is the index of the sample time, {@code values} the observables there. */
        void accept(int sample, Simulation sim, ObservableValues values);
    }

    private ReplicaRun() {
    }

    /** Number of sample times of a run of length {@code time} sampled every {@code every}. */
    public static int samples(double time, double every) {
        int count = 0;
        for (long k = 0; ; k++) {
            count++;
            if (sampleTime(k, time, every) >= time) {
                return count;
            }
        }
    }

    /** The {@code k}-th sample time, {@code min(T, kΔ)}. */
    public static double sampleTime(long k, double time, double every) {
        return Math.min(time, k * every);
    }

    /**
     * Runs {@code sim} to {@code time}, handing each sample to {@code sink}, and returns the located stopping time,
     * or NaN when {@code stop} is null or did not hold by {@code time}. Throws {@link CancellationException} once
     * {@code cancelled} says so (checked every step).
     */
    public static double run(Simulation sim, double time, double every, StopCondition stop, Measurement measurement,
                             int[][] pairs, Sink sink, BooleanSupplier cancelled) {
        Stepper stepper = stop == null ? null : new Stepper(sim, stop, measurement);
        for (int k = 0; ; k++) {
            double target = sampleTime(k, time, every);
            if (stepper == null) {
                if (cancelled.getAsBoolean()) {
                    throw new CancellationException();
                }
                sim.advanceTo(target);
            } else {
                double stopped = stepper.advanceTo(target, cancelled);
                if (!Double.isNaN(stopped)) {
                    if (sim.time() <= stopped) {
                        sink.accept(k, sim, measurement.measure(sim, pairs));
                    }
                    return stopped;
                }
            }
            sink.accept(k, sim, measurement.measure(sim, pairs));
            if (target >= time) {
                return Double.NaN;
            }
        }
    }

    /** Steps one step at a time and watches the condition. */
    private static final class Stepper {
        private final Simulation sim;
        private final StopCondition stop;
        private final ObservableProbe probe;
        private final FirstPassage.Motion motion;
        private final UniformRandomProvider rng;
        private double value;
        private double variance;
        private boolean started;

        Stepper(Simulation sim, StopCondition stop, Measurement measurement) {
            this.sim = sim;
            this.stop = stop;
            this.probe = new ObservableProbe(stop.observable(), measurement);
            this.motion = ObservableProbe.motion(stop.observable());
            this.rng = Seeds.stream(sim.params().seed(), Seeds.FIRST_PASSAGE, 0);
        }

        /** Steps until the time reaches {@code target} (as {@link Simulation#advanceTo}); the stop time or NaN. */
        double advanceTo(double target, BooleanSupplier cancelled) {
            if (!started) {
                started = true;
                value = probe.value(sim);
                variance = probe.variance(sim);
                if (stop.holds(value)) {
                    return sim.time();
                }
            }
            while (sim.time() < target - 1e-9 * sim.dt()) {
                if (cancelled.getAsBoolean()) {
                    throw new CancellationException();
                }
                double t0 = sim.time();
                sim.step();
                double next = probe.value(sim);
                double nextVariance = motion == FirstPassage.Motion.DIFFUSING ? probe.variance(sim) : Double.NaN;
                double at = FirstPassage.locate(stop, motion, t0, sim.time() - t0, value, next,
                        0.5 * (variance + nextVariance), rng);
                value = next;
                variance = nextVariance;
                if (!Double.isNaN(at)) {
                    return at;
                }
            }
            return Double.NaN;
        }
    }
}
