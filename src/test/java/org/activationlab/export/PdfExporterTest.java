package org.activationlab.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import org.activationlab.plot.Figure;
import org.activationlab.plot.RenderOptions;
import org.activationlab.plot.Text;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PdfExporterTest {
    @TempDir
    Path dir;

    private static int inkedPixels(BufferedImage image, int top, int bottom) {
        int n = 0;
        for (int y = top; y < bottom; y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                int rgb = image.getRGB(x, y) & 0xFFFFFF;
                if (((rgb >> 16) & 0xFF) < 128 && ((rgb >> 8) & 0xFF) < 128 && (rgb & 0xFF) < 128) {
                    n++;
                }
            }
        }
        return n;
    }

    @Test
    void opensWithOnePageOfTheFigureSize() throws Exception {
        Path file = dir.resolve("curves.pdf");
        PdfExporter.write(ExportFixtures.figure(ExportFixtures.threeFunctions(true)), file, 600, 400, RenderOptions.DEFAULT);
        try (PDDocument pdf = Loader.loadPDF(file.toFile())) {
            assertThat(pdf.getNumberOfPages()).isEqualTo(1);
            PDRectangle box = pdf.getPage(0).getMediaBox();
            assertThat(box.getWidth()).isEqualTo(600);
            assertThat(box.getHeight()).isEqualTo(400);
            assertThat(pdf.getDocumentInformation().getCreator()).isEqualTo("Activation Lab");
        }
    }

    /** The same figure gives the same bytes on every export, its identifier derived from the content (issue 16, 4.7). */
    @Test
    void theSameFigureGivesByteIdenticalFilesAndAnotherFigureAnotherId() throws Exception {
        Path first = dir.resolve("first.pdf");
        Path second = dir.resolve("second.pdf");
        Path other = dir.resolve("other.pdf");
        PdfExporter.write(ExportFixtures.figure(ExportFixtures.threeFunctions(true)), first, 600, 400, RenderOptions.DEFAULT);
        Thread.sleep(5);
        PdfExporter.write(ExportFixtures.figure(ExportFixtures.threeFunctions(true)), second, 600, 400, RenderOptions.DEFAULT);
        PdfExporter.write(ExportFixtures.figure(ExportFixtures.threeFunctions(true)), other, 600, 300, RenderOptions.DEFAULT);

        assertThat(Files.readAllBytes(second)).isEqualTo(Files.readAllBytes(first));
        try (PDDocument a = Loader.loadPDF(first.toFile()); PDDocument b = Loader.loadPDF(other.toFile())) {
            assertThat(a.getDocument().getDocumentID()).isNotNull().isNotEqualTo(b.getDocument().getDocumentID());
            assertThat(a.getDocumentInformation().getCreationDate()).isNull();
        }
    }

    /** Greek (and any script the exporting machine has a font for) is drawn as outlines, so it shows. */
    @Test
    void greekTitleIsDrawn() throws Exception {
        Figure base = ExportFixtures.figure(ExportFixtures.threeFunctions(false));
        Path greek = dir.resolve("greek.pdf");
        Path blank = dir.resolve("blank.pdf");
        PdfExporter.write(base.withTitle(Text.plain("σ α β γ δ ε")), greek, 600, 400, RenderOptions.DEFAULT);
        PdfExporter.write(base.withTitle(Text.plain("\u00a0")), blank, 600, 400, RenderOptions.DEFAULT);
        int withTitle;
        int without;
        try (PDDocument pdf = Loader.loadPDF(greek.toFile())) {
            withTitle = inkedPixels(new PDFRenderer(pdf).renderImage(0), 5, 28);
        }
        try (PDDocument pdf = Loader.loadPDF(blank.toFile())) {
            without = inkedPixels(new PDFRenderer(pdf).renderImage(0), 5, 28);
        }
        assertThat(withTitle).isGreaterThan(without + 50);
    }
}
