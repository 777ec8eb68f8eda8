package org.tokensphere.preset;

import java.util.ArrayList;
import java.util.List;

/** Conversions between the model's arrays and the immutable lists of the preset records. */
final class Lists {
    private Lists() {
    }

    /** An immutable list holding {@code v}. */
    static List<Double> of(double[] v) {
        List<Double> out = new ArrayList<>(v.length);
        for (double x : v) {
            out.add(x);
        }
        return List.copyOf(out);
    }

    /** The values of {@code v} as an array. */
    static double[] toArray(List<Double> v) {
        double[] out = new double[v.size()];
        for (int k = 0; k < out.length; k++) {
            out[k] = v.get(k);
        }
        return out;
    }
}
