package org.activationlab.ui.studies;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.activationlab.export.ExportException;
import org.activationlab.export.FigureExporter;
import org.activationlab.plot.Figure;
import org.activationlab.plot.RenderOptions;
import org.activationlab.plot.SeriesTable;

/** Writes a view's current figure the way File &gt; Export does, and checks each file. */
public final class FigureExports {
    private static final FigureExporter.Settings SETTINGS = new FigureExporter.Settings(800, 500, 1,
            RenderOptions.DEFAULT);

    private FigureExports() {
    }

    /** Exports {@code figure} as PNG, SVG and PDF (and {@code data} as CSV when given) into {@code dir}. */
    public static void exportAll(Figure figure, SeriesTable data, Path dir, String name)
            throws ExportException, IOException {
        Path png = dir.resolve(name + ".png");
        Path svg = dir.resolve(name + ".svg");
        Path pdf = dir.resolve(name + ".pdf");
        FigureExporter.export(figure, data, png, SETTINGS);
        FigureExporter.export(figure, data, svg, SETTINGS);
        FigureExporter.export(figure, data, pdf, SETTINGS);
        BufferedImage image = ImageIO.read(png.toFile());
        assertThat(image.getWidth()).isEqualTo(800);
        assertThat(image.getHeight()).isEqualTo(500);
        assertThat(Files.readString(svg, StandardCharsets.UTF_8)).contains("<svg");
        assertThat(new String(Files.readAllBytes(pdf), 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        if (data != null) {
            Path csv = dir.resolve(name + ".csv");
            FigureExporter.export(figure, data, csv, SETTINGS);
            assertThat(Files.readAllLines(csv).get(0)).isEqualTo(String.join(",", data.headers()));
        }
    }
}
