package org.activationlab.export;

import de.rototor.pdfbox.graphics2d.PdfBoxGraphics2D;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import org.activationlab.plot.Figure;
import org.activationlab.plot.FigureRenderer;
import org.activationlab.plot.RenderOptions;
import org.activationlab.plot.TextMode;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
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
    /** The length of the file identifier, as PDFBox's own (an MD5 digest). */
    private static final int ID_BYTES = 16;

    private PdfExporter() {
    }

    /**
     * The file identifier ({@code /ID}, two equal strings) as a digest of what the page shows:
     * the drawing's content stream, the page size and the document information. PDFBox would
     * otherwise mix the time of saving into it, so that the same figure gave a different file on
     * every export; with this the same input gives byte-identical PDFs (PDFBox writes no creation
     * date unless asked).
     */
    private static COSArray contentId(PDFormXObject form, PDDocumentInformation info, int width, int height)
            throws IOException {
        MessageDigest digest;
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IOException(e);
        }
        try (InputStream drawing = form.getContents()) {
            digest.update(drawing.readAllBytes());
        }
        digest.update((width + "x" + height + "\n" + info.getCreator() + "\n" + info.getTitle())
                .getBytes(StandardCharsets.UTF_8));
        byte[] id = Arrays.copyOf(digest.digest(), ID_BYTES);
        COSArray ids = new COSArray();
        ids.add(new COSString(id));
        ids.add(new COSString(id));
        return ids;
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
                document.getDocument().getTrailer().setItem(COSName.ID, contentId(form, info, width, height));
                document.save(out);
            }
        });
    }
}
