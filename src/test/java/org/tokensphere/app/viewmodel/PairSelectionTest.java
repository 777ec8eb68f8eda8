package org.tokensphere.app.viewmodel;

import org.junit.jupiter.api.Test;
import org.tokensphere.model.TokenPairs;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PairSelectionTest {
    @Test
    void twoPicksMakeAPairAndTheOldestGoFirst() {
        PairSelection s = new PairSelection(7);
        assertFalse(s.pick(4));
        assertEquals(4, s.pendingProperty().get());
        assertTrue(s.pick(9));
        assertArrayEquals(new int[] {4, 9}, s.pairs()[0]);
        assertEquals(-1, s.pendingProperty().get());
        assertFalse(s.pick(3));
        assertFalse(s.pick(3), "the same token twice cancels");
        assertEquals(1, s.pairs().length);
        for (int k = 0; k < 2 * TokenPairs.MAX_TRACED; k++) {
            s.pick(k);
            s.pick(k + 100);
        }
        assertEquals(TokenPairs.MAX_TRACED, s.pairs().length);
        assertArrayEquals(new int[] {2 * TokenPairs.MAX_TRACED - 1, 2 * TokenPairs.MAX_TRACED + 99},
                s.pairs()[TokenPairs.MAX_TRACED - 1]);
    }

    @Test
    void randomPairsAreDistinctTokensBelowN() {
        PairSelection s = new PairSelection(11);
        s.randomPairs(5);
        assertEquals(2, s.pairs().length, "at most n/2 pairs");
        s.randomPairs(1000);
        assertEquals(PairSelection.RANDOM_COUNT, s.pairs().length);
        for (int[] p : s.pairs()) {
            assertNotEquals(p[0], p[1]);
            assertTrue(p[0] >= 0 && p[0] < 1000 && p[1] >= 0 && p[1] < 1000);
        }
    }
}
