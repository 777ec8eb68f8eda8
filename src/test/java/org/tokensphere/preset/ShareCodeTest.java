package org.tokensphere.preset;

import org.junit.jupiter.api.Test;

import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.HexFormat;
import java.util.zip.Deflater;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Share codes: every shipped preset survives the round trip with equal parameters and display options (the same
 * run bit for bit, checked on the command line in {@code ShareCommandTest}); codes are short and canonical; every
 * malformed code is refused with one line naming the problem, a compression bomb included.
 */
class ShareCodeTest {
    /** A code whose payload is {@code json} compressed as version 1 compresses it. */
    static String pack(String json) {
        byte[] packed = ShareCompression.deflate(json.getBytes(StandardCharsets.UTF_8), ShareCompression.DICTIONARY_V1);
        return "tokensphere:1:" + Base64.getUrlEncoder().withoutPadding().encodeToString(packed);
    }

    private static PresetException refused(String code) {
        PresetException e = assertThrows(PresetException.class, () -> ShareCode.decode(code));
        assertTrue(e.getMessage().startsWith("share code refused: "), e.getMessage());
        assertFalse(e.getMessage().contains("\n") || e.getMessage().contains("\r"), "one line: " + e.getMessage());
        assertTrue(e.getMessage().length() < 400, "short: " + e.getMessage());
        return e;
    }

    @Test
    void everyShippedPresetGivesBackItsRunAndTitleAndIsShortEnoughForASlide() {
        for (PresetLibrary.ShippedPreset s : PresetLibrary.shipped()) {
            Preset p = s.preset();
            String code = ShareCode.encode(p);
            assertTrue(code.startsWith("tokensphere:1:"), code);
            assertTrue(code.length() <= 200, s.name() + ": " + code.length() + " characters");
            Preset back = ShareCode.decode(code);
            assertEquals(p.toParams(), back.toParams(), s.name() + ": the same parameters, seed and starting points");
            assertEquals(p.parameters(), back.parameters(), s.name());
            assertEquals(p.display(), back.display(), s.name());
            assertEquals(p.title(), back.title(), s.name());
            assertEquals(p.duration(), back.duration(), s.name());
            assertEquals("", back.description(), "a code leaves the description out");
            assertEquals(code, ShareCode.encode(back), s.name() + ": canonical, the same code again");
            Preset viaLink = ShareCode.decode(ShareCode.link(code));
            assertEquals(back, viaLink, s.name() + ": the link form carries the same preset");
            assertEquals(back, ShareCode.decode("  " + code.replace("tokensphere", "TokenSphere") + "\n"),
                    "white space around a pasted code and the case of the scheme do not matter");
            assertEquals(back, ShareCode.decode(ShareCode.link(code) + "/"), "a trailing slash added to a link");
        }
    }

    @Test
    void aValueLeftOutOnlyWhenItsTextIsTheDefaults() {
        Preset p = Preset.from(org.tokensphere.model.Params.defaults().toBuilder().biasStrength(-0.0)
                .biasDirection(new double[] {0, 1, 0}).build(), "t", "d", 3, DisplayOptions.DEFAULT
                .withPalette(DisplayOptions.Palette.REDBLUE));
        String json = CanonicalPreset.json(p);
        assertEquals("{\"schema\":2,\"title\":\"t\",\"parameters\":{\"biasStrength\":-0.0,\"biasDirection\":"
                + "[0.0,1.0,0.0]},\"duration\":3.0,\"display\":{\"palette\":\"redblue\"}}", json);
        Preset back = ShareCode.decode(ShareCode.encode(p));
        assertEquals(p.toParams(), back.toParams());
        assertEquals(Double.doubleToRawLongBits(-0.0), Double.doubleToRawLongBits(back.parameters().biasStrength()));
        assertEquals(DisplayOptions.Palette.REDBLUE, back.display().palette());
    }

    @Test
    void theVersionOneDictionaryNeverChanges() throws Exception {
        byte[] hash = MessageDigest.getInstance("SHA-256").digest(ShareCompression.DICTIONARY_V1);
        assertEquals(DICTIONARY_SHA256, HexFormat.of().formatHex(hash),
                "changing the dictionary breaks every version-1 code: make a version 2 instead");
    }

    private static final String DICTIONARY_SHA256 = "630b8049123d946514ec6dfdc9a2f1db9790fc7b8e3ac9f58ee335bb86365ed7";

    @Test
    void refusesWhatIsNotACodeOrIsMalformed() {
        String good = ShareCode.encode(PresetLibrary.shipped("rqf"));
        String data = good.substring("tokensphere:1:".length());
        assertTrue(refused("x".repeat(ShareCode.MAX_LENGTH + 1)).getMessage()
                .contains("8193 characters, above the limit of 8192"));
        assertTrue(refused("tokensphere:1:" + "A".repeat(ShareCode.MAX_LENGTH)).getMessage().contains("above the limit"),
                "too long, refused by its length before decoding");
        assertTrue(refused("rqf").getMessage().contains("does not start with tokensphere:1:"));
        assertTrue(refused("tokensphere:one:" + data).getMessage().contains("with a version number"));
        assertTrue(refused("tokensphere:" + data).getMessage().contains("with a version number"));
        assertTrue(refused("tokensphere:2:" + data).getMessage().contains("version 2 is not known"));
        assertTrue(refused("tokensphere://7/" + data).getMessage().contains("version 7 is not known"));
        assertTrue(refused("tokensphere:1:").getMessage().contains("nothing after the version"));
        assertTrue(refused("tokensphere:1:" + data.substring(0, 10) + "+/=" + data.substring(10)).getMessage()
                .contains("bad base64: character 11 of the data is '+'"));
        assertTrue(refused("tokensphere:1:" + data.substring(0, 10) + " " + data.substring(10)).getMessage()
                .contains("bad base64: character 11 of the data is U+0020"));
        String oneTooMany = data + "A".repeat(((1 - data.length()) % 4 + 4) % 4);
        assertEquals(1, oneTooMany.length() % 4);
        assertTrue(refused("tokensphere:1:" + oneTooMany).getMessage().contains("cannot be base64"));
        assertTrue(refused("tokensphere:1:" + data.substring(0, data.length() / 8 * 4)).getMessage()
                .contains("ends too early"), "a code cut in half");
        assertTrue(refused("tokensphere:1:" + "_wAA" + data).getMessage().contains("damaged"), "not Deflate");
        byte[] extra = Base64.getUrlDecoder().decode(data);
        byte[] longer = java.util.Arrays.copyOf(extra, extra.length + 3);
        assertTrue(refused("tokensphere:1:" + Base64.getUrlEncoder().withoutPadding().encodeToString(longer))
                .getMessage().contains("3 bytes follow the end"));
        assertTrue(refused(pack("not json")).getMessage().contains("syntax error"));
        assertTrue(refused(pack("\"a single value\"")).getMessage().contains("a preset is a JSON object"));
    }

    @Test
    void everyPresetRuleAppliesAfterDecoding() {
        for (MalformedPresets.Bad b : MalformedPresets.all()) {
            PresetException e = refused(pack(b.json()));
            assertTrue(b.field().isEmpty() ? e.field().isEmpty() : e.field().startsWith(b.field()),
                    b.what() + ": field " + e.field() + " in " + e.getMessage());
            assertTrue(e.getMessage().contains(b.fragment()), b.what() + ": " + e.getMessage());
        }
    }

    /**
     * A code within the length limit whose payload is a valid preset padded with 4 MiB of spaces (JSON white space):
     * about 4 000 characters of code. Refused when inflating passes the preset limit of 1 MiB, not after.
     */
    @Test
    void aPayloadThatExpandsPastThePresetLimitIsRefused() {
        String json = "{\"schema\":2,\"title\":\"t\",\"duration\":1,\"parameters\":{}" + " ".repeat(4 << 20) + "}";
        String code = pack(json);
        assertTrue(code.length() <= ShareCode.MAX_LENGTH, code.length() + " characters");
        assertTrue(refused(code).getMessage().contains("expands to more than 1048576 bytes"));
        String justUnder = "{\"schema\":2,\"title\":\"t\",\"duration\":1,\"parameters\":{}"
                + " ".repeat((int) Limits.MAX_BYTES - 60) + "}";
        assertEquals("t", ShareCode.decode(pack(justUnder)).title(), "just under the limit is read");
    }

    /**
     * A compression bomb: 1 GiB of zeros in about 1 MB of Deflate. Built quickly: 1 MiB of zeros compressed and
     * fully flushed (which resets the compressor, so every further MiB compresses to the same bytes), repeated 1024
     * times, then the final block. Inflating it stops at the limit: the bytes this thread allocates while refusing
     * it stay below 8 MiB (the 1 MiB limit, the growing buffer's copies, the input).
     */
    @Test
    void aCompressionBombNeverExpandsBeyondTheLimit() {
        Deflater d = new Deflater(Deflater.BEST_COMPRESSION, true);
        byte[] mebibyte = flushed(d, new byte[1 << 20]);
        assertEquals(HexFormat.of().formatHex(mebibyte), HexFormat.of().formatHex(flushed(d, new byte[1 << 20])),
                "after a full flush the next MiB compresses to the same bytes");
        java.io.ByteArrayOutputStream bomb = new java.io.ByteArrayOutputStream();
        for (int k = 0; k < 1024; k++) {
            bomb.writeBytes(mebibyte);
        }
        d.finish();
        byte[] buf = new byte[64];
        while (!d.finished()) {
            bomb.write(buf, 0, d.deflate(buf));
        }
        d.end();
        byte[] packed = bomb.toByteArray();
        assertTrue(packed.length < 2 << 20, "1 GiB of zeros in " + packed.length + " bytes");
        assertEquals(1L << 30, inflatedSize(packed), "it is a bomb: 1 GiB when inflated without a limit");
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long id = Thread.currentThread().getId();
        long before = threads.getThreadAllocatedBytes(id);
        ShareCompression.Refused e = assertThrows(ShareCompression.Refused.class,
                () -> ShareCompression.inflate(packed, null, Limits.MAX_BYTES));
        long allocated = threads.getThreadAllocatedBytes(id) - before;
        assertTrue(e.getMessage().contains("expands to more than 1048576 bytes"), e.getMessage());
        assertTrue(allocated < 8L << 20, "allocated " + allocated + " bytes while refusing the bomb");
    }

    /** {@code input} compressed by {@code d} and fully flushed. */
    private static byte[] flushed(Deflater d, byte[] input) {
        d.setInput(input);
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        byte[] buf = new byte[1 << 16];
        int k;
        do {
            k = d.deflate(buf, 0, buf.length, Deflater.FULL_FLUSH);
            out.write(buf, 0, k);
        } while (k == buf.length || !d.needsInput());
        return out.toByteArray();
    }

    /** How many bytes {@code packed} inflates to, counted without keeping them. */
    private static long inflatedSize(byte[] packed) {
        java.util.zip.Inflater inf = new java.util.zip.Inflater(true);
        inf.setInput(packed);
        byte[] buf = new byte[1 << 16];
        long total = 0;
        try {
            while (!inf.finished()) {
                total += inf.inflate(buf);
            }
        } catch (java.util.zip.DataFormatException e) {
            throw new AssertionError(e);
        } finally {
            inf.end();
        }
        return total;
    }
}
