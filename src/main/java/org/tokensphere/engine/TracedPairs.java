package org.tokensphere.engine;

/** The pairs {@code {i, j}} whose scalar products the engine traces: checks, defaults and copies. */
final class TracedPairs {
    private TracedPairs() {
    }

    /** At most {@code max} pairs of {@code chosen}, copied. */
    static int[][] copy(int[][] chosen, int max) {
        int[][] c = new int[Math.min(max, chosen.length)][];
        for (int k = 0; k < c.length; k++) {
            c[k] = chosen[k].clone();
        }
        return c;
    }

    /** True when every pair names two different tokens below {@code n}. */
    static boolean valid(int[][] pairs, int n) {
        for (int[] pr : pairs) {
            if (pr.length != 2 || pr[0] < 0 || pr[1] < 0 || pr[0] >= n || pr[1] >= n || pr[0] == pr[1]) {
                return false;
            }
        }
        return true;
    }

    /** For each new pair, the index of the same pair among the old ones, or −1: which traces continue. */
    static int[] previousSlots(int[][] old, int[][] chosen) {
        int[] slot = new int[chosen.length];
        for (int k = 0; k < chosen.length; k++) {
            slot[k] = -1;
            for (int o = 0; o < old.length; o++) {
                if (old[o][0] == chosen[k][0] && old[o][1] == chosen[k][1]) {
                    slot[k] = o;
                }
            }
        }
        return slot;
    }

    /** Pairs (0,1), (2,3), (4,5) as far as there are tokens. */
    static int[][] defaults(int n) {
        int count = Math.min(3, n / 2);
        int[][] p = new int[count][];
        for (int k = 0; k < count; k++) {
            p[k] = new int[] {2 * k, 2 * k + 1};
        }
        return p;
    }
}
