package org.tokensphere.app.viewmodel;

import java.util.Locale;

/** Numbers as a person types and reads them. */
public final class NumberText {
    private NumberText() {
    }

    /** Up to 6 significant digits, no trailing zeros: {@code 0.75}, {@code 20}, {@code 1.23457e-07}. */
    public static String fmt(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return String.valueOf((long) v);
        }
        String s = String.format(Locale.ROOT, "%.6g", v);
        if (s.contains("e")) {
            return s;
        }
        return s.contains(".") ? s.replaceAll("0+$", "").replaceAll("\\.$", "") : s;
    }
}
