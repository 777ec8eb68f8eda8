package org.tokensphere.model;

import java.lang.ref.Cleaner;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;

/**
 * Runs per-token work over fixed chunks of tokens on a pool of a chosen size. Chunk boundaries depend only on
 * the number of tokens, and every token's work is independent, so results are bit-identical for any thread count.
 *
 * <p>The pool is {@code threads − 1} daemon workers plus the calling thread, which takes chunks too. A call
 * allocates nothing (workers are woken by {@link LockSupport#unpark}, chunks handed out by one atomic counter), so
 * a simulation step stays allocation-free; workers spin briefly after a call, then park. A pool of its own stops on
 * {@link #close()}, or when it becomes unreachable; a shared one ({@link ThreadBudget}) runs on. Runs may share a
 * pool: a call that finds it serving another run's call steps all its chunks on its own thread meanwhile.
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

    /** Work on tokens {@code [start, end)}. */
    @FunctionalInterface
    public interface Body {
        void run(int start, int end);
    }

    /**
     * Work on items {@code [start, end)}, chunk number {@code chunk}, on the thread numbered {@code worker}
     * ({@code 0 ≤ worker < threads()}, 0 is the caller): for per-thread scratch and per-chunk results.
     */
    @FunctionalInterface
    public interface Task {
        void run(int worker, int chunk, int start, int end);
    }

    /** Runs {@code body} over {@code [0, n)} in chunks of {@link #CHUNK}, in parallel when there is more than one. */
    public void forChunks(int n, Body body) {
        forChunks(n, body, CHUNK);
    }

    /** Runs {@code body} over {@code [0, n)} in chunks of {@code chunk} items. */
    public void forChunks(int n, Body body, int chunk) {
        run(n, chunk, body, null);
    }

    /** Runs {@code task} over {@code [0, n)} in chunks of {@code chunk} items. */
    public void forChunks(int n, int chunk, Task task) {
        run(n, chunk, null, task);
    }

    /** Number of chunks {@code [0, n)} is cut into. */
    public static int chunks(int n, int chunk) {
        return (n + chunk - 1) / chunk;
    }

    private void run(int n, int chunk, Body body, Task task) {
        int chunks = chunks(n, chunk);
        if (pool == null || chunks <= 1) {
            for (int c = 0; c < chunks; c++) {
                Pool.runChunk(body, task, 0, c, chunk, n);
            }
            return;
        }
        pool.run(n, chunk, chunks, body, task);
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
        private Body body;
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
        private static final long SPIN_NANOS = 20_000;
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

        static void runChunk(Body body, Task task, int worker, int c, int chunk, int n) {
            int start = c * chunk;
            int end = Math.min(n, start + chunk);
            if (task != null) {
                task.run(worker, c, start, end);
            } else {
                body.run(start, end);
            }
        }

        void run(int n, int chunk, int chunks, Body body, Task task) {
            if (shutdown) {
                throw new IllegalStateException("the thread pool of this simulation is closed");
            }
            if (!busy.compareAndSet(false, true)) {
                for (int c = 0; c < chunks; c++) {
                    runChunk(body, task, 0, c, chunk, n);
                }
                return;
            }
            try {
                serve(n, chunk, chunks, body, task);
            } finally {
                busy.set(false);
            }
        }

        private void serve(int n, int chunk, int chunks, Body body, Task task) {
            int g = generation + 1;
            Job job = jobs[g & 1];
            job.body = body;
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
            job.body = null;
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
            Body body = job.body;
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
                    runChunk(body, task, worker, c, chunk, n);
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
