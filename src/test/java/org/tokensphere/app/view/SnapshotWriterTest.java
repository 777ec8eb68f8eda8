package org.tokensphere.app.view;

import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxToolkit;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Snapshots are written whole or not at all, and problems are said plainly. */
class SnapshotWriterTest {
    @TempDir
    Path dir;

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    private static WritableImage image(Color c) {
        WritableImage img = new WritableImage(8, 6);
        for (int y = 0; y < 6; y++) {
            for (int x = 0; x < 8; x++) {
                img.getPixelWriter().setColor(x, y, c);
            }
        }
        return img;
    }

    @Test
    void writesAPngAndReplacesAnOldOneLeavingNoTemporaryFile() throws Exception {
        Path target = dir.resolve("sphere.png");
        SnapshotWriter.writePng(image(Color.RED), target);
        SnapshotWriter.writePng(image(Color.BLUE), target);
        BufferedImage back = ImageIO.read(target.toFile());
        assertEquals(8, back.getWidth());
        assertEquals(0x0000FF, back.getRGB(3, 3) & 0xFFFFFF);
        try (var files = Files.list(dir)) {
            assertEquals(1, files.count(), "no .part file left behind");
        }
    }

    @Test
    void aMissingOrUnusableFolderGivesAClearMessage() throws Exception {
        IllegalArgumentException missing = assertThrows(IllegalArgumentException.class,
                () -> SnapshotWriter.writePng(image(Color.RED), dir.resolve("no/such/folder/a.png")));
        assertTrue(missing.getMessage().contains("does not exist"), missing.getMessage());
        Path file = Files.writeString(dir.resolve("plain.txt"), "x");
        IllegalArgumentException notFolder = assertThrows(IllegalArgumentException.class,
                () -> SnapshotWriter.writePng(image(Color.RED), file.resolve("a.png")));
        assertTrue(notFolder.getMessage().startsWith("cannot write"), notFolder.getMessage());
        Path existing = dir.resolve("keep.png");
        SnapshotWriter.writePng(image(Color.LIME), existing);
        Path asDir = Files.createDirectory(dir.resolve("taken.png"));
        IllegalArgumentException overDir = assertThrows(IllegalArgumentException.class,
                () -> SnapshotWriter.writePng(image(Color.RED), asDir));
        assertTrue(overDir.getMessage().contains("taken.png"), overDir.getMessage());
        assertEquals(0x00FF00, ImageIO.read(existing.toFile()).getRGB(0, 0) & 0xFFFFFF, "the earlier picture is unchanged");
    }

    /** The encoder's progress goes from 0 to 1 without going back, with steps in between for a large image. */
    @Test
    void progressRisesFromZeroToOne() throws Exception {
        WritableImage big = new WritableImage(1200, 900);
        List<Double> seen = new ArrayList<>();
        SnapshotWriter.writePng(big, dir.resolve("big.png"), seen::add);
        assertEquals(0.0, seen.get(0));
        assertEquals(1.0, seen.get(seen.size() - 1));
        for (int k = 1; k < seen.size(); k++) {
            assertTrue(seen.get(k) >= seen.get(k - 1), "never back: " + seen);
        }
        assertTrue(seen.stream().anyMatch(v -> v > 0.2 && v < 0.8), "steps in between: " + seen);
        assertEquals(1200, ImageIO.read(dir.resolve("big.png").toFile()).getWidth());
    }
}
