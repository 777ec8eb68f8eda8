package org.tokensphere.preset;

import org.tokensphere.model.Params;

import java.util.Locale;

/**
 * The limits a preset must keep, checked before anything is allocated for it, and the message format shared by
 * every check: {@code field = value is out of range [lo, hi]}.
 */
public final class Limits {
    /** Largest preset file, in bytes (1 MiB). */
    public static final long MAX_BYTES = 1L << 20;
    /** Longest simulated duration. */
    public static final double MAX_DURATION = 1e5;
    /** Most coordinates a run may hold, {@code n·d} (160 MB of doubles). */
    public static final long MAX_COORDINATES = 20_000_000L;
    /** Longest title, in characters. */
    public static final int MAX_TITLE = 200;
    /** Longest description, in characters. */
    public static final int MAX_DESCRIPTION = 4000;
    /** Deepest nesting of JSON arrays and objects (a valid preset needs 4). */
    public static final int MAX_DEPTH = 16;
    /** Longest JSON string value, in characters. */
    public static final int MAX_STRING = 20_000;
    /** Longest JSON number, in characters. */
    public static final int MAX_NUMBER = 64;
    /** Longest JSON field name, in characters. */
    public static final int MAX_NAME = 64;

    private Limits() {
    }

    /** Throws when {@code value} is not in {@code [lo, hi]}; the message names {@code field}. */
    static void range(String field, double value, double lo, double hi) {
        if (!(value >= lo && value <= hi)) {
            throw new IllegalArgumentException(field + " = " + format(value) + " is out of range [" + format(lo)
                    + ", " + format(hi) + "]");
        }
    }

    /** Throws when {@code value} is not in {@code (lo, hi]}. */
    static void rangeOpenBelow(String field, double value, double lo, double hi) {
        if (!(value > lo && value <= hi)) {
            throw new IllegalArgumentException(field + " = " + format(value) + " is out of range (" + format(lo)
                    + ", " + format(hi) + "]");
        }
    }

    /** The size limits of a run: {@code d}, {@code n} and their product. */
    static void size(double n, double d) {
        range("d", d, 2, Params.MAX_D);
        range("n", n, 2, Params.MAX_N_LINEAR);
        if (n * d > MAX_COORDINATES) {
            throw new IllegalArgumentException("n = " + format(n) + " with d = " + format(d) + " makes "
                    + format(n * d) + " coordinates, above the limit of " + MAX_COORDINATES);
        }
    }

    /** A number as a person would write it: whole numbers without ".0". */
    static String format(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return String.valueOf((long) v);
        }
        return String.format(Locale.ROOT, "%s", v);
    }
}
