package org.activationlab.export;

import java.nio.file.Path;
import java.util.Objects;
import org.activationlab.plot.Figure;
import org.activationlab.plot.RenderOptions;
import org.activationlab.plot.SeriesTable;

/**
 * Exports a figure (or its data) to the format its file name asks for: what File &gt; Export and
 * the {@code export} command both call. An existing file is replaced (atomically).
 */
public final class FigureExporter {

    /**
     * How to export.
     *
     * @param width the figure width in units (pixels at 1x, points in PDF)
     * @param height the figure height in units
     * @param pixelScale PNG only: pixels per unit (1, 2, 4, ...)
     * @param render theme, scale, background and, for SVG, text as text or outlines
     */
    public record Settings(int width, int height, double pixelScale, RenderOptions render) {
        public Settings {
            Objects.requireNonNull(render, "render");
        }
    }

    private FigureExporter() {
    }

    /**
     * Writes {@code figure} to {@code file} as PNG, SVG or PDF, or {@code data} as CSV, by the
     * file's extension.
     *
     * @param data the sampled series behind the figure, for CSV; may be null when there are none
     * @return the format written
     * @throws ExportException for an unknown extension, CSV without data, or a file that cannot be written
     */
    public static ExportFormat export(Figure figure, SeriesTable data, Path file, Settings settings)
            throws ExportException {
        ExportFormat format = ExportFormat.of(file);
        switch (format) {
            case PNG -> PngExporter.write(figure, file, settings.width(), settings.height(), settings.pixelScale(),
                    settings.render());
            case SVG -> SvgExporter.write(figure, file, settings.width(), settings.height(), settings.render());
            case PDF -> PdfExporter.write(figure, file, settings.width(), settings.height(), settings.render());
            case CSV -> {
                if (data == null) {
                    throw new ExportException(ExportTexts.cannotWrite(file, ExportTexts.get("export.noCsvData")));
                }
                CsvExporter.write(data, file);
            }
        }
        return format;
    }
}
