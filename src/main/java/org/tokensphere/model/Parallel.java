package org.tokensphere.model;

import java.lang.ref.Cleaner;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;

/**
 * Runs work over fixed chunks of items (tokens, or the attention kernel's tiles) on a pool of a chosen size. Chunk
 * boundaries depend only on the number of items and the chunk size, and each chunk's work is independent (or
 * writes its own place, summed afterwards in a fixed order), so results are bit-identical for any thread count.
 *
 * <p>The pool is {@code threads − 1} daemon workers plus the calling thread, which takes chunks too (worker 0).
 * The chunks are handed out by one atomic counter, each to the next thread that comes free, so a thread the system
 * holds back delays the others by one chunk at most. A call allocates nothing (workers are woken by
 * {@link LockSupport#unpark}), so a simulation step stays allocation-free; workers spin briefly after a call, then
 * park. Every entry point ({@link #forChunks(int, Body)}, {@link #forChunks(int, int, Task)},
 * {@link #forSharedChunks}) is this one mechanism; they differ only in what the work is told (the range, the
 * chunk number, the worker number for per-thread scratch). A pool of its own stops on {@link #close()}, or when it
 * becomes unreachable; a shared one ({@link ThreadBudget}) runs on. Runs may share a pool: a call that finds it
 * serving another call (another run's, or one made from inside a chunk) runs all its chunks on its own thread
 * meanwhile, as worker 0 — the same chunks, so the same result.
 */
public final class Parallel implements AutoCloseable {
    /** Tokens per chunk. */
    public static final int CHUNK = 2048;
    private static final Cleaner CLEANER = Cleaner.create();
    private final int threads;
    private final Pool pool;
    private final Cleaner.Cleanable cleanable;

    /** A pool of {@code threads} workers of its own (the caller counted); 1 runs everything on the caller's thread. */
    public Parallel(int threads) {
        this(threads, false, "tokensphere-step-");
    }

    private Parallel(int threads, boolean shared, String threadName) {
        this.threads = Math.max(1, threads);
        this.pool = this.threads > 1 ? new Pool(this.threads, threadName) : null;
        this.cleanable = pool == null || shared ? null : CLEANER.register(this, pool::shutdown);
    }

    /** A pool that runs may share ({@link ThreadBudget}): {@link #close()} leaves it running. */
    static Parallel shared(int threads, String threadName) {
        return new Parallel(threads, true, threadName);
    }

    /** Number of worker threads. */
    public int threads() {
        return threads;
    }

    /**
     * Work on items {@code [start, end)}, chunk number {@code chunk}, on the thread numbered {@code worker}
     * ({@code 0 ≤ worker < threads()}, 0 is the caller): for per-thread scratch and per-chunk results.
     */
    @FunctionalInterface
    public interface Task {
        void run(int worker, int chunk, int start, int end);
    }

    /** Work on tokens {@code [start, end)}. */
    @FunctionalInterface
    public interface Body extends Task {
        void run(int start, int end);

        @Override
        default void run(int worker, int chunk, int start, int end) {
            run(start, end);
        }
    }

    /** Work on items {@code [start, end)}, done by worker {@code worker} ({@code 0 … threads()−1}). */
    @FunctionalInterface
    public interface WorkerBody extends Task {
        void run(int worker, int start, int end);

        @Override
        default void run(int worker, int chunk, int start, int end) {
            run(worker, start, end);
        }
    }

    /** Runs {@code body} over {@code [0, n)} in chunks of {@link #CHUNK}, in parallel when there is more than one. */
    public void forChunks(int n, Body body) {
        forChunks(n, body, CHUNK);
    }

    /** Runs {@code body} over {@code [0, n)} in chunks of {@code chunk} items. */
    public void forChunks(int n, Body body, int chunk) {
        run(n, chunk, body);
    }

    /** Runs {@code task} over {@code [0, n)} in chunks of {@code chunk} items; returns when all are done. */
    public void forChunks(int n, int chunk, Task task) {
        run(n, chunk, task);
    }

    /**
     * Runs {@code body} over {@code [0, n)} in chunks of {@code chunk} items, telling it the worker (for per-thread
     * state indexed {@code 0 … threads()−1}); the same as {@link #forChunks(int, int, Task)}.
     */
    public void forSharedChunks(int n, int chunk, WorkerBody body) {
        run(n, chunk, body);
    }

    /** Threads that take chunks, the caller included: {@link #threads()}, the size of per-worker state. */
    public int sharers() {
        return threads;
    }

    /** Number of chunks {@code [0, n)} is cut into. */
    public static int chunks(int n, int chunk) {
        return (n + chunk - 1) / chunk;
    }

    private void run(int n, int chunk, Task task) {
        int chunks = chunks(n, chunk);
        if (pool == null || chunks <= 1) {
            Pool.runAll(task, chunks, chunk, n);
            return;
        }
        pool.run(n, chunk, chunks, task);
    }

    /** Stops the workers of a pool of its own; a shared pool keeps running. */
    @Override
    public void close() {
        if (cleanable != null) {
            cleanable.clean();
        }
    }

    /** One call's work; two are used in turn, so a late worker never reads a half-written one (see Pool). */
    private static final class Job {
        private final AtomicInteger done = new AtomicInteger();
        private volatile int tag;
        private volatile Thread caller;
        private volatile Throwable failure;
        private Task task;
        private int n;
        private int chunk;
        private int chunks;
    }

    /**
     * The workers and the calls they serve; holds no reference to the {@link Parallel}, so it can be cleaned.
     * Call {@code g} uses {@code jobs[g & 1]} and hands out its chunks from {@code next}, which holds {@code g} in its
     * upper half and the next chunk in its lower half. A chunk is claimed by a compare-and-set that checks the tag, so
     * a worker that read a job late, or a job being rewritten for call {@code g + 2}, claims nothing: a job is only
     * rewritten once {@code next} carries another tag.
     */
    private static final class Pool {
        /** Spin before parking: longer than the serial gaps inside a step, so workers are awake for its next call. */
        private static final long SPIN_NANOS = 200_000;
        private final Thread[] workers;
        private final Job[] jobs = {new Job(), new Job()};
        private final AtomicLong next = new AtomicLong();
        /** Held by the call being served; another call meanwhile runs alone on its own thread. */
        private final AtomicBoolean busy = new AtomicBoolean();
        private volatile int generation;
        private volatile boolean shutdown;

        Pool(int threads, String threadName) {
            workers = new Thread[threads - 1];
            for (int w = 0; w < workers.length; w++) {
                int id = w + 1;
                Thread t = new Thread(() -> workLoop(id), threadName + id);
                t.setDaemon(true);
                workers[w] = t;
                t.start();
            }
        }

        static void runChunk(Task task, int worker, int c, int chunk, int n) {
            int start = c * chunk;
            task.run(worker, c, start, Math.min(n, start + chunk));
        }

        /** Every chunk in order on the calling thread, as worker 0. */
        static void runAll(Task task, int chunks, int chunk, int n) {
            for (int c = 0; c < chunks; c++) {
                runChunk(task, 0, c, chunk, n);
            }
        }

        void run(int n, int chunk, int chunks, Task task) {
            if (shutdown) {
                throw new IllegalStateException("the thread pool of this simulation is closed");
            }
            if (!busy.compareAndSet(false, true)) {
                runAll(task, chunks, chunk, n);
                return;
            }
            try {
                serve(n, chunk, chunks, task);
            } finally {
                busy.set(false);
            }
        }

        private void serve(int n, int chunk, int chunks, Task task) {
            int g = generation + 1;
            Job job = jobs[g & 1];
            job.task = task;
            job.n = n;
            job.chunk = chunk;
            job.chunks = chunks;
            job.failure = null;
            job.caller = Thread.currentThread();
            job.done.set(0);
            job.tag = g;
            next.set((long) g << 32);
            generation = g;
            for (Thread w : workers) {
                LockSupport.unpark(w);
            }
            work(job, 0);
            long deadline = System.nanoTime() + SPIN_NANOS;
            while (job.done.get() < chunks) {
                if (System.nanoTime() < deadline) {
                    Thread.onSpinWait();
                } else {
                    LockSupport.park(this);
                }
            }
            Throwable t = job.failure;
            job.task = null;
            job.failure = null;
            if (t != null) {
                if (t instanceof RuntimeException r) {
                    throw r;
                }
                if (t instanceof Error e) {
                    throw e;
                }
                throw new IllegalStateException(t);
            }
        }

        /** Claims and runs chunks of {@code job} while its tag is current and chunks are left. */
        private void work(Job job, int worker) {
            int tag = job.tag;
            Task task = job.task;
            int n = job.n;
            int chunk = job.chunk;
            int chunks = job.chunks;
            while (true) {
                long v = next.get();
                int c = (int) v;
                if ((int) (v >>> 32) != tag || c >= chunks) {
                    return;
                }
                if (!next.compareAndSet(v, v + 1)) {
                    continue;
                }
                try {
                    runChunk(task, worker, c, chunk, n);
                } catch (Throwable t) {
                    if (job.failure == null) {
                        job.failure = t;
                    }
                }
                if (job.done.incrementAndGet() == chunks && worker != 0) {
                    LockSupport.unpark(job.caller);
                }
            }
        }

        private void workLoop(int id) {
            int seen = 0;
            while (!shutdown) {
                int g = generation;
                if (g != seen) {
                    seen = g;
                    work(jobs[g & 1], id);
                    continue;
                }
                long deadline = System.nanoTime() + SPIN_NANOS;
                while (generation == seen && !shutdown) {
                    if (System.nanoTime() < deadline) {
                        Thread.onSpinWait();
                    } else {
                        LockSupport.park(this);
                    }
                }
            }
        }

        void shutdown() {
            shutdown = true;
            for (Thread w : workers) {
                LockSupport.unpark(w);
            }
        }
    }
}
