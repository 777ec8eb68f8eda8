package org.tokensphere.preset;

/** The checks of a tour's texts: one-line titles and paragraphs of bounded length without control characters. */
final class TourText {
    private TourText() {
    }

    /** A title: one line of 1 to {@code max} characters. */
    static void line(String field, String text, int max) {
        if (text == null || text.isBlank() || text.length() > max) {
            throw new IllegalArgumentException(field + " must be 1 to " + max + " characters long");
        }
        if (text.chars().anyMatch(Character::isISOControl)) {
            throw new IllegalArgumentException(field + " must be one line, without control characters");
        }
    }

    /** A paragraph of at most {@code max} characters (line breaks and tabs allowed); {@code required}: not blank. */
    static void paragraph(String field, String text, int max, boolean required) {
        if (text == null || (required && text.isBlank())) {
            throw new IllegalArgumentException(field + " must be given (a few sentences)");
        }
        if (text.length() > max) {
            throw new IllegalArgumentException(field + " is " + text.length() + " characters long, at most " + max);
        }
        if (text.chars().anyMatch(c -> Character.isISOControl(c) && c != '\n' && c != '\t')) {
            throw new IllegalArgumentException(field + " holds control characters (only line breaks and tabs are "
                    + "allowed)");
        }
    }
}
