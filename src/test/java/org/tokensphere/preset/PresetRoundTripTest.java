package org.tokensphere.preset;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tokensphere.model.AttentionKind;
import org.tokensphere.model.InitKind;
import org.tokensphere.model.InitialState;
import org.tokensphere.model.MatrixSpec;
import org.tokensphere.model.Mode;
import org.tokensphere.model.Params;
import org.tokensphere.model.Scheme;
import org.tokensphere.model.Simulation;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Saving a run as a preset and loading it again gives the same parameters, hence the same run bit for bit. */
class PresetRoundTripTest {
    private static final DisplayOptions DISPLAY = new DisplayOptions(new DisplayOptions.Camera(-45.5, 12.25, 3),
            DisplayOptions.Colouring.CLUSTER, new DisplayOptions.Trails(true, 2.5), DisplayOptions.Projection.PCA, true,
            List.of(List.of(0, 3), List.of(2, 1)), 0.3);

    /** Runs that switch on every kind of term, with awkward numbers (unnormalized directions, 1/3, π). */
    static List<Params> runs() {
        Params base = Params.defaults();
        return List.of(
            base,
            base.toBuilder().mode(Mode.MIXED).n(40).biasStrength(1.0 / 3).biasDirection(1, 2, 3).sigmaB(0.7)
                    .matrix(MatrixSpec.explicit(1, 0.1, Math.PI, 0.1, -2, 0.3, Math.PI, 0.3, 0.5)).seed(-7).build(),
            base.toBuilder().d(5).n(30).sharing(0.5).tau(0.37).sigmaInd(0.2).scheme(Scheme.HEUN).dt(0.003)
                    .init(new InitialState(InitKind.PAIR, -0.3, 0.5, null, 3)).seed(Long.MAX_VALUE).build(),
            base.toBuilder().n(25).sigmaQ(0.5).attention(AttentionKind.SA).alpha(1.5).beta(7.25).sigmaInd(0.1)
                    .init(InitialState.of(InitKind.CAP).withCapAngle(1.1)).seed(Long.MIN_VALUE).build(),
            base.toBuilder().d(4).n(6).mode(Mode.DETERMINISTIC).matrix(MatrixSpec.diagonal(0.1, 0.2, -0.3, 1e-7))
                    .init(InitialState.points(new double[] {1, 2, 3, 4, -1, 0, 0, 1e-3})).build(),
            base.toBuilder().d(2).n(12).sigmaQ(0).attention(AttentionKind.USA).beta(0).accuracy(0.003)
                    .init(InitialState.of(InitKind.CIRCLE).nextVariant()).build());
    }

    @Test
    void savedAndLoadedParametersAreEqualAndTheRunIsBitIdentical(@TempDir Path dir) {
        int k = 0;
        for (Params p : runs()) {
            Path file = dir.resolve("run" + k++ + ".json");
            Preset saved = Preset.from(p, "Run " + k, "Saved from the app.", 2.5, DISPLAY);
            PresetIO.save(saved, file);
            Preset loaded = PresetIO.load(file);
            assertEquals(saved, loaded);
            assertEquals(p, loaded.toParams(), "the same parameters: " + p);
            assertEquals(p.toString(), loaded.toParams().toString());
            try (Simulation a = new Simulation(p, 1); Simulation b = new Simulation(loaded.toParams(), 2)) {
                for (int step = 0; step < 40; step++) {
                    a.step();
                    b.step();
                }
                assertArrayEquals(a.positions(), b.positions(), "bit-identical positions after 40 steps: " + p);
                assertEquals(a.time(), b.time());
            }
        }
    }

    @Test
    void theJsonTextIsStableAndKeepsEveryBitOfEveryNumber() {
        Random rng = new Random(20240607);
        for (int trial = 0; trial < 300; trial++) {
            int d = 2 + rng.nextInt(6);
            double[] dir = new double[d];
            for (int i = 0; i < d; i++) {
                dir[i] = rng.nextGaussian() * Math.pow(10, rng.nextInt(7) - 3);
            }
            Params p = Params.defaults().toBuilder().d(d).n(2 + rng.nextInt(500)).mode(Mode.MIXED)
                    .sigmaQ(rng.nextDouble() * 20).sigmaB(rng.nextDouble()).biasStrength(rng.nextDouble() * 3)
                    .biasDirection(dir).sharing(rng.nextDouble()).tau(rng.nextDouble()).alpha(rng.nextDouble())
                    .beta(rng.nextDouble() * 100).sigmaInd(rng.nextDouble() * 1e-3).dt(rng.nextDouble() * 0.1)
                    .accuracy(1e-4 + rng.nextDouble() * 0.1).matrix(MatrixSpec.goe(rng.nextLong()))
                    .seed(rng.nextLong()).build();
            String json = PresetIO.toJson(Preset.from(p, "t", "", 1 + rng.nextDouble(), null));
            Preset back = PresetIO.parse(json);
            assertEquals(p, back.toParams(), "trial " + trial);
            assertArrayEquals(p.biasDirection(), back.toParams().biasDirection());
            assertEquals(json, PresetIO.toJson(back), "the same text again");
        }
    }

    @Test
    void theFileHasAStableFieldOrderAndIsReadableByOthers(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("p.json");
        PresetIO.save(PresetLibrary.shipped("rqf"), file);
        String text = Files.readString(file);
        List<String> order = List.of("\"schema\"", "\"title\"", "\"description\"", "\"parameters\"", "\"d\"", "\"n\"",
                "\"mode\"", "\"sigmaQ\"", "\"sigmaB\"", "\"biasStrength\"", "\"biasDirection\"", "\"sigmaInd\"",
                "\"sharing\"", "\"tau\"", "\"attention\"", "\"norm\"", "\"alpha\"", "\"beta\"", "\"gamma\"", "\"dt\"",
                "\"accuracy\"", "\"delta\"", "\"scheme\"",
                "\"matrix\"", "\"init\"", "\n    \"seed\"", "\"duration\"", "\"display\"", "\"camera\"", "\"colouring\"",
                "\"trails\"", "\"projection\"", "\"autoRotate\"", "\"pairs\"", "\"speed\"");
        int[] at = order.stream().mapToInt(text::indexOf).toArray();
        for (int i = 1; i < at.length; i++) {
            assertTrue(at[i] > at[i - 1], order.get(i) + " after " + order.get(i - 1) + ": " + Arrays.toString(at));
        }
        assertTrue(text.startsWith("{\n  \"schema\": 2,\n  \"title\": "), text);
        assertTrue(text.contains("\"mode\": \"random\""), "enums in lower case");
        if (Files.getFileAttributeView(file, java.nio.file.attribute.PosixFileAttributeView.class) != null) {
            assertEquals("rw-r--r--", java.nio.file.attribute.PosixFilePermissions.toString(
                    Files.getPosixFilePermissions(file)), "a file to share");
        }
    }
}
