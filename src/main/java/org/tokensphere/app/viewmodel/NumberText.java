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

    /** {@code k} ≥ 0 in subscript digits, e.g. {@code μ₁₂}. */
    public static String subscript(int k) {
        return digits(k, "₀₁₂₃₄₅₆₇₈₉");
    }

    /** {@code k} ≥ 0 in superscript digits, e.g. {@code S²}. */
    public static String superscript(int k) {
        return digits(k, "⁰¹²³⁴⁵⁶⁷⁸⁹");
    }

    private static String digits(int k, String digits) {
        StringBuilder s = new StringBuilder();
        for (char c : String.valueOf(k).toCharArray()) {
            s.append(digits.charAt(c - '0'));
        }
        return s.toString();
    }
}
