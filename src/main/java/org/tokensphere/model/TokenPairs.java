package org.tokensphere.model;

/**
 * Pairs of tokens {@code {i, j}} whose scalar products {@code ρ_ij = ⟨x_i, x_j⟩} are traced: the limits and the
 * one check that the engine, the command line, preset files and the app all use.
 */
public final class TokenPairs {
    /** Most pairs traced at once: the engine's history, the app's selection and pair colours, an export. */
    public static final int MAX_TRACED = 8;
    /** Most pairs a preset file may list; the first {@link #MAX_TRACED} are traced, the app says so. */
    public static final int MAX_LISTED = 16;

    private TokenPairs() {
    }

    /**
     * What is wrong with the pair {@code (i, j)} among {@code n} tokens, as the end of a sentence that names the
     * pair (e.g. {@code "display.pairs[0] = [0, 12] " + problem}), or null when it can be traced.
     */
    public static String problem(int i, int j, int n) {
        if (i < 0 || j < 0 || i == j) {
            return "is not two different token indices [i, j] >= 0";
        }
        if (Math.max(i, j) >= n) {
            return "names a token that does not exist (n = " + n + ", indices 0.." + (n - 1) + ")";
        }
        return null;
    }

    /** Throws {@link IllegalArgumentException} with {@code name + " " + problem} when the pair cannot be traced. */
    public static void check(String name, int i, int j, int n) {
        String problem = problem(i, j, n);
        if (problem != null) {
            throw new IllegalArgumentException(name + " " + problem);
        }
    }

    /** True when every pair has two entries and can be traced among {@code n} tokens. */
    public static boolean valid(int[][] pairs, int n) {
        for (int[] pr : pairs) {
            if (pr.length != 2 || problem(pr[0], pr[1], n) != null) {
                return false;
            }
        }
        return true;
    }

    /** Pairs {@code (0,1), (2,3), (4,5)} as far as there are tokens: what is traced when nothing was chosen. */
    public static int[][] defaults(int n) {
        int count = Math.min(3, n / 2);
        int[][] p = new int[count][];
        for (int k = 0; k < count; k++) {
            p[k] = new int[] {2 * k, 2 * k + 1};
        }
        return p;
    }

    /** The first {@code max} pairs of {@code pairs}, deep-copied. */
    public static int[][] copy(int[][] pairs, int max) {
        int[][] c = new int[Math.min(max, pairs.length)][];
        for (int k = 0; k < c.length; k++) {
            c[k] = pairs[k].clone();
        }
        return c;
    }

    /** A pair written {@code I-J} (as in {@code --pairs 0-1,2-3}), checked among {@code n} tokens. */
    public static int[] parse(String spec, int n) {
        String[] ij = spec.trim().split("-");
        int[] pair;
        try {
            if (ij.length != 2) {
                throw new NumberFormatException();
            }
            pair = new int[] {Integer.parseInt(ij[0].trim()), Integer.parseInt(ij[1].trim())};
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("'" + spec + "' is not of the form I-J");
        }
        check(spec.trim(), pair[0], pair[1], n);
        return pair;
    }
}
