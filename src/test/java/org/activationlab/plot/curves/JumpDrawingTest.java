package org.activationlab.plot.curves;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Point2D;
import java.awt.image.BufferedImage;
import java.util.List;
import org.activationlab.model.ActivationSpec;
import org.activationlab.plot.Figure;
import org.activationlab.plot.FigureRenderer;
import org.activationlab.plot.PanelLayout;
import org.activationlab.plot.Palette;
import org.activationlab.plot.RenderOptions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Jumps are drawn as jumps, checked on the pixels of a 4x image: in the pixel column of the jump,
 * the function's colour runs no longer than a dot, where a vertical segment would run from one
 * limit to the other.
 */
class JumpDrawingTest {
    private static final double SCALE = 4;
    private static final int W = (int) (600 * SCALE);
    private static final int H = (int) (400 * SCALE);

    @ParameterizedTest(name = "{0} {1} at x = {2}")
    @CsvSource({
        "relu, derivative, 0, 0, 1",
        "step, function, 0, 0, 1",
        "hard_tanh, derivative, -1, 0, 1",
        "hard_tanh, derivative, 1, 1, 0",
        "leaky_relu, derivative, 0, 0.01, 1",
    })
    void noVerticalRunOfLinePixelsAtTheJump(String name, String panel, double x, double left, double right) {
        boolean functions = panel.equals("function");
        CurvesSettings settings = CurvesSettings.builder().activations(List.of(ActivationSpec.of(name)))
                .range(-3, 3).panels(functions, !functions).build();
        Figure figure = CurvesFigureBuilder.build(settings);
        RenderOptions options = RenderOptions.DEFAULT.withScale(SCALE);
        BufferedImage image = new BufferedImage(W, H, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        PanelLayout layout = FigureRenderer.render(figure, g, W, H, options).panel(0);
        g.dispose();

        Point2D low = layout.toPixel(x, left);
        Point2D high = layout.toPixel(x, right);
        double span = Math.abs(high.getY() - low.getY());
        int column = (int) Math.round(low.getX());
        int longest = 0;
        for (int dx = -1; dx <= 1; dx++) {
            longest = Math.max(longest, longestRun(image, column + dx, Palette.OKABE_ITO_BLUE));
        }
        assertThat(span).as("the limits lie far apart").isGreaterThan(100 * SCALE);
        assertThat(longest).as("longest vertical run of line pixels at the jump").isLessThan((int) (0.1 * span));
        assertThat(isLine(image.getRGB(column, (int) Math.round(low.getY())), Palette.OKABE_ITO_BLUE)
                || isLine(image.getRGB(column, (int) Math.round(high.getY())), Palette.OKABE_ITO_BLUE))
                .as("a filled dot at the value taken").isTrue();
    }

    private static int longestRun(BufferedImage image, int column, Color line) {
        int longest = 0;
        int run = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            run = isLine(image.getRGB(column, y), line) ? run + 1 : 0;
            longest = Math.max(longest, run);
        }
        return longest;
    }

    private static boolean isLine(int argb, Color line) {
        Color c = new Color(argb, true);
        return c.getAlpha() > 200 && Math.abs(c.getRed() - line.getRed()) <= 40
                && Math.abs(c.getGreen() - line.getGreen()) <= 40 && Math.abs(c.getBlue() - line.getBlue()) <= 40;
    }
}
