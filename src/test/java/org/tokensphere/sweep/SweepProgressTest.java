package org.tokensphere.sweep;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The progress line: grid points done when known, the share of replicas, and the time left from the rate. */
class SweepProgressTest {
    private static final long SECOND = 1_000_000_000L;

    @Test
    void theLineSaysWhatIsDoneAndWhatIsLeft() {
        SweepProgress p = new SweepProgress(12, 41, 100, 400, 20 * SECOND);
        assertEquals(60, p.secondsLeft(), 1e-9, "300 replicas left at 5 per second");
        assertEquals("12/41 grid points, 25 % of 400 replicas, 1 min 00 s left", p.line());
    }

    @Test
    void sparkDoesNotKnowTheGridPointsDone() {
        SweepProgress p = new SweepProgress(SweepProgress.UNKNOWN, 5, 5000, 10000, 30 * SECOND);
        assertEquals("5 grid points, 50 % of 10000 replicas, 30 s left", p.line());
    }

    @Test
    void beforeTheFirstReplicaTheTimeLeftIsUnknown() {
        SweepProgress p = new SweepProgress(0, 5, 0, 100, 3 * SECOND);
        assertTrue(Double.isNaN(p.secondsLeft()));
        assertTrue(p.line().endsWith("time left unknown yet"), p.line());
    }
}
