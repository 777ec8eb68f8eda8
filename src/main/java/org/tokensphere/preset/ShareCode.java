package org.tokensphere.preset;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Locale;

/**
 * A run in one line: {@code tokensphere:1:} followed by the base64url (no padding) of the raw-Deflate-compressed
 * {@link CanonicalPreset canonical} preset JSON — its parameters (seed and starting-point draw included), duration,
 * title and display options; not its description. The link form {@code tokensphere://1/…} carries the same
 * payload. A code gives exactly the run its preset gives, bit for bit.
 *
 * <p>A code is untrusted input. Decoding refuses, each time with one line naming the problem: a text over
 * {@link #MAX_LENGTH} characters (before decoding anything), one that is not a code, an unknown version, bad
 * base64, damaged or incomplete compressed data, and a payload that would expand past the preset limit
 * ({@link Limits#MAX_BYTES}; inflating stops there). The payload then passes every rule of {@link PresetIO}.
 */
public final class ShareCode {
    /** The scheme, also the start of every code. */
    public static final String SCHEME = "tokensphere";
    /** The version this code writes and reads. */
    public static final int VERSION = 1;
    /** The longest code or link accepted, in characters (about 6 KB of compressed preset). */
    public static final int MAX_LENGTH = 8192;

    private static final String CODE_PREFIX = SCHEME + ":" + VERSION + ":";
    private static final String LINK_PREFIX = SCHEME + "://" + VERSION + "/";
    private static final String REFUSED = "share code refused: ";

    private ShareCode() {
    }

    /** The code of {@code preset}: {@code tokensphere:1:…}. */
    public static String encode(Preset preset) {
        byte[] json = CanonicalPreset.json(preset).getBytes(StandardCharsets.UTF_8);
        byte[] packed = ShareCompression.deflate(json, ShareCompression.DICTIONARY_V1);
        String code = CODE_PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(packed);
        if (code.length() > MAX_LENGTH) {
            throw new PresetException("", "this run does not fit in a share code: it would be " + code.length()
                    + " characters, above the limit of " + MAX_LENGTH + " (share the preset file instead)");
        }
        return code;
    }

    /** The link form of {@code code} (a code or a link): {@code tokensphere://1/…}. */
    public static String link(String code) {
        Parts p = split(code);
        return SCHEME + "://" + p.version + "/" + p.payload;
    }

    /** The code form of {@code codeOrLink}: {@code tokensphere:1:…}. */
    public static String code(String codeOrLink) {
        Parts p = split(codeOrLink);
        return SCHEME + ":" + p.version + ":" + p.payload;
    }

    /** True when {@code text} is meant as a code or link (it starts with {@code tokensphere:}, in any case). */
    public static boolean isCode(String text) {
        String s = text.strip();
        return s.regionMatches(true, 0, SCHEME + ":", 0, SCHEME.length() + 1);
    }

    /**
     * The preset of a code or link (surrounding white space ignored); a {@link PresetException} with one line
     * naming the problem when it is refused.
     */
    public static Preset decode(String text) {
        Parts p = split(text);
        if (!p.version.equals(String.valueOf(VERSION))) {
            throw refuse("version " + p.version + " is not known (this TokenSphere reads version " + VERSION
                    + "; a newer TokenSphere may read it)");
        }
        byte[] packed = base64(p.payload);
        byte[] json;
        try {
            json = ShareCompression.inflate(packed, ShareCompression.DICTIONARY_V1, Limits.MAX_BYTES);
        } catch (ShareCompression.Refused e) {
            throw refuse(e.getMessage());
        }
        try {
            return PresetIO.parse(json);
        } catch (PresetException e) {
            throw new PresetException(e.field(), REFUSED + e.getMessage());
        }
    }

    private record Parts(String version, String payload) {
    }

    /** Version and payload of a code or link; refuses a text that is too long or not of either form. */
    private static Parts split(String text) {
        if (text.length() > MAX_LENGTH) {
            throw refuse("it is " + text.length() + " characters, above the limit of " + MAX_LENGTH);
        }
        String s = text.strip();
        if (!isCode(s)) {
            throw refuse("it does not start with " + CODE_PREFIX + " (or " + LINK_PREFIX + ")");
        }
        String rest = s.substring(SCHEME.length() + 1);
        int cut;
        String version;
        if (rest.startsWith("//")) {
            rest = rest.endsWith("/") ? rest.substring(0, rest.length() - 1) : rest;
            cut = rest.indexOf('/', 2);
            version = cut < 0 ? "" : rest.substring(2, cut);
        } else {
            cut = rest.indexOf(':');
            version = cut < 0 ? "" : rest.substring(0, cut);
        }
        if (version.isEmpty() || version.length() > 9 || !version.chars().allMatch(c -> c >= '0' && c <= '9')) {
            throw refuse("expected " + CODE_PREFIX + "… or " + LINK_PREFIX + "…, with a version number, got "
                    + shown(s));
        }
        return new Parts(version.replaceFirst("^0+(?=.)", ""), rest.substring(cut + 1));
    }

    /** The bytes of base64url text, refusing any other character with its position. */
    private static byte[] base64(String payload) {
        if (payload.isEmpty()) {
            throw refuse("there is nothing after the version");
        }
        for (int i = 0; i < payload.length(); i++) {
            char c = payload.charAt(i);
            boolean ok = c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '-' || c == '_';
            if (!ok) {
                throw refuse("bad base64: character " + (i + 1) + " of the data is " + shownChar(c)
                        + " (a code holds only A-Z a-z 0-9 - _)");
            }
        }
        if (payload.length() % 4 == 1) {
            throw refuse("bad base64: " + payload.length() + " characters cannot be base64 (a character is "
                    + "missing or one too many)");
        }
        return Base64.getUrlDecoder().decode(payload);
    }

    private static String shownChar(char c) {
        return Character.isISOControl(c) || Character.isWhitespace(c)
                ? String.format(Locale.ROOT, "U+%04X", (int) c) : "'" + c + "'";
    }

    /** The start of an untrusted text for a message: one line, at most 40 characters. */
    private static String shown(String s) {
        String cut = s.length() > 40 ? s.substring(0, 37) + "..." : s;
        return "'" + cut.replaceAll("\\p{Cntrl}", "?") + "'";
    }

    private static PresetException refuse(String why) {
        return new PresetException("", REFUSED + why);
    }
}
