package org.activationlab.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.Color;
import java.awt.geom.Point2D;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.activationlab.plot.Figure;
import org.activationlab.plot.FigureRenderer;
import org.activationlab.plot.Palette;
import org.activationlab.plot.RenderOptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PngExporterTest {
    @TempDir
    Path dir;

    private static boolean near(int rgb, Color expected) {
        Color c = new Color(rgb, true);
        return c.getAlpha() > 200 && Math.abs(c.getRed() - expected.getRed()) < 10
                && Math.abs(c.getGreen() - expected.getGreen()) < 10 && Math.abs(c.getBlue() - expected.getBlue()) < 10;
    }

    @ParameterizedTest
    @ValueSource(doubles = {1, 2, 4})
    void sigmoidIsDrawnThroughZeroHalfAtEveryScale(double scale) throws Exception {
        Figure figure = ExportFixtures.figure(ExportFixtures.threeFunctions(false));
        Path file = dir.resolve("curves.png");
        PngExporter.write(figure, file, 600, 400, scale, RenderOptions.DEFAULT);
        BufferedImage image = ImageIO.read(file.toFile());
        assertThat(image.getWidth()).isEqualTo((int) (600 * scale));
        assertThat(image.getHeight()).isEqualTo((int) (400 * scale));
        Point2D p = FigureRenderer.layout(figure, 600, 400, RenderOptions.DEFAULT).panel(0).toPixel(0, 0.5);
        assertThat(near(image.getRGB((int) (p.getX() * scale), (int) (p.getY() * scale)), Palette.OKABE_ITO_BLUE)).isTrue();
    }

    @Test
    void transparentBackgroundIsKeptInTheFile() throws Exception {
        Path file = dir.resolve("clear.png");
        PngExporter.write(ExportFixtures.figure(ExportFixtures.threeFunctions(false)), file, 300, 200, 1,
                RenderOptions.DEFAULT.withTransparentBackground(true));
        BufferedImage image = ImageIO.read(file.toFile());
        assertThat(image.getColorModel().hasAlpha()).isTrue();
        assertThat(new Color(image.getRGB(1, 1), true).getAlpha()).isZero();
    }

    @Test
    void absurdSizesAreRefused() {
        Figure figure = ExportFixtures.figure(ExportFixtures.threeFunctions(false));
        assertThatThrownBy(() -> PngExporter.render(figure, 16000, 16000, 4, RenderOptions.DEFAULT))
                .isInstanceOf(ExportException.class).hasMessageContaining("64000 x 64000 pixels");
        assertThatThrownBy(() -> PngExporter.render(figure, 10, 10, 0, RenderOptions.DEFAULT))
                .isInstanceOf(ExportException.class);
    }
}
