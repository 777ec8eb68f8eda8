package org.tokensphere.preset;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.zip.DataFormatException;
import java.util.zip.Deflater;
import java.util.zip.Inflater;

/**
 * The compression of share codes: raw Deflate (RFC 1951, no zlib header or checksum: a code is short and its
 * preset is checked field by field anyway) at the highest level, primed with a fixed dictionary of the words
 * presets are made of. Inflating stops at a limit, so a small code cannot expand into more than that.
 */
final class ShareCompression {
    /**
     * The dictionary of version 1: text that canonical presets repeat (field names, enum values, structure). It is
     * part of the format: changing a byte of it breaks every version-1 code (a test pins its hash).
     */
    static final byte[] DICTIONARY_V1 = ("{\"schema\":2,\"title\":\"\",\"parameters\":{\"d\":3,\"n\":300,\"mode\":"
            + "\"random\",\"deterministic\",\"mixed\",\"sigmaQ\":1.0,\"sigmaB\":0.0,\"biasStrength\":0.0,"
            + "\"biasDirection\":[0.0,0.0,1.0],\"sigmaInd\":0.0,\"sharing\":1.0,\"tau\":0.0,\"attention\":\"none\","
            + "\"sa\",\"usa\",\"norm\":\"post\",\"pre\",\"peri\",\"alpha\":1.0,\"beta\":1.0,\"gamma\":0.0,\"dt\":0.0,"
            + "\"accuracy\":0.01,\"delta\":0.01,\"scheme\":\"auto\",\"splitting\",\"heun\",\"matrix\":{\"kind\":"
            + "\"goe\",\"diagonal\",\"explicit\",\"values\":[],\"seed\":1},\"init\":{\"kind\":\"uniform\",\"cap\","
            + "\"circle\",\"pair\",\"equiangular\",\"points\":[[]],\"rho0\":0.5,\"capAngle\":0.5,\"variant\":0},"
            + "\"seed\":1},\"duration\":10.0,\"display\":{\"camera\":{\"azimuth\":30.0,\"elevation\":20.0,"
            + "\"distance\":4.0},\"colouring\":\"pole\",\"initial\",\"cluster\",\"palette\":\"redblue\",\"trails\":"
            + "{\"on\":true,\"seconds\":1.0},\"projection\":\"first3\",\"pca\",\"autoRotate\":true,\"pairs\":"
            + "[[0,1],[2,3],[4,5]],\"speed\":1.0}}").getBytes(StandardCharsets.US_ASCII);

    /** What inflating found wrong. */
    static final class Refused extends Exception {
        Refused(String message) {
            super(message);
        }
    }

    private ShareCompression() {
    }

    /** {@code data} deflated with {@code dictionary} (null: none). */
    static byte[] deflate(byte[] data, byte[] dictionary) {
        Deflater d = new Deflater(Deflater.BEST_COMPRESSION, true);
        try {
            if (dictionary != null) {
                d.setDictionary(dictionary);
            }
            d.setInput(data);
            d.finish();
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            byte[] buf = new byte[4096];
            while (!d.finished()) {
                out.write(buf, 0, d.deflate(buf));
            }
            return out.toByteArray();
        } finally {
            d.end();
        }
    }

    /**
     * {@code data} inflated with {@code dictionary}; refused when it would pass {@code limit} bytes (inflating
     * stops there: at most {@code limit} plus one buffer is ever held), when it is damaged or incomplete, or when
     * bytes follow the end of the compressed stream.
     */
    static byte[] inflate(byte[] data, byte[] dictionary, long limit) throws Refused {
        Inflater inf = new Inflater(true);
        try {
            if (dictionary != null) {
                inf.setDictionary(dictionary);
            }
            inf.setInput(data);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            byte[] buf = new byte[8192];
            while (!inf.finished()) {
                int k = inf.inflate(buf);
                if (k == 0 && (inf.needsInput() || inf.needsDictionary())) {
                    throw new Refused("the compressed data ends too early (is the code complete?)");
                }
                if (out.size() + (long) k > limit) {
                    throw new Refused("it expands to more than " + limit + " bytes, the limit of a preset");
                }
                out.write(buf, 0, k);
            }
            if (inf.getRemaining() > 0) {
                throw new Refused(inf.getRemaining() + " bytes follow the end of the compressed data");
            }
            return out.toByteArray();
        } catch (DataFormatException e) {
            throw new Refused("the compressed data is damaged (" + e.getMessage() + ")");
        } finally {
            inf.end();
        }
    }
}
