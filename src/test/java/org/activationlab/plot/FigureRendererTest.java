package org.activationlab.plot;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class FigureRendererTest {
    private static final int W = 800;
    private static final int H = 500;

    /** Sigmoid over [-6, 6] in one panel, y from -0.1 to 1.1. */
    static Figure sigmoidFigure() {
        int n = 601;
        double[] xs = new double[n];
        double[] ys = new double[n];
        for (int i = 0; i < n; i++) {
            xs[i] = -6 + 12.0 * i / (n - 1);
            ys[i] = 1 / (1 + Math.exp(-xs[i]));
        }
        Panel panel = Panel.builder(Axis.linear("f(x)", -0.1, 1.1))
                .add(new Series("f:sigmoid", Text.plain("Sigmoid"), xs, ys, LineStyle.solid(Ink.series(0), 3)))
                .legend(Legend.auto(List.of(LegendEntry.line(Text.plain("Sigmoid"), LineStyle.solid(Ink.series(0), 3)))))
                .build();
        return Figure.of(Axis.linear("x", -6, 6), panel).withTitle(Text.plain("Sigmoid"));
    }

    static BufferedImage draw(Figure figure, RenderOptions options) {
        BufferedImage image = new BufferedImage(W, H, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        FigureRenderer.render(figure, g, W, H, options);
        g.dispose();
        return image;
    }

    static boolean near(int argb, Color expected, int tolerance) {
        Color c = new Color(argb, true);
        return c.getAlpha() > 200 && Math.abs(c.getRed() - expected.getRed()) <= tolerance
                && Math.abs(c.getGreen() - expected.getGreen()) <= tolerance
                && Math.abs(c.getBlue() - expected.getBlue()) <= tolerance;
    }

    @ParameterizedTest
    @EnumSource(TextMode.class)
    void sigmoidPassesThroughZeroHalfInTheSeriesColour(TextMode mode) {
        RenderOptions options = RenderOptions.DEFAULT.withTextMode(mode);
        Figure figure = sigmoidFigure();
        BufferedImage image = draw(figure, options);
        Point2D p = FigureRenderer.layout(figure, W, H, options).panel(0).toPixel(0, 0.5);
        assertThat(near(image.getRGB((int) p.getX(), (int) p.getY()), Palette.OKABE_ITO_BLUE, 8)).isTrue();
        Point2D off = FigureRenderer.layout(figure, W, H, options).panel(0).toPixel(0, 0.9);
        assertThat(near(image.getRGB((int) off.getX(), (int) off.getY()), Palette.OKABE_ITO_BLUE, 60)).isFalse();
    }

    @Test
    void renderReturnsTheSameLayoutAsLayout() {
        Figure figure = sigmoidFigure();
        BufferedImage image = new BufferedImage(W, H, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        FigureLayout drawn = FigureRenderer.render(figure, g, W, H, RenderOptions.DEFAULT);
        g.dispose();
        FigureLayout laidOut = FigureRenderer.layout(figure, W, H, RenderOptions.DEFAULT);
        assertThat(drawn.panels()).isEqualTo(laidOut.panels());
        assertThat(drawn.texts()).extracting(TextBox::text).contains("Sigmoid", "0.5");
        assertThat(laidOut.texts()).as("only drawing records text").isEmpty();
        Rectangle2D area = drawn.panel(0).plotArea();
        assertThat(area.getMinX()).isGreaterThan(20);
        assertThat(area.getMaxX()).isLessThanOrEqualTo(W);
        assertThat(area.getMaxY()).isLessThan(H - 20);
        assertThat(drawn.panelAt(area.getCenterX(), area.getCenterY())).isPresent();
        assertThat(drawn.panelAt(1, 1)).isEmpty();
    }

    @Test
    void seriesStayInsideThePlotArea() {
        double[] xs = {-6, 6};
        double[] ys = {-100, 100};
        Panel panel = Panel.builder(Axis.linear("y", -1, 1))
                .add(new Series("steep", Text.plain("steep"), xs, ys, LineStyle.solid(Ink.fixed(Color.RED), 4)))
                .build();
        Figure figure = Figure.of(Axis.linear("x", -6, 6), panel);
        BufferedImage image = draw(figure, RenderOptions.DEFAULT);
        Rectangle2D area = FigureRenderer.layout(figure, W, H, RenderOptions.DEFAULT).panel(0).plotArea();
        int above = (int) area.getMinY() - 3;
        for (int x = 0; x < W; x++) {
            assertThat(near(image.getRGB(x, above), Color.RED, 80)).as("pixel (%d, %d)", x, above).isFalse();
        }
        assertThat(near(image.getRGB((int) area.getCenterX(), (int) area.getCenterY()), Color.RED, 30)).isTrue();
    }

    @Test
    void stackedPanelsShareTheLeftEdgeAndTheXMapping() {
        Figure one = sigmoidFigure();
        Panel lower = new Panel(new Axis(Text.latex("|f'(x)|^{50}"), 1e-30, 1, Scale.LOG), List.of(), Legend.NONE, 1);
        Figure two = new Figure(Text.NONE, one.xAxis(), List.of(one.panels().get(0), lower), "a caption");
        FigureLayout layout = FigureRenderer.layout(two, W, H, RenderOptions.DEFAULT);
        PanelLayout top = layout.panel(0);
        PanelLayout bottom = layout.panel(1);
        assertThat(top.plotArea().getMinX()).isEqualTo(bottom.plotArea().getMinX());
        assertThat(top.plotArea().getMaxX()).isEqualTo(bottom.plotArea().getMaxX());
        assertThat(top.plotArea().getMaxY()).isLessThan(bottom.plotArea().getMinY());
        assertThat(top.x()).isEqualTo(bottom.x());
        assertThat(bottom.y().toPixel(1e-15)).isBetween(bottom.plotArea().getMinY(), bottom.plotArea().getMaxY());
    }

    @ParameterizedTest
    @org.junit.jupiter.params.provider.CsvSource({"1, 1", "16, 16", "60, 900", "900, 40", "5000, 3000"})
    void anySizeRendersWithThePlotAreaInsideTheFigure(int width, int height) {
        Figure figure = sigmoidFigure().withCaption("a caption long enough to need wrapping at small widths");
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        FigureLayout layout = FigureRenderer.render(figure, g, width, height, RenderOptions.DEFAULT);
        g.dispose();
        Rectangle2D area = layout.panel(0).plotArea();
        assertThat(area.getWidth()).isPositive();
        assertThat(area.getHeight()).isPositive();
        if (width >= 300 && height >= 200) {
            assertThat(area.getMaxX()).isLessThanOrEqualTo(width);
            assertThat(area.getMaxY()).isLessThan(height);
        }
    }

    @Test
    void transparentBackgroundLeavesThePageEmpty() {
        BufferedImage opaque = draw(sigmoidFigure(), RenderOptions.DEFAULT);
        BufferedImage clear = draw(sigmoidFigure(), RenderOptions.DEFAULT.withTransparentBackground(true));
        assertThat(new Color(opaque.getRGB(2, 2), true)).isEqualTo(Color.WHITE);
        assertThat(new Color(clear.getRGB(2, 2), true).getAlpha()).isZero();
    }

    @Test
    void themesChangeTheBackgroundAndTheSeriesColour() {
        Figure figure = sigmoidFigure();
        RenderOptions dark = RenderOptions.DEFAULT.withTheme(Theme.DARK);
        BufferedImage image = draw(figure, dark);
        assertThat(new Color(image.getRGB(2, 2))).isEqualTo(Theme.DARK.background());
        Point2D p = FigureRenderer.layout(figure, W, H, dark).panel(0).toPixel(0, 0.5);
        assertThat(near(image.getRGB((int) p.getX(), (int) p.getY()), Theme.DARK.seriesColour(0), 8)).isTrue();
    }

    @Test
    void presentationScaleEnlargesMarginsAndText() {
        Figure figure = sigmoidFigure();
        Rectangle2D normal = FigureRenderer.layout(figure, W, H, RenderOptions.DEFAULT).panel(0).plotArea();
        Rectangle2D large = FigureRenderer.layout(figure, W, H, RenderOptions.DEFAULT.withScale(2)).panel(0).plotArea();
        assertThat(large.getMinX()).isGreaterThan(normal.getMinX() * 1.5);
        assertThat(large.getHeight()).isLessThan(normal.getHeight());
    }

    @Test
    void outlineModeDrawsNoTextThroughDrawString() {
        int[] strings = new int[1];
        BufferedImage image = new BufferedImage(W, H, BufferedImage.TYPE_INT_ARGB);
        Graphics2D counting = new DelegatingGraphics2D(image.createGraphics()) {
            @Override
            protected Graphics2D wrap(Graphics2D copy) {
                return this;
            }

            @Override
            public java.awt.Graphics create() {
                return this;
            }

            @Override
            public void dispose() {
            }

            @Override
            public void drawString(String s, float x, float y) {
                strings[0]++;
            }
        };
        FigureRenderer.render(sigmoidFigure(), counting, W, H, RenderOptions.DEFAULT.withTextMode(TextMode.NATIVE));
        assertThat(strings[0]).isPositive();
        strings[0] = 0;
        FigureRenderer.render(sigmoidFigure(), counting, W, H, RenderOptions.DEFAULT.withTextMode(TextMode.OUTLINES));
        assertThat(strings[0]).isZero();
    }

    @Test
    void heatMapCellsAndBarsAreDrawnInTheirColours() {
        double[] values = {0, 1, 1, 0};
        Panel panel = Panel.builder(Axis.linear("y", 0, 2))
                .add(new HeatMap(0, 2, 0, 2, 2, 2, values, ColourScale.VIRIDIS, 0, 1, true, Text.plain("v")))
                .build();
        Figure figure = Figure.of(Axis.linear("x", 0, 2), panel);
        BufferedImage image = draw(figure, RenderOptions.DEFAULT);
        PanelLayout layout = FigureRenderer.layout(figure, W, H, RenderOptions.DEFAULT).panel(0);
        Point2D lowCell = layout.toPixel(0.5, 0.5);
        Point2D highCell = layout.toPixel(1.5, 0.5);
        assertThat(near(image.getRGB((int) lowCell.getX(), (int) lowCell.getY()), ColourScale.VIRIDIS.at(0), 3)).isTrue();
        assertThat(near(image.getRGB((int) highCell.getX(), (int) highCell.getY()), ColourScale.VIRIDIS.at(1), 3)).isTrue();

        Bars bars = new Bars("h", Text.plain("h"), new double[] {0, 1, 2}, new double[] {1.5, 0.5},
                Ink.fixed(Color.RED), 1f);
        Figure histogram = Figure.of(Axis.linear("x", 0, 2), Panel.builder(Axis.linear("n", 0, 2)).add(bars).build());
        BufferedImage h = draw(histogram, RenderOptions.DEFAULT);
        PanelLayout hl = FigureRenderer.layout(histogram, W, H, RenderOptions.DEFAULT).panel(0);
        Point2D inTall = hl.toPixel(0.5, 1.2);
        Point2D aboveShort = hl.toPixel(1.5, 1.2);
        assertThat(near(h.getRGB((int) inTall.getX(), (int) inTall.getY()), Color.RED, 5)).isTrue();
        assertThat(near(h.getRGB((int) aboveShort.getX(), (int) aboveShort.getY()), Color.RED, 60)).isFalse();
    }
}
