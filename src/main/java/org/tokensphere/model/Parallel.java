package org.tokensphere.model;

import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinTask;
import java.util.concurrent.RecursiveAction;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;

/**
 * Runs per-token work over fixed chunks of tokens on a pool of a chosen size. Chunk boundaries depend only on
 * the number of tokens, and every token's work is independent, so results are bit-identical for any thread count.
 */
public final class Parallel implements AutoCloseable {
    /** Tokens per chunk. */
    public static final int CHUNK = 2048;
    private final ForkJoinPool pool;
    private final int threads;
    private final boolean ownsPool;
    /** Each calling thread's {@link #forSharedChunks} state, so that simulations sharing a pool do not mix. */
    private final ThreadLocal<SharedCall> calls = ThreadLocal.withInitial(SharedCall::new);

    /** A pool of {@code threads} workers of its own; 1 runs everything on the caller's thread. */
    public Parallel(int threads) {
        this.threads = Math.max(1, threads);
        this.pool = this.threads > 1 ? new ForkJoinPool(this.threads) : null;
        this.ownsPool = true;
    }

    /** Work on a pool that others share ({@link ThreadBudget}); {@link #close()} leaves it running. */
    Parallel(ForkJoinPool shared) {
        this.threads = shared.getParallelism();
        this.pool = shared;
        this.ownsPool = false;
    }

    /** Number of worker threads. */
    public int threads() {
        return threads;
    }

    /** Work on tokens {@code [start, end)}. */
    @FunctionalInterface
    public interface Body {
        void run(int start, int end);
    }

    /** Runs {@code body} over {@code [0, n)} in chunks of {@link #CHUNK}, in parallel when there is more than one. */
    public void forChunks(int n, Body body) {
        forChunks(n, body, CHUNK);
    }

    /** Runs {@code body} over {@code [0, n)} in chunks of {@code chunk} items. */
    public void forChunks(int n, Body body, int chunk) {
        int chunks = (n + chunk - 1) / chunk;
        if (pool == null || chunks <= 1) {
            for (int c = 0; c < chunks; c++) {
                body.run(c * chunk, Math.min(n, (c + 1) * chunk));
            }
            return;
        }
        ForkJoinTask<?> task = pool.submit(() -> IntStream.range(0, chunks).parallel()
                .forEach(c -> body.run(c * chunk, Math.min(n, (c + 1) * chunk))));
        task.join();
    }

    /** Work on items {@code [start, end)}, done by worker {@code worker} ({@code 0 … sharers()−1}). */
    @FunctionalInterface
    public interface WorkerBody {
        void run(int worker, int start, int end);
    }

    /**
     * Threads that {@link #forSharedChunks} runs on: the calling thread and the pool's workers, as many in all as
     * the pool has workers when the pool is this object's own (so {@code threads} stays the number of threads
     * computing), one more when it is shared ({@link ThreadBudget}: all cores but one, and the caller).
     */
    public int sharers() {
        return pool == null ? 1 : ownsPool ? threads : threads + 1;
    }

    /**
     * Runs {@code body} over {@code [0, n)} in chunks of {@code chunk} items that the {@link #sharers} take in turn
     * as they come free, the calling thread among them (worker 0); returns when all are done. The chunks are fixed,
     * so work that is independent per chunk gives the same result whatever worker ran it; a worker the system
     * holds back delays the others by one chunk at most. Allocates nothing after a thread's first call; calls from
     * different threads may run at once (each has its own state), a call from inside {@code body} may not.
     */
    public void forSharedChunks(int n, int chunk, WorkerBody body) {
        calls.get().run(n, chunk, body);
    }

    /** One calling thread's state of {@link #forSharedChunks}, with its reusable pool tasks. */
    private final class SharedCall {
        private final AtomicInteger next = new AtomicInteger();
        private final WorkerTask[] tasks = new WorkerTask[sharers()];
        private int n;
        private int chunk;
        private int count;
        private WorkerBody body;

        SharedCall() {
            for (int w = 1; w < tasks.length; w++) {
                tasks[w] = new WorkerTask(this, w);
            }
        }

        void run(int items, int size, WorkerBody work) {
            n = items;
            chunk = size;
            count = (items + size - 1) / size;
            body = work;
            next.set(0);
            try {
                for (int w = 1; w < tasks.length; w++) {
                    tasks[w].reinitialize();
                    pool.execute(tasks[w]);
                }
                share(0);
            } finally {
                for (int w = 1; w < tasks.length; w++) {
                    tasks[w].join();
                }
                body = null;
            }
        }

        /** Takes chunks until none is left. */
        void share(int worker) {
            for (int c = next.getAndIncrement(); c < count; c = next.getAndIncrement()) {
                body.run(worker, c * chunk, Math.min(n, (c + 1) * chunk));
            }
        }
    }

    /** Worker {@code index}'s share of one {@link SharedCall}. */
    private static final class WorkerTask extends RecursiveAction {
        private final SharedCall call;
        private final int index;

        WorkerTask(SharedCall call, int index) {
            this.call = call;
            this.index = index;
        }

        @Override
        protected void compute() {
            call.share(index);
        }
    }

    /** Stops the workers of a pool of its own; a shared pool keeps running. */
    @Override
    public void close() {
        if (pool != null && ownsPool) {
            pool.shutdownNow();
        }
    }
}
