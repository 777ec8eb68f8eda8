package org.tokensphere.model;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.lang.management.ManagementFactory;
import org.junit.jupiter.api.Test;

/**
 * A step of the per-token integrator allocates nothing (STYLE: inner loops allocate nothing), on every path:
 * d = 3 blocks (single and fused steps), tiles at d = 5 and 64, one token at a time with private or independent
 * noise, coloured noise, the linear flow. Counted with the JVM's per-thread allocation counters on the stepping
 * thread and the pool's workers, after a warm-up (first use makes the work spaces and streams), in four windows of
 * 150 steps: the quietest window may allocate at most 64 bytes. One object per step is at least 16 bytes, 2400 per
 * window, in every window; what the JIT compiler's transitions allocate now and then (96 to 3776 bytes seen, once
 * in thousands of steps, when a rare branch sends compiled code back to the interpreter) stays in one window.
 */
class StepAllocationTest {
    private static final int WARM_UP = 400;
    private static final int WINDOWS = 4;
    private static final int STEPS = 150;

    @Test
    void stepsAllocateNothing() {
        java.lang.management.ThreadMXBean bean = ManagementFactory.getThreadMXBean();
        assumeTrue(bean instanceof com.sun.management.ThreadMXBean, "per-thread allocation counters");
        com.sun.management.ThreadMXBean mx = (com.sun.management.ThreadMXBean) bean;
        Params base = Params.defaults().toBuilder().n(2100).sigmaB(0.5).dt(0.01).seed(2).build();
        Params[] cases = {
            base,
            base.toBuilder().scheme(Scheme.HEUN).build(),
            base.toBuilder().d(5).build(),
            base.toBuilder().d(64).n(200).dt(0.002).build(),
            base.toBuilder().d(64).n(200).dt(0.002).scheme(Scheme.HEUN).build(),
            base.toBuilder().sharing(0.5).build(),
            base.toBuilder().sigmaInd(0.3).scheme(Scheme.HEUN).build(),
            base.toBuilder().sharing(0.5).tau(0.5).build(),
            base.toBuilder().sigmaB(0).build() // the linear flow
        };
        for (Params p : cases) {
            for (boolean fused : new boolean[] {false, true}) {
                try (Simulation sim = new Simulation(p, 3)) {
                    run(sim, WARM_UP, fused);
                    long[] threads = threadIds();
                    long bytes = Long.MAX_VALUE;
                    for (int w = 0; w < WINDOWS; w++) {
                        long before = allocated(mx, threads);
                        run(sim, STEPS, fused);
                        bytes = Math.min(bytes, allocated(mx, threads) - before);
                    }
                    assertTrue(bytes <= 64, p.d() + "-d " + sim.integratorName() + (fused ? ", advance" : ", step")
                            + " (sharing " + p.sharing() + ", sigmaInd " + p.sigmaInd() + ", tau " + p.tau()
                            + "): " + bytes + " bytes in the quietest " + STEPS + " steps");
                }
            }
        }
    }

    private static void run(Simulation sim, int steps, boolean fused) {
        if (fused) {
            sim.advance(steps);
        } else {
            for (int k = 0; k < steps; k++) {
                sim.step();
            }
        }
    }

    /** This thread and the live pool workers. */
    private static long[] threadIds() {
        return java.util.stream.Stream.concat(java.util.stream.Stream.of(Thread.currentThread()),
                        Thread.getAllStackTraces().keySet().stream().filter(Thread::isAlive)
                                .filter(t -> t.getName().startsWith("tokensphere-step-")))
                .mapToLong(Thread::getId).toArray();
    }

    /** Bytes allocated so far by {@code threads} (reading the counters allocates nothing). */
    private static long allocated(com.sun.management.ThreadMXBean mx, long[] threads) {
        long sum = 0;
        for (long id : threads) {
            sum += Math.max(0, mx.getThreadAllocatedBytes(id));
        }
        return sum;
    }
}
