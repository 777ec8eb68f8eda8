package org.tokensphere.app.viewmodel;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The recent preset files: newest first, each once, at most eight, kept in the store, gone files dropped. */
class RecentFilesTest {

    private static Path file(String name) {
        return Path.of("/presets", name).toAbsolutePath().normalize();
    }

    @Test
    void newestFirstEachOnceAtMostEight() {
        RecentFiles r = new RecentFiles(RecentFiles.memory(List.of()));
        for (int k = 0; k < 10; k++) {
            r.add(file("p" + k + ".json"));
        }
        assertEquals(RecentFiles.MAX, r.files().size());
        assertEquals(file("p9.json"), r.files().get(0));
        assertEquals(file("p2.json"), r.files().get(7), "the two oldest are dropped");
        r.add(file("p5.json"));
        assertEquals(file("p5.json"), r.files().get(0), "opening again moves it up");
        assertEquals(RecentFiles.MAX, r.files().size(), "listed once");
        r.add(Path.of("/presets/sub/../p5.json"));
        assertEquals(RecentFiles.MAX, r.files().size(), "the same file by another path is the same entry");
    }

    @Test
    void theListOutlivesTheSessionThroughItsStore() {
        RecentFiles.Store store = RecentFiles.memory(List.of());
        RecentFiles first = new RecentFiles(store);
        first.add(file("a.json"));
        first.add(file("b.json"));
        RecentFiles next = new RecentFiles(store);
        assertEquals(List.of(file("b.json"), file("a.json")), next.files());
        next.remove(file("b.json"));
        assertEquals(List.of(file("a.json")), new RecentFiles(store).files());
        next.clear();
        assertTrue(new RecentFiles(store).files().isEmpty());
    }

    @Test
    void aDamagedOrOverlongStoredListIsRepaired() {
        List<String> stored = new ArrayList<>();
        stored.add("bad\0path");
        for (int k = 0; k < 12; k++) {
            stored.add(file("q" + k + ".json").toString());
        }
        stored.add(file("q0.json").toString());
        RecentFiles r = new RecentFiles(RecentFiles.memory(stored));
        assertEquals(RecentFiles.MAX, r.files().size());
        assertEquals(file("q0.json"), r.files().get(0));
    }

    @Test
    void filesThatAreGoneAreDroppedAndNamed() {
        RecentFiles.Store store = RecentFiles.memory(List.of());
        RecentFiles r = new RecentFiles(store);
        r.add(file("kept.json"));
        r.add(file("gone.json"));
        r.add(file("also-gone.json"));
        Set<Path> present = Set.of(file("kept.json"));
        List<Path> dropped = r.dropMissing(present::contains);
        assertEquals(List.of(file("also-gone.json"), file("gone.json")), dropped);
        assertEquals(List.of(file("kept.json")), new RecentFiles(store).files(), "the store forgets them too");
        assertTrue(r.dropMissing(present::contains).isEmpty());
        assertFalse(r.remove(file("gone.json")));
    }
}
