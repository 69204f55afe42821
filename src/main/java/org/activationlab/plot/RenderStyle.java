package org.activationlab.plot;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;

/**
 * The sizes, fonts and colours of one rendering, derived from {@link RenderOptions}: everything
 * in it is already multiplied by the render scale. It also collects the boxes of the texts drawn
 * so far, which the legend keeps clear of and which {@link FigureLayout#texts()} reports.
 */
final class RenderStyle {
    final RenderOptions options;
    final Theme theme;
    final double scale;
    final Font tickFont;
    final Font labelFont;
    final Font titleFont;
    final Font legendFont;
    final Font captionFont;
    final double padding;
    final double panelGap;
    final double tickLength;
    final double labelGap;
    final TickLabels.Glyphs glyphs;
    /** The whole figure: (0, 0, width, height). */
    final Rectangle2D figureFrame;
    private final List<TextBox> drawnTexts = new ArrayList<>();

    RenderStyle(RenderOptions options, double width, double height) {
        this.figureFrame = new Rectangle2D.Double(0, 0, width, height);
        this.options = options;
        this.theme = options.theme();
        this.scale = options.scale();
        Font base = new Font(options.fontFamily(), Font.PLAIN, 12);
        this.tickFont = base.deriveFont((float) (11 * scale));
        this.labelFont = base.deriveFont((float) (13 * scale));
        this.titleFont = base.deriveFont(Font.BOLD, (float) (15 * scale));
        this.legendFont = base.deriveFont((float) (12 * scale));
        this.captionFont = base.deriveFont((float) (11 * scale));
        this.padding = 10 * scale;
        this.panelGap = 12 * scale;
        this.tickLength = 4 * scale;
        this.labelGap = 4 * scale;
        this.glyphs = tickFont.canDisplayUpTo(TickLabels.UNICODE_CHARACTERS) == -1
                ? TickLabels.Glyphs.UNICODE : TickLabels.Glyphs.ASCII;
    }

    /** Notes that {@code text} was drawn in {@code box} and belongs inside {@code frame}; empty text is not noted. */
    void drawn(Text text, Rectangle2D box, Rectangle2D frame) {
        if (!text.isEmpty()) {
            drawnTexts.add(new TextBox(text.content(), box, frame));
        }
    }

    /** The texts drawn so far, in order. */
    List<TextBox> drawnTexts() {
        return List.copyOf(drawnTexts);
    }

    /** The colour of {@code ink} in the theme. */
    Color colour(Ink ink) {
        return theme.resolve(ink);
    }

    /** The colour of {@code ink} with its alpha multiplied by {@code opacity}. */
    Color colour(Ink ink, float opacity) {
        Color c = theme.resolve(ink);
        if (opacity >= 1) {
            return c;
        }
        return new Color(c.getRed(), c.getGreen(), c.getBlue(), Math.round(c.getAlpha() * opacity));
    }

    /** A stroke for a line of {@code style}, scaled. */
    BasicStroke stroke(LineStyle style) {
        float width = (float) (style.width() * scale);
        return new BasicStroke(width, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f,
                style.dash().pattern(width), 0f);
    }

    /** A plain solid stroke of {@code points} (scaled). */
    BasicStroke stroke(double points) {
        return new BasicStroke((float) (points * scale), BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER);
    }
}
