package org.tokensphere.app.viewmodel;

import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.tokensphere.model.TokenPairs;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The pairs of tokens whose scalar products {@code ⟨x_i, x_j⟩(t)} are traced: picked two clicks at a time, or
 * drawn at random. The newest {@link TokenPairs#MAX_TRACED} are kept. Plain Java.
 */
public final class PairSelection {
    /** How many pairs "random pairs" draws. */
    public static final int RANDOM_COUNT = 4;

    private final ReadOnlyObjectWrapper<int[][]> pairs = new ReadOnlyObjectWrapper<>(this, "pairs", new int[0][]);
    private final ReadOnlyIntegerWrapper pending = new ReadOnlyIntegerWrapper(this, "pending", -1);
    private final SplittableRandom random;

    /** A selection whose random pairs derive from {@code seed}. */
    public PairSelection(long seed) {
        random = new SplittableRandom(seed);
    }

    /** The chosen pairs {@code {i, j}}, oldest first; a new array on every change (never modify it). */
    public ReadOnlyObjectProperty<int[][]> pairsProperty() {
        return pairs.getReadOnlyProperty();
    }

    /** The chosen pairs. */
    public int[][] pairs() {
        return pairs.get();
    }

    /** The first token of a pair being picked, or −1. */
    public ReadOnlyIntegerProperty pendingProperty() {
        return pending.getReadOnlyProperty();
    }

    /**
     * A token was picked: the first of two is remembered, the second completes a pair (picking the same token
     * twice cancels). Returns true when a pair was completed.
     */
    public boolean pick(int token) {
        if (token < 0) {
            return false;
        }
        int first = pending.get();
        if (first < 0) {
            pending.set(token);
            return false;
        }
        pending.set(-1);
        if (first == token) {
            return false;
        }
        List<int[]> next = new ArrayList<>(Arrays.asList(pairs.get()));
        next.add(new int[] {first, token});
        while (next.size() > TokenPairs.MAX_TRACED) {
            next.remove(0);
        }
        pairs.set(next.toArray(new int[0][]));
        return true;
    }

    /** Replaces the pairs with {@link #RANDOM_COUNT} random pairs of distinct tokens below {@code n}. */
    public void randomPairs(int n) {
        int count = Math.min(RANDOM_COUNT, n / 2);
        int[][] next = new int[count][];
        for (int k = 0; k < count; k++) {
            int i = random.nextInt(n);
            int j = random.nextInt(n - 1);
            next[k] = new int[] {i, j >= i ? j + 1 : j};
        }
        pending.set(-1);
        pairs.set(next);
    }

    /** Shows the pairs the engine traces (it falls back to default pairs when tokens are removed). */
    public void adopt(int[][] enginePairs) {
        if (!Arrays.deepEquals(enginePairs, pairs.get())) {
            pairs.set(enginePairs);
        }
        if (pending.get() >= 0 && enginePairs.length == 0) {
            pending.set(-1);
        }
    }
}
