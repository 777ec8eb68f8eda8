package org.tokensphere.app.figure;

import de.rototor.pdfbox.graphics2d.PdfBoxGraphics2D;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.jfree.svg.SVGGraphics2D;
import org.jfree.svg.SVGHints;
import org.jfree.svg.SVGUnits;
import org.jfree.svg.ViewBox;
import org.tokensphere.export.ImageFiles;
import org.tokensphere.io.AtomicFile;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;

/**
 * Writes a figure as SVG (JFreeSVG; size in points, text as vector outlines), PDF (PDFBox through its Graphics2D
 * bridge; one page of the size asked for, text drawn as vector outlines so no font needs embedding) or PNG (at the
 * spec's dpi). Every file goes through {@link AtomicFile}: a failure leaves an existing file as it was, and a
 * missing or unwritable folder is refused with a message naming the path.
 */
public final class FigureFiles {
    private FigureFiles() {
    }

    /** Writes {@code data} as {@code spec} says; throws {@link IllegalArgumentException} naming a bad path. */
    public static void write(FigureData data, FigureSpec spec) {
        switch (spec.format()) {
            case SVG -> svg(data, spec);
            case PDF -> pdf(data, spec);
            case PNG -> ImageFiles.writePng(png(data, spec), spec.out());
        }
    }

    private static void svg(FigureData data, FigureSpec spec) {
        SVGGraphics2D g = new SVGGraphics2D(spec.widthPt(), spec.heightPt(), SVGUnits.PT);
        g.setRenderingHint(SVGHints.KEY_DRAW_STRING_TYPE, SVGHints.VALUE_DRAW_STRING_TYPE_VECTOR);
        FigureDrawing.draw(g, data, spec);
        // Drawn in points; the viewBox maps them onto the page's physical size.
        String svg = "<?xml version=\"1.0\"?>\n" + g.getSVGElement(null, true,
                new ViewBox(0, 0, (int) Math.ceil(spec.widthPt()), (int) Math.ceil(spec.heightPt())), null, null);
        try (AtomicFile.Pending pending = AtomicFile.begin(spec.out())) {
            try {
                Files.writeString(pending.temp(), svg, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new IllegalArgumentException("cannot write " + spec.out() + ": " + e.getMessage()
                        + " (the existing file, if any, is unchanged)");
            }
            pending.commit();
        }
    }

    private static void pdf(FigureData data, FigureSpec spec) {
        float w = (float) spec.widthPt();
        float h = (float) spec.heightPt();
        try (AtomicFile.Pending pending = AtomicFile.begin(spec.out()); PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage(new PDRectangle(w, h));
            doc.addPage(page);
            PdfBoxGraphics2D g = new PdfBoxGraphics2D(doc, w, h);
            // No font mapping: every glyph is drawn as its vector outline.
            g.setFontTextDrawer(new de.rototor.pdfbox.graphics2d.PdfBoxGraphics2DFontTextDrawer());
            FigureDrawing.draw(g, data, spec);
            g.dispose();
            PDFormXObject form = g.getXFormObject();
            try (PDPageContentStream content = new PDPageContentStream(doc, page)) {
                content.drawForm(form);
            }
            PDDocumentInformation info = doc.getDocumentInformation();
            info.setTitle(data.title());
            info.setCreator("TokenSphere");
            doc.save(pending.temp().toFile());
            pending.commit();
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot write " + spec.out() + ": " + e.getMessage()
                    + " (the existing file, if any, is unchanged)");
        }
    }

    /** The figure as pixels at the spec's dpi. */
    static BufferedImage png(FigureData data, FigureSpec spec) {
        BufferedImage img = new BufferedImage(spec.widthPx(), spec.heightPx(), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.scale(spec.dpi() / 72.0, spec.dpi() / 72.0);
        FigureDrawing.draw(g, data, spec);
        g.dispose();
        return img;
    }
}
