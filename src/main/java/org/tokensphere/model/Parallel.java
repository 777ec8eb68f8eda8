package org.tokensphere.model;

import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinTask;
import java.util.concurrent.RecursiveAction;
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
    private final WorkerTask[] workerTasks;

    /** A pool of {@code threads} workers; 1 runs everything on the caller's thread. */
    public Parallel(int threads) {
        this.threads = Math.max(1, threads);
        this.pool = this.threads > 1 ? new ForkJoinPool(this.threads) : null;
        this.workerTasks = new WorkerTask[this.threads];
        for (int w = 1; w < this.threads; w++) {
            workerTasks[w] = new WorkerTask(w);
        }
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

    /**
     * Runs {@code body.run(w, w + 1)} once for every worker {@code w = 0 … threads−1}, worker 0 on the calling
     * thread, and returns when all have returned. For work that the workers share out among themselves (each
     * taking the next item when free); allocates nothing.
     */
    public void forEachWorker(Body body) {
        if (pool == null) {
            body.run(0, 1);
            return;
        }
        for (int w = 1; w < threads; w++) {
            WorkerTask t = workerTasks[w];
            t.reinitialize();
            t.body = body;
            pool.execute(t);
        }
        try {
            body.run(0, 1);
        } finally {
            for (int w = 1; w < threads; w++) {
                workerTasks[w].join();
                workerTasks[w].body = null;
            }
        }
    }

    /** One worker's share of {@link #forEachWorker}. */
    private static final class WorkerTask extends RecursiveAction {
        private final int index;
        private Body body;

        WorkerTask(int index) {
            this.index = index;
        }

        @Override
        protected void compute() {
            body.run(index, index + 1);
        }
    }

    @Override
    public void close() {
        if (pool != null) {
            pool.shutdownNow();
        }
    }
}
