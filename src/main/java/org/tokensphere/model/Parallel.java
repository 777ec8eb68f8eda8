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
    private final WorkerTask[] workerTasks;
    private final AtomicInteger nextChunk = new AtomicInteger();
    // The current forSharedChunks call, set before the workers start.
    private int sharedN;
    private int sharedChunk;
    private int sharedCount;
    private WorkerBody sharedBody;

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

    /** Work on items {@code [start, end)}, done by worker {@code worker} ({@code 0 … threads−1}). */
    @FunctionalInterface
    public interface WorkerBody {
        void run(int worker, int start, int end);
    }

    /**
     * Runs {@code body} over {@code [0, n)} in chunks of {@code chunk} items that the workers take in turn as they
     * come free, the calling thread among them (worker 0); returns when all are done. The chunks are fixed, so work
     * that is independent per chunk gives the same result whatever worker ran it; a worker the system holds back
     * delays the others by one chunk at most. Allocates nothing; one caller at a time.
     */
    public void forSharedChunks(int n, int chunk, WorkerBody body) {
        sharedN = n;
        sharedChunk = chunk;
        sharedCount = (n + chunk - 1) / chunk;
        sharedBody = body;
        nextChunk.set(0);
        try {
            forEachWorker();
        } finally {
            sharedBody = null;
        }
    }

    /** Each worker, the caller as worker 0, takes chunks until none is left. */
    private void shareChunks(int worker) {
        for (int c = nextChunk.getAndIncrement(); c < sharedCount; c = nextChunk.getAndIncrement()) {
            sharedBody.run(worker, c * sharedChunk, Math.min(sharedN, (c + 1) * sharedChunk));
        }
    }

    private void forEachWorker() {
        if (pool == null) {
            shareChunks(0);
            return;
        }
        for (int w = 1; w < threads; w++) {
            WorkerTask t = workerTasks[w];
            t.reinitialize();
            pool.execute(t);
        }
        try {
            shareChunks(0);
        } finally {
            for (int w = 1; w < threads; w++) {
                workerTasks[w].join();
            }
        }
    }

    /** Worker {@code index}'s share of {@link #forSharedChunks}. */
    private final class WorkerTask extends RecursiveAction {
        private final int index;

        WorkerTask(int index) {
            this.index = index;
        }

        @Override
        protected void compute() {
            shareChunks(index);
        }
    }

    @Override
    public void close() {
        if (pool != null) {
            pool.shutdownNow();
        }
    }
}
