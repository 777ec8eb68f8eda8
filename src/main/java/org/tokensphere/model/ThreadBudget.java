package org.tokensphere.model;

/**
 * The worker threads of this process: one pool of all cores but one (the one left is the UI thread's; the thread
 * that steps a simulation counts as one of the pool's, as it takes chunks too), shared by every simulation that
 * asks for it — the window's engine and an animation export running beside it step their tokens on the same
 * workers instead of taking {@code cores − 1} threads each (while one run's step holds the pool, the other's runs
 * on its own thread). The pool's threads are daemons and the pool is never shut down, so no simulation can find it
 * closed under it. Results do not depend on it: tokens are stepped in fixed chunks ({@link Parallel}).
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
        static final Parallel SHARED = Parallel.shared(THREADS, "tokensphere-worker-");
    }
}
