package org.tokensphere.preset;

/**
 * A preset that cannot be loaded: one line naming the field (its path, e.g. {@code parameters.sigmaQ}) and what
 * is wrong with it. An {@link IllegalArgumentException}, so the command line turns it into exit code 2.
 */
public final class PresetException extends IllegalArgumentException {
    private final String field;

    /** A problem with {@code field} (a path such as {@code display.camera}; empty for the whole file). */
    public PresetException(String field, String message) {
        super(message);
        this.field = field;
    }

    /** The path of the field at fault, e.g. {@code parameters.n}; empty when the file as a whole is refused. */
    public String field() {
        return field;
    }
}
