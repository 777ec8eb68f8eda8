package org.tokensphere.model;

import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinTask;
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

    /** Stops the workers of a pool of its own; a shared pool keeps running. */
    @Override
    public void close() {
        if (pool != null && ownsPool) {
            pool.shutdownNow();
        }
    }
}
