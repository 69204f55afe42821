package org.activationlab.export;

import de.rototor.pdfbox.graphics2d.PdfBoxGraphics2D;
import java.nio.file.Path;
import org.activationlab.plot.Figure;
import org.activationlab.plot.FigureRenderer;
import org.activationlab.plot.RenderOptions;
import org.activationlab.plot.TextMode;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;

/**
 * Writes figures as one-page vector PDFs through PDFBox's PdfBoxGraphics2D. Text is always
 * drawn as glyph outlines, so Greek, Chinese and formulas render with the fonts of the machine
 * that exported, whatever the reader has installed.
 */
public final class PdfExporter {
    private PdfExporter() {
    }

    /** Writes the figure on a page of {@code width} x {@code height} points, atomically. */
    public static void write(Figure figure, Path file, int width, int height, RenderOptions options)
            throws ExportException {
        if (width < 1 || height < 1) {
            throw new ExportException(ExportTexts.cannotWrite(file, ExportTexts.format("export.size", width, height)));
        }
        AtomicFiles.write(file, out -> {
            try (PDDocument document = new PDDocument()) {
                PDPage page = new PDPage(new PDRectangle(width, height));
                document.addPage(page);
                PDDocumentInformation info = document.getDocumentInformation();
                info.setCreator("Activation Lab");
                info.setTitle(figure.title().latex() ? "" : figure.title().content());
                PdfBoxGraphics2D g = new PdfBoxGraphics2D(document, width, height);
                try {
                    FigureRenderer.render(figure, g, width, height, options.withTextMode(TextMode.OUTLINES));
                } finally {
                    g.dispose();
                }
                PDFormXObject form = g.getXFormObject();
                try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                    content.drawForm(form);
                }
                document.save(out);
            }
        });
    }
}
