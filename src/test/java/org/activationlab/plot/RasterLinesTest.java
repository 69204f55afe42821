package org.activationlab.plot;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.util.List;
import org.activationlab.model.ActivationSpec;
import org.activationlab.plot.curves.CurvesFigureBuilder;
import org.activationlab.plot.curves.CurvesSettings;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Lines drawn one by one on an image look like the same lines drawn as one path: a figure with
 * curves, corners, a grid and hatching, drawn both ways, differs visibly in almost no pixel.
 */
class RasterLinesTest {
    private static final int W = 900;
    private static final int H = 600;

    private static BufferedImage draw(Figure figure, double scale, boolean rasterTarget) {
        BufferedImage image = new BufferedImage((int) (W * scale), (int) (H * scale), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(Stamps.RASTER_TARGET, rasterTarget);
        g.scale(scale, scale);
        FigureRenderer.render(figure, g, W, H, RenderOptions.DEFAULT);
        g.dispose();
        return image;
    }

    @ParameterizedTest
    @ValueSource(doubles = {1, 2.5})
    void segmentBySegmentLooksLikeOnePath(double scale) {
        CurvesSettings settings = CurvesSettings.builder()
                .activations(List.of(ActivationSpec.of("sigmoid"), ActivationSpec.of("relu"), ActivationSpec.of("hard_tanh"),
                        ActivationSpec.of("gelu")))
                .range(-4, 4).panels(true, true).saturation(0.05).hatchZeroGradient(true).build();
        Figure figure = CurvesFigureBuilder.build(settings);
        BufferedImage fast = draw(figure, scale, true);
        BufferedImage reference = draw(figure, scale, false);
        int drawn = 0;
        int differ = 0;
        for (int y = 0; y < fast.getHeight(); y++) {
            for (int x = 0; x < fast.getWidth(); x++) {
                int a = reference.getRGB(x, y);
                int b = fast.getRGB(x, y);
                drawn += (a & 0xFFFFFF) != 0xFFFFFF ? 1 : 0;
                differ += maxChannelDifference(a, b) > 64 ? 1 : 0;
            }
        }
        assertThat(drawn).isGreaterThan(10_000);
        assertThat(differ).as("pixels off by more than a quarter of the range, of %d drawn", drawn)
                .isLessThan(drawn / 200);
    }

    private static int maxChannelDifference(int a, int b) {
        int max = 0;
        for (int shift = 0; shift < 24; shift += 8) {
            max = Math.max(max, Math.abs(((a >> shift) & 0xFF) - ((b >> shift) & 0xFF)));
        }
        return max;
    }
}
