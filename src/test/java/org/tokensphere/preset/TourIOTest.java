package org.tokensphere.preset;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Tours load by the presets' rules: the shipped ones load, malformed ones are refused with a line naming the field. */
class TourIOTest {
    /** A tour with one step whose fields are {@code step} (JSON members) and top-level members {@code rest}. */
    static String tour(String step, String rest) {
        return "{\"schema\": 1, \"title\": \"T\", \"steps\": [{\"title\": \"s\", \"narration\": \"n\", \"source\": "
                + "\"Engel & Shalova (2026), §1\"" + (step.isEmpty() ? "" : ", " + step) + "}]"
                + (rest.isEmpty() ? "" : ", " + rest) + "}";
    }

    record Bad(String what, String json, String field, String fragment) {
    }

    static List<Bad> malformed() {
        return List.of(
            new Bad("unknown top-level field", tour("\"preset\": \"rqf\"", "\"script\": 1"), "script",
                    "unknown field 'script' at the top level"),
            new Bad("unknown step field", tour("\"preset\": \"rqf\", \"colour\": \"red\"", ""), "steps[0].colour",
                    "unknown field 'colour' at steps[0]"),
            new Bad("missing preset", tour("\"preset\": \"nosuch\"", ""), "steps[0].preset",
                    "there is no shipped preset 'nosuch'"),
            new Bad("neither preset nor parameters", tour("", ""), "steps[0].preset", "names a shipped preset"),
            new Bad("unknown parameter", tour("\"parameters\": {\"sigmaZ\": 1}", ""), "steps[0].parameters.sigmaZ",
                    "unknown parameter"),
            new Bad("parameter out of range", tour("\"parameters\": {\"sigmaQ\": 25}", ""),
                    "steps[0].parameters.sigmaQ", "out of range"),
            new Bad("parameter of the wrong kind", tour("\"parameters\": {\"n\": {\"a\": 1}}", ""),
                    "steps[0].parameters.n", "expected a number or text"),
            new Bad("positions file", tour("\"parameters\": {\"file\": \"/etc/passwd\"}", ""),
                    "steps[0].parameters.file", "unknown parameter"),
            new Bad("init from a file", tour("\"parameters\": {\"init\": \"file\"}", ""), "steps[0].parameters.init",
                    "cannot start from a positions file"),
            new Bad("question without a time", tour("\"preset\": \"rqf\", \"question\": {\"ask\": \"a\", "
                    + "\"answer\": \"b\"}", ""), "steps[0].question.after", "expected a number"),
            new Bad("bad highlight", tour("\"preset\": \"rqf\", \"highlight\": \"chart:pie\"", ""),
                    "steps[0].highlight", "is not a control or chart"),
            new Bad("bad speed", tour("\"preset\": \"rqf\", \"display\": {\"speed\": 0}", ""),
                    "steps[0].display.speed", "out of range (0, 100]"),
            new Bad("step without narration", "{\"schema\": 1, \"title\": \"T\", \"steps\": [{\"title\": \"s\", "
                    + "\"source\": \"x\", \"preset\": \"rqf\"}]}", "steps[0].narration", "missing field 'narration'"),
            new Bad("no steps", "{\"schema\": 1, \"title\": \"T\", \"steps\": []}", "steps", "at least one step"),
            new Bad("step not an object", "{\"schema\": 1, \"title\": \"T\", \"steps\": [5]}", "steps[0]",
                    "expected an object"),
            new Bad("null", tour("\"preset\": null", ""), "steps[0].preset", "null is not allowed"),
            new Bad("newer schema", tour("\"preset\": \"rqf\"", "").replace("\"schema\": 1", "\"schema\": 2"),
                    "schema", "schema = 2 is not supported"),
            new Bad("a preset, not a tour", MalformedPresets.preset("", ""), "steps", "is a preset, not a tour"),
            new Bad("too many steps", "{\"schema\": 1, \"title\": \"T\", \"steps\": ["
                    + String.join(",", java.util.Collections.nCopies(61, "{}")) + "]}", "steps", "at most 60"));
    }

    @Test
    void everyShippedTourLoadsWithASourceForEveryStep() {
        assertEquals(List.of("common-noise", "attention"),
                TourLibrary.shipped().stream().map(TourLibrary.ShippedTour::name).toList());
        Tour rqf = TourLibrary.shipped("common-noise");
        assertEquals("Synchronization by common noise", rqf.title());
        assertEquals(8, rqf.steps().size());
        assertEquals("How attention clusters tokens", TourLibrary.shipped("attention").title());
        for (TourLibrary.ShippedTour s : TourLibrary.shipped()) {
            for (TourStep step : s.tour().steps()) {
                assertTrue(step.source().matches(".*(Engel & Shalova \\(2026\\)|Rigollet \\(2025\\)), .*"),
                        s.name() + ": '" + step.title() + "' cites a paper by its authors and a section: "
                                + step.source());
                assertFalse(step.source().contains("paper 2") || step.narration().contains("paper 2"), step.title());
                assertFalse(step.narration().contains("shared"), step.title());
            }
        }
    }

    @Test
    void aTourSurvivesBeingWrittenAndReadAgain() {
        for (TourLibrary.ShippedTour s : TourLibrary.shipped()) {
            assertEquals(s.tour(), TourIO.parse(TourIO.toJson(s.tour())), s.name());
        }
    }

    @Test
    void malformedToursAreRefusedWithALineNamingTheField() {
        for (Bad b : malformed()) {
            PresetException e = assertThrows(PresetException.class, () -> TourIO.parse(b.json()), b.what());
            assertEquals(b.field(), e.field(), b.what() + ": " + e.getMessage());
            assertTrue(e.getMessage().contains(b.fragment()), b.what() + ": " + e.getMessage());
            assertFalse(e.getMessage().contains("\n"), b.what() + ": one line");
        }
    }

    @Test
    void anOversizeTourIsRefusedByItsSizeBeforeItIsRead(@TempDir Path dir) throws IOException {
        Path big = dir.resolve("big.json");
        Files.write(big, new byte[(int) Limits.MAX_BYTES + 1]);
        PresetException e = assertThrows(PresetException.class, () -> TourIO.load(big));
        assertTrue(e.getMessage().startsWith("tour refused: the file is 1048577 bytes"), e.getMessage());
        byte[] more = new byte[(int) Limits.MAX_BYTES + 10];
        e = assertThrows(PresetException.class, () -> TourIO.load(new ByteArrayInputStream(more)));
        assertTrue(e.getMessage().contains("more than 1048576 bytes"), e.getMessage());
        assertThrows(PresetException.class, () -> TourIO.load(dir.resolve("missing.json")));
    }
}
