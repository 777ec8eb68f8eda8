package org.tokensphere.app.figure;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tokensphere.model.ParamParser;
import org.tokensphere.model.Params;
import org.tokensphere.preset.DisplayOptions;
import org.tokensphere.preset.Preset;
import org.tokensphere.preset.PresetLibrary;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import java.awt.image.BufferedImage;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Figures are real vector files of the size asked for: the SVG parses as XML with one circle per token and one
 * path per curve, the PDF opens with PDFBox with a page of the size asked for and no font to embed (text is
 * outlined), the PNG has the pixels the size and dpi make; a bad path is refused and leaves nothing behind.
 */
class FigureFilesTest {
    private static final int N = 40;
    private static FigureData data;
    private static final List<FigurePanel> ALL = FigurePanel.parse("sphere,pairs,order,histogram,lyapunov,clusters");

    @BeforeAll
    static void simulate() {
        Preset rqf = PresetLibrary.shipped("rqf");
        Params p = ParamParser.parse(rqf.toParams(), List.of("n=" + N));
        data = FigureData.simulate(p, rqf.display(), 2, rqf.title());
    }

    private static FigureSpec spec(String size, Path out) {
        double[] wh = FigureSpec.parseSize(size);
        return new FigureSpec(ALL, wh[0], wh[1], 100, out);
    }

    @Test
    void svgParsesAsXmlWithOneCirclePerTokenAndOnePathPerCurve(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("fig.svg");
        FigureFiles.write(data, spec("7x3in", out));
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        Document doc = f.newDocumentBuilder().parse(out.toFile());
        Element svg = doc.getDocumentElement();
        assertEquals("504.0pt", svg.getAttribute("width"));
        assertEquals("216.0pt", svg.getAttribute("height"));
        int circles = 0;
        NodeList groups = doc.getElementsByTagNameNS("*", "g");
        for (int k = 0; k < groups.getLength(); k++) {
            Element g = (Element) groups.item(k);
            if (g.getAttribute("id").startsWith("tokens")) {
                NodeList dots = g.getElementsByTagNameNS("*", "ellipse");
                for (int i = 0; i < dots.getLength(); i++) {
                    Element e = (Element) dots.item(i);
                    assertEquals(e.getAttribute("rx"), e.getAttribute("ry"), "a circle");
                    circles++;
                }
            }
        }
        assertEquals(N, circles, "one circle per token");
        // Three traced pairs; r, S and the two pair fractions; the estimate, its band and −2σ_Q²; the clusters.
        assertEquals(3, count(doc, "curve-pairs-"));
        assertEquals(4, count(doc, "curve-order-"));
        assertEquals(4, count(doc, "curve-lyapunov-"));
        assertEquals(1, count(doc, "curve-clusters-"));
        assertEquals(0, doc.getElementsByTagNameNS("*", "text").getLength(), "text is drawn as outlines");
    }

    @Test
    void thePaletteChosenColoursTheTokensAndTheCurves(@TempDir Path dir) throws Exception {
        Preset rqf = PresetLibrary.shipped("rqf");
        Params p = ParamParser.parse(rqf.toParams(), List.of("n=" + N));
        DisplayOptions d = rqf.display();
        DisplayOptions byPole = new DisplayOptions(d.camera(), DisplayOptions.Colouring.POLE, d.palette(), d.trails(),
                d.projection(), d.autoRotate(), d.pairs(), d.speed());
        // Okabe–Ito vermillion and blue by default; the original red (#e4572e) and blue (#2e6fab) as the option.
        String[][] expected = {{"rgb(213,94,0)", "rgb(0,114,178)"}, {"rgb(228,87,46)", "rgb(46,111,171)"}};
        DisplayOptions.Palette[] palettes = {DisplayOptions.Palette.COLOURBLIND, DisplayOptions.Palette.REDBLUE};
        for (int k = 0; k < 2; k++) {
            Path out = dir.resolve("fig-" + k + ".svg");
            FigureData fd = FigureData.simulate(p, byPole.withPalette(palettes[k]), 1, rqf.title());
            double[] wh = FigureSpec.parseSize("7x3in");
            FigureFiles.write(fd, new FigureSpec(FigurePanel.parse("sphere,order"), wh[0], wh[1], 100, out));
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setNamespaceAware(true);
            Document doc = f.newDocumentBuilder().parse(out.toFile());
            int front = 0;
            int inPoleColour = 0;
            NodeList all = doc.getElementsByTagNameNS("*", "*");
            for (int i = 0; i < all.getLength(); i++) {
                Element e = (Element) all.item(i);
                if (e.getAttribute("id").equals("tokens-front")) { // the far side is shown faded
                    NodeList dots = e.getElementsByTagNameNS("*", "ellipse");
                    for (int j = 0; j < dots.getLength(); j++) {
                        String style = ((Element) dots.item(j)).getAttribute("style");
                        front++;
                        if (style.contains("fill:" + expected[k][0]) || style.contains("fill:" + expected[k][1])) {
                            inPoleColour++;
                        }
                    }
                }
                if (e.getAttribute("id").equals("curve-order-0")) {
                    assertTrue(e.getAttribute("style").contains("stroke:" + expected[k][0]), palettes[k] + ": polar r");
                }
            }
            // Every token in front is in a pole colour except the six of the three traced pairs (pair colours).
            assertTrue(front > 0 && inPoleColour >= front - 6, palettes[k] + ": " + inPoleColour + " of " + front);
            String text = Files.readString(out);
            for (String other : expected[1 - k]) {
                assertFalse(text.contains(other), palettes[k] + " holds " + other + " of the other palette");
            }
        }
    }

    /** Curves with ids starting {@code idPrefix}: each one path (in a group carrying its id and clip). */
    private static int count(Document doc, String idPrefix) {
        int c = 0;
        NodeList all = doc.getElementsByTagNameNS("*", "*");
        for (int k = 0; k < all.getLength(); k++) {
            Element e = (Element) all.item(k);
            if (e.getAttribute("id").startsWith(idPrefix)) {
                NodeList paths = e.getLocalName().equals("path") ? null : e.getElementsByTagNameNS("*", "path");
                assertTrue(paths == null || paths.getLength() == 1, idPrefix + ": one path per curve");
                c++;
            }
        }
        return c;
    }

    @Test
    void pdfOpensWithPdfBoxWithThePageSizeAskedFor(@TempDir Path dir) throws Exception {
        for (String size : List.of("7x3in", "18x8cm")) {
            Path out = dir.resolve("fig.pdf");
            FigureSpec spec = spec(size, out);
            FigureFiles.write(data, spec);
            try (PDDocument doc = Loader.loadPDF(out.toFile())) {
                assertEquals(1, doc.getNumberOfPages());
                PDPage page = doc.getPage(0);
                PDRectangle box = page.getMediaBox();
                assertEquals(spec.widthPt(), box.getWidth(), 0.01, size);
                assertEquals(spec.heightPt(), box.getHeight(), 0.01, size);
                assertEquals("", new PDFTextStripper().getText(doc).strip(), "no text objects: glyphs are outlines");
                assertEquals(data.title(), doc.getDocumentInformation().getTitle());
            }
        }
        assertEquals(7 * 72, FigureSpec.parseSize("7x3in")[0], 1e-9);
        assertEquals(8 / 2.54 * 72, FigureSpec.parseSize("18x8cm")[1], 1e-9);
    }

    @Test
    void pngHasThePixelsOfItsSizeAndDpi(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("fig.png");
        FigureFiles.write(data, spec("7x3in", out));
        BufferedImage img = ImageIO.read(out.toFile());
        assertEquals(700, img.getWidth());
        assertEquals(300, img.getHeight());
    }

    @Test
    void aBadPathIsRefusedNamingItAndAnExistingFileStaysAsItWas(@TempDir Path dir) throws Exception {
        Path missing = dir.resolve("no-such-folder").resolve("fig.svg");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> FigureFiles.write(data, spec("7x3in", missing)));
        assertTrue(e.getMessage().contains("does not exist"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> spec("7x3in", dir.resolve("fig.txt")));
        assertThrows(IllegalArgumentException.class, () -> FigureSpec.parseSize("7x3"));
        assertThrows(IllegalArgumentException.class, () -> spec("70x3in", dir.resolve("fig.pdf")));
        Path existing = dir.resolve("keep.svg");
        Files.writeString(existing, "old");
        File folder = dir.toFile();
        assertTrue(folder.setWritable(false));
        try {
            if (!Files.isWritable(dir)) { // root can write anyway: then there is nothing to check
                assertThrows(IllegalArgumentException.class, () -> FigureFiles.write(data, spec("7x3in", existing)));
                assertEquals("old", Files.readString(existing));
            }
        } finally {
            assertTrue(folder.setWritable(true));
        }
        try (var files = Files.list(dir)) {
            assertTrue(files.noneMatch(p -> p.getFileName().toString().endsWith(".part")), "no temporary file left");
        }
    }
}
