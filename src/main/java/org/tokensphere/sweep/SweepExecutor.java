package org.tokensphere.sweep;

import org.tokensphere.model.Parallel;

import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

/**
 * Where a sweep runs: on this machine ({@link #LOCAL}) or on a cluster (org.tokensphere.spark). Every executor
 * gives the same rows bit for bit: replicas are seeded by (seed, grid point, replica) and folded in order.
 */
public interface SweepExecutor {
    /**
     * Runs {@code sweep} with {@code threads} workers where that means something; throws
     * {@link java.util.concurrent.CancellationException} once {@code cancelled} is true.
     */
    SweepResult run(Sweep sweep, int threads, BooleanSupplier cancelled, Consumer<SweepProgress> progress);

    /** A one-line name for messages, e.g. {@code 2 threads} or {@code Spark local[2]}. */
    String describe(int threads);

    /** On this machine, on a pool of {@code threads} workers of its own. */
    SweepExecutor LOCAL = new SweepExecutor() {
        @Override
        public SweepResult run(Sweep sweep, int threads, BooleanSupplier cancelled, Consumer<SweepProgress> progress) {
            try (Parallel workers = new Parallel(threads)) {
                return SweepRunner.run(sweep, workers, cancelled, progress);
            }
        }

        @Override
        public String describe(int threads) {
            return threads + (threads == 1 ? " thread" : " threads");
        }
    };
}
