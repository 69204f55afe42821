package org.activationlab.plot;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.font.LineMetrics;
import java.awt.geom.AffineTransform;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;

/**
 * Measures and draws {@link Text}: plain text with {@code drawString} (the renderer wraps the
 * target in {@link GlyphOutlineGraphics2D} for {@link TextMode#OUTLINES}), LaTeX through
 * JLaTeXMath, always as outlines so that formulas export everywhere. Measurements use a fixed
 * font render context, so a figure lays out the same on every target.
 */
final class TextPainter {
    /** How far beyond its box, in its font size, a formula may ink. */
    private static final double FORMULA_REACH = 0.5;

    /** The size of a piece of text: its width and its extent above and below the baseline. */
    record Extent(double width, double ascent, double descent) {
        double height() {
            return ascent + descent;
        }
    }

    private TextPainter() {
    }

    /** The size {@code text} takes in {@code font}. */
    static Extent measure(Text text, Font font) {
        if (text.isEmpty()) {
            return new Extent(0, 0, 0);
        }
        if (text.latex()) {
            Formulas.Size size = Formulas.measure(text.content(), font.getSize2D());
            return new Extent(size.width(), size.height(), size.depth());
        }
        return measure(text.content(), font);
    }

    /**
     * The size plain {@code s} takes in {@code font}; characters {@code font} lacks are measured
     * in the bundled font that draws them ({@link FontRuns}).
     */
    static Extent measure(String s, Font font) {
        if (s.isEmpty()) {
            return new Extent(0, 0, 0);
        }
        double width = 0;
        double ascent = 0;
        double descent = 0;
        for (FontRuns.Run run : FontRuns.of(s, font)) {
            Rectangle2D bounds = run.font().getStringBounds(run.text(), GlyphOutlineGraphics2D.LAYOUT_CONTEXT);
            LineMetrics metrics = run.font().getLineMetrics(run.text(), GlyphOutlineGraphics2D.LAYOUT_CONTEXT);
            width += bounds.getWidth();
            ascent = Math.max(ascent, metrics.getAscent());
            descent = Math.max(descent, metrics.getDescent());
        }
        return new Extent(width, ascent, descent);
    }

    /** The height of one line of {@code font}, with its leading. */
    static double lineHeight(Font font) {
        LineMetrics m = font.getLineMetrics("Xg", GlyphOutlineGraphics2D.LAYOUT_CONTEXT);
        return m.getAscent() + m.getDescent() + m.getLeading();
    }

    /**
     * Draws {@code text} so that the point {@code anchor} of its box lies at (x, y), turned by
     * {@code quarterTurns} times 90 degrees counter-clockwise about that point (0 or 1).
     *
     * @return the box the text took, in the coordinates of (x, y)
     */
    static Rectangle2D draw(Graphics2D g, Text text, Font font, Color colour, double x, double y, Anchor anchor,
                            int quarterTurns) {
        Extent e = measure(text, font);
        Rectangle2D box = box(e, x, y, anchor, quarterTurns);
        if (text.isEmpty()) {
            return box;
        }
        GraphicsState saved = GraphicsState.save(g);
        try {
            g.translate(x, y);
            if (quarterTurns != 0) {
                g.rotate(-Math.PI / 2 * quarterTurns);
            }
            double left = -anchor.fractionX() * e.width();
            double top = -anchor.fractionY() * e.height();
            g.setColor(colour);
            if (text.latex()) {
                paintFormula(g, text.content(), font, colour, left, top);
            } else {
                drawRuns(g, text.content(), font, left, top + e.ascent());
            }
        } finally {
            saved.restore(g);
        }
        return box;
    }

    /**
     * The box a text of extent {@code e} takes when its point {@code anchor} lies at (x, y), turned
     * by {@code quarterTurns} times 90 degrees counter-clockwise about that point.
     */
    static Rectangle2D box(Extent e, double x, double y, Anchor anchor, int quarterTurns) {
        Rectangle2D local = new Rectangle2D.Double(-anchor.fractionX() * e.width(), -anchor.fractionY() * e.height(),
                e.width(), e.height());
        AffineTransform turn = AffineTransform.getTranslateInstance(x, y);
        turn.rotate(-Math.PI / 2 * quarterTurns);
        return turn.createTransformedShape(local).getBounds2D();
    }

    /**
     * Draws the lines of {@code block} one under another from {@code top}, each line's point at
     * {@code align} of its width (0 its left end, 0.5 its middle) at {@code x}, moved sideways as
     * little as needed to stay inside {@code frame}, and notes each line in {@code style}.
     */
    static void drawBlock(Graphics2D g, TextFit.Block block, Color colour, double x, double top, double align,
                          Rectangle2D frame, RenderStyle style) {
        double y = top;
        for (Text line : block.lines()) {
            double w = measure(line, block.font()).width();
            double left = Math.max(frame.getMinX(), Math.min(frame.getMaxX() - w, x - align * w));
            style.drawn(line, draw(g, line, block.font(), colour, left, y, Anchor.TOP_LEFT, 0), frame);
            y += block.lineHeight();
        }
    }

    /** Draws plain {@code s} from (x, baseline), each run in the font that can display it. */
    private static void drawRuns(Graphics2D g, String s, Font font, double x, double baseline) {
        double runX = x;
        for (FontRuns.Run run : FontRuns.of(s, font)) {
            g.setFont(run.font());
            g.drawString(run.text(), (float) runX, (float) baseline);
            runX += run.font().getStringBounds(run.text(), GlyphOutlineGraphics2D.LAYOUT_CONTEXT).getWidth();
        }
    }

    /**
     * Paints a formula with its box's top left corner at (left, top); on an image from a stamp
     * ({@link Stamps}), which may ink up to {@link #FORMULA_REACH} of the font size beyond the box
     * (slanted letters, accents).
     */
    private static void paintFormula(Graphics2D g, String latex, Font font, Color colour, double left, double top) {
        float size = font.getSize2D();
        Formulas.Size box = Formulas.measure(latex, size);
        double reach = FORMULA_REACH * size;
        Rectangle2D inks = new Rectangle2D.Double(-reach, -reach, box.width() + 2 * reach,
                box.height() + box.depth() + 2 * reach);
        if (!Stamps.draw(g, new StampedFormula(latex, size), left, top, inks,
                at -> paintFormulaAt(at, latex, font, colour, 0, 0))) {
            paintFormulaAt(g, latex, font, colour, left, top);
        }
    }

    /** A formula in a size, as a stamp shows it (in the current colour). */
    private record StampedFormula(String latex, float size) {
    }

    private static void paintFormulaAt(Graphics2D g, String latex, Font font, Color colour, double left, double top) {
        Graphics2D outlines = g instanceof GlyphOutlineGraphics2D ? g : new GlyphOutlineGraphics2D(g);
        GraphicsState saved = GraphicsState.save(g);
        try {
            outlines.translate(left, top);
            Formulas.paint(outlines, latex, font.getSize2D(), colour);
        } finally {
            saved.restore(g);
        }
    }

    /**
     * {@code text} broken into lines no wider than {@code width} (a longer word gets its own line):
     * at spaces, and between two Chinese characters, which are written without spaces (never
     * before closing punctuation such as {@code ，} or {@code 。}).
     */
    static List<String> wrap(String text, Font font, double width) {
        List<String> lines = new ArrayList<>();
        for (String paragraph : text.split("\n", -1)) {
            StringBuilder line = new StringBuilder();
            for (LineBreaks.Piece piece : LineBreaks.pieces(paragraph)) {
                String candidate = line.length() == 0 ? piece.text()
                        : line + (piece.spaceBefore() ? " " : "") + piece.text();
                if (line.length() > 0 && measure(candidate, font).width() > width) {
                    lines.add(line.toString());
                    line = new StringBuilder(piece.text());
                } else {
                    line = new StringBuilder(candidate);
                }
            }
            lines.add(line.toString());
        }
        return lines;
    }
}
