package org.activationlab.plot;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Text and markers stamped from kept images cover the same pixels as their shapes drawn directly. */
class StampsTest {

    /** The text drawn twice at (x, y) of a 200 x 60 image, scaled and rotated as given, with or without stamps. */
    private static BufferedImage draw(boolean stamps, double scale, double rotation, float x, float y) {
        BufferedImage image = new BufferedImage(200, 60, BufferedImage.TYPE_INT_ARGB_PRE);
        Graphics2D g = image.createGraphics();
        try {
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, 200, 60);
            if (stamps) {
                g.setRenderingHint(GlyphOutlineGraphics2D.RASTER_TARGET, Boolean.TRUE);
            }
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
            g.scale(scale, scale);
            g.rotate(rotation, 20, 20);
            Graphics2D text = new GlyphOutlineGraphics2D(g);
            text.setFont(new Font("SansSerif", Font.PLAIN, 13));
            text.setColor(new Color(0x0072B2));
            text.drawString("Prediction at step 120", x, y);
            text.setColor(new Color(0x80D55E00, true));
            text.drawString("Prediction at step 120", x + 0.25f, y + 16);
        } finally {
            g.dispose();
        }
        return image;
    }

    @ParameterizedTest
    @CsvSource({"1, 0, 4, 20", "1, 0, 4.3, 20.7", "1.5, 0, 2.125, 14.5", "2, 0, 0.9, 12.2", "1, 0.3, 4.3, 20.7"})
    void stampedTextHasThePixelsOfFilledOutlines(double scale, double rotation, float x, float y) {
        BufferedImage filled = draw(false, scale, rotation, x, y);
        for (int pass = 0; pass < 2; pass++) {
            BufferedImage stamped = draw(true, scale, rotation, x, y);
            int inked = 0;
            for (int py = 0; py < filled.getHeight(); py++) {
                for (int px = 0; px < filled.getWidth(); px++) {
                    int a = filled.getRGB(px, py);
                    int b = stamped.getRGB(px, py);
                    if (a != 0xFFFFFFFF) {
                        inked++;
                    }
                    for (int shift = 0; shift < 32; shift += 8) {
                        assertThat(Math.abs((a >> shift & 0xFF) - (b >> shift & 0xFF))).as("pixel (%d, %d), pass %d", px, py, pass)
                                .isLessThanOrEqualTo(1);
                    }
                }
            }
            assertThat(inked).as("the text was drawn").isGreaterThan(200);
        }
    }

    /** A figure of every marker shape at uneven places, with title, ticks and labels, drawn with or without stamps. */
    private static BufferedImage figure(boolean stamps, double scale) {
        Panel.Builder panel = Panel.builder(Axis.linear("y", 0, 1));
        Marker.Shape[] shapes = Marker.Shape.values();
        for (int i = 0; i < 60; i++) {
            double x = (i * 0.0173 + 0.011) % 1;
            double y = (i * 0.0391 + 0.023) % 1;
            panel.add(new Marker(x, y, shapes[i % shapes.length], 5.5f + i % 3, i % 2 == 0
                    ? new Ink.Fixed(Palette.OKABE_ITO_BLUE) : new Ink.Fixed(Palette.OKABE_ITO_VERMILLION), Text.NONE));
        }
        Figure figure = Figure.of(Axis.linear("x", 0, 1), panel.build()).withTitle(Text.plain("Markers at step 7"));
        int w = (int) Math.round(320 * scale);
        int h = (int) Math.round(240 * scale);
        BufferedImage image = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB_PRE);
        Graphics2D g = image.createGraphics();
        try {
            if (stamps) {
                g.setRenderingHint(GlyphOutlineGraphics2D.RASTER_TARGET, Boolean.TRUE);
            }
            g.scale(scale, scale);
            FigureRenderer.render(figure, g, 320, 240, RenderOptions.DEFAULT);
        } finally {
            g.dispose();
        }
        return image;
    }

    @ParameterizedTest
    @CsvSource({"1", "1.25", "2"})
    void aFigureWithStampedMarkersAndTextHasThePixelsOfOneDrawnDirectly(double scale) {
        BufferedImage direct = figure(false, scale);
        for (int pass = 0; pass < 2; pass++) {
            BufferedImage stamped = figure(true, scale);
            int worst = 0;
            for (int py = 0; py < direct.getHeight(); py++) {
                for (int px = 0; px < direct.getWidth(); px++) {
                    int a = direct.getRGB(px, py);
                    int b = stamped.getRGB(px, py);
                    for (int shift = 0; shift < 32; shift += 8) {
                        worst = Math.max(worst, Math.abs((a >> shift & 0xFF) - (b >> shift & 0xFF)));
                    }
                }
            }
            assertThat(worst).as("largest channel difference, pass %d", pass).isLessThanOrEqualTo(2);
        }
    }

    /** A formula and a plain label drawn as a y axis draws them (a quarter turn) and upright, at uneven places. */
    private static BufferedImage labels(boolean stamps, double scale) {
        BufferedImage image = new BufferedImage((int) Math.ceil(160 * scale), (int) Math.ceil(160 * scale),
                BufferedImage.TYPE_INT_ARGB_PRE);
        Graphics2D g = image.createGraphics();
        try {
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, image.getWidth(), image.getHeight());
            if (stamps) {
                g.setRenderingHint(GlyphOutlineGraphics2D.RASTER_TARGET, Boolean.TRUE);
            }
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
            g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
            g.scale(scale, scale);
            Graphics2D text = new GlyphOutlineGraphics2D(g);
            Font font = new Font("SansSerif", Font.PLAIN, 14);
            Color ink = new Color(0x0072B2);
            for (int turns = 0; turns < 2; turns++) {
                double x = 20.3 + 70 * turns;
                TextPainter.draw(text, Text.latex("|f'(x)|^{3} = \\frac{1}{1+e^{-x}}"), font, ink, x, 80.6, Anchor.CENTER, turns);
                TextPainter.draw(text, Text.plain("gradient factor"), font, ink, x + 30.45, 80.2, Anchor.CENTER, turns);
            }
        } finally {
            g.dispose();
        }
        return image;
    }

    @ParameterizedTest
    @CsvSource({"1", "1.5", "2.25"})
    void formulasAndQuarterTurnedTextStampedHaveThePixelsOfDirectDrawing(double scale) {
        BufferedImage direct = labels(false, scale);
        for (int pass = 0; pass < 2; pass++) {
            BufferedImage stamped = labels(true, scale);
            int worst = 0;
            int inked = 0;
            for (int py = 0; py < direct.getHeight(); py++) {
                for (int px = 0; px < direct.getWidth(); px++) {
                    int a = direct.getRGB(px, py);
                    int b = stamped.getRGB(px, py);
                    inked += a != 0xFFFFFFFF ? 1 : 0;
                    for (int shift = 0; shift < 32; shift += 8) {
                        worst = Math.max(worst, Math.abs((a >> shift & 0xFF) - (b >> shift & 0xFF)));
                    }
                }
            }
            assertThat(inked).as("the labels were drawn").isGreaterThan(500);
            assertThat(worst).as("largest channel difference, pass %d", pass).isLessThanOrEqualTo(1);
        }
    }

    @org.junit.jupiter.api.Test
    void theStampsKeptNeverExceedTheirPixelBudgetHoweverManyNumbersAreDrawn() {
        BufferedImage image = new BufferedImage(400, 60, BufferedImage.TYPE_INT_ARGB_PRE);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(GlyphOutlineGraphics2D.RASTER_TARGET, Boolean.TRUE);
            g.scale(2.5, 2.5);
            Graphics2D text = new GlyphOutlineGraphics2D(g);
            text.setFont(new Font("SansSerif", Font.PLAIN, 13));
            text.setColor(Color.BLACK);
            for (int step = 0; step < 20_000; step++) {
                text.drawString("step " + step, 4, 20);
            }
        } finally {
            g.dispose();
        }
        assertThat(Stamps.cachedPixels()).isPositive().isLessThanOrEqualTo(Stamps.MAX_PIXELS);
    }
}
