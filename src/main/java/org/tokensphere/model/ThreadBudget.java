package org.tokensphere.model;

/**
 * The worker threads of this process: one pool of all cores but one, shared by every simulation that asks for
 * it — the window's engine and an animation export running beside it step their tokens and attention tiles on the
 * same workers instead of taking {@code cores − 1} threads each. The thread that calls a step takes chunks too, so
 * a step computes on every core ({@link Parallel#threads()} is the number of cores; drawing takes little CPU time,
 * and a worker the UI holds back delays a step by one chunk at most). While one run's call holds the workers,
 * another run's call steps all its chunks on its own thread. The pool's threads are daemons and the pool is never
 * shut down, so no simulation can find it closed under it. Results do not depend on it: the chunks are fixed
 * ({@link Parallel}).
 */
public final class ThreadBudget {
    private static final int THREADS = Math.max(1, Runtime.getRuntime().availableProcessors() - 1);

    private ThreadBudget() {
    }

    /** Number of worker threads in the budget: the number of cores less one, at least one. */
    public static int threads() {
        return THREADS;
    }

    /** The shared workers; closing the returned object does nothing. */
    public static Parallel parallel() {
        return Holder.SHARED;
    }

    /** Made on first use, so a command that never steps in parallel starts no pool. */
    private static final class Holder {
        static final Parallel SHARED = Parallel.shared(THREADS + 1, "tokensphere-worker-");
    }
}
