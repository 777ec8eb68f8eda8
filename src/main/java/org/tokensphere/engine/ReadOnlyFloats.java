package org.tokensphere.engine;

import java.util.Arrays;

/**
 * A read-only view of floats, for the positions a {@link Frame} carries: nobody can write them, so a frame stays
 * what it was when published, and readers share it without copying (the window reads up to 10⁶ tokens' positions
 * every frame). {@link #get} reads one value; {@link #copyTo} copies a range out in one go.
 */
public final class ReadOnlyFloats {
    /** No values. */
    public static final ReadOnlyFloats EMPTY = new ReadOnlyFloats(new float[0]);

    private final float[] values;

    private ReadOnlyFloats(float[] values) {
        this.values = values;
    }

    /** A view of a copy of {@code values}. */
    public static ReadOnlyFloats copyOf(float[] values) {
        return new ReadOnlyFloats(values.clone());
    }

    /** A view of {@code values} rounded to floats (a new array). */
    public static ReadOnlyFloats roundedFrom(double[] values) {
        float[] f = new float[values.length];
        for (int k = 0; k < f.length; k++) {
            f[k] = (float) values[k];
        }
        return new ReadOnlyFloats(f);
    }

    /** Number of values. */
    public int length() {
        return values.length;
    }

    /** Value {@code k}. */
    public float get(int k) {
        return values[k];
    }

    /** Copies {@code count} values from {@code from} into {@code out} at {@code offset}. */
    public void copyTo(int from, float[] out, int offset, int count) {
        System.arraycopy(values, from, out, offset, count);
    }

    /** All values, a new array. */
    public float[] toArray() {
        return values.clone();
    }

    /** True when {@code other} holds the same values. */
    public boolean sameValues(ReadOnlyFloats other) {
        return Arrays.equals(values, other.values);
    }
}
