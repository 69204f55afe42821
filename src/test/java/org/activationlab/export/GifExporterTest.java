package org.activationlab.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import org.activationlab.plot.Figure;
import org.activationlab.plot.RenderOptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GifExporterTest {
    @TempDir
    Path dir;

    @Test
    void writesOneFramePerFigure() throws Exception {
        Figure figure = ExportFixtures.figure(ExportFixtures.threeFunctions(false));
        List<Figure> frames = List.of(figure, figure.withXRange(-3, 3), figure.withXRange(-1, 1));
        Path file = dir.resolve("zoom.gif");
        GifExporter.writeFigures(frames, file, 200, 150, Duration.ofMillis(100), true, RenderOptions.DEFAULT);
        ImageReader reader = ImageIO.getImageReadersByFormatName("gif").next();
        try (ImageInputStream in = ImageIO.createImageInputStream(file.toFile())) {
            reader.setInput(in);
            assertThat(reader.getNumImages(true)).isEqualTo(3);
            assertThat(reader.getWidth(0)).isEqualTo(200);
        } finally {
            reader.dispose();
        }
    }

    @Test
    void refusesNoFramesMixedSizesAndTooShortIntervals() {
        Path file = dir.resolve("bad.gif");
        BufferedImage small = new BufferedImage(10, 10, BufferedImage.TYPE_INT_RGB);
        BufferedImage large = new BufferedImage(20, 10, BufferedImage.TYPE_INT_RGB);
        assertThatThrownBy(() -> GifExporter.write(List.of(), file, Duration.ofMillis(100), true))
                .hasMessageContaining("at least one frame");
        assertThatThrownBy(() -> GifExporter.write(List.of(small, large), file, Duration.ofMillis(100), true))
                .hasMessageContaining("all frames must be 10 x 10 pixels");
        assertThatThrownBy(() -> GifExporter.write(List.of(small), file, Duration.ofMillis(5), true))
                .hasMessageContaining("at least 20 ms");
        assertThat(Files.exists(file)).isFalse();
    }
}
