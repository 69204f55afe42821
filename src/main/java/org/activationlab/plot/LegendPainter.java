package org.activationlab.plot;

import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.awt.geom.RoundRectangle2D;
import java.util.ArrayList;
import java.util.List;

/**
 * Lays out and draws a panel's legend in a corner of its plot area: shrunk when it would not fit
 * the panel, and in a corner where it hides no text already drawn (such as a label in the panel),
 * shrunk further to find one. A legend that finds no such corner even at half that size is left
 * out: the panel is too small for both, and the label says more than the legend.
 */
final class LegendPainter {
    private static final double SWATCH_WIDTH = 26;
    /** Shrinks a little more than the measured ratio, as glyph widths do not scale exactly. */
    private static final double SHRINK_MARGIN = 0.97;
    /** Each try at a smaller legend, to find a corner where it hides no text, is this share of the one before. */
    private static final double SHRINK_STEP = 0.9;
    /** The smallest share of the size that fits the panel a legend is shrunk to while looking for a clear corner. */
    private static final double SMALLEST_SHARE = 0.5;
    /** Points per series checked when choosing the legend's corner. */
    private static final int POINTS_CHECKED = 256;

    private LegendPainter() {
    }

    static void paint(Graphics2D g, Panel panel, PanelLayout layout, RenderStyle style) {
        Legend legend = panel.legend();
        if (legend.isEmpty()) {
            return;
        }
        Rectangle2D area = layout.plotArea();
        double inset = 6 * style.scale;
        Sizes natural = new Sizes(legend.entries(), style.legendFont, 1, style);
        double fitting = Math.min(1, Math.min((area.getWidth() - 2 * inset) / natural.width,
                (area.getHeight() - 2 * inset) / natural.height));
        Sizes sizes = null;
        Rectangle2D box = null;
        for (double share = fitting; box == null && share >= fitting * SMALLEST_SHARE; share *= SHRINK_STEP) {
            sizes = sizes(legend, share, style);
            box = clearCorner(legend.position(), panel, layout, sizes.width, sizes.height, style);
        }
        if (box == null) {
            return;
        }

        double s = sizes.share * style.scale;
        g.setColor(style.theme.legendBackground());
        RoundRectangle2D frame = new RoundRectangle2D.Double(box.getX(), box.getY(), sizes.width, sizes.height,
                6 * s, 6 * s);
        g.fill(frame);
        g.setColor(style.colour(Ink.Role.GRID));
        g.setStroke(style.stroke(0.8));
        g.draw(frame);

        List<LegendEntry> entries = legend.entries();
        double y = box.getY() + sizes.pad;
        double swatchLeft = box.getX() + sizes.pad;
        double labelLeft = swatchLeft + SWATCH_WIDTH * s + sizes.gap;
        double formulaLeft = labelLeft + sizes.labelWidth + 2 * sizes.gap;
        for (int i = 0; i < entries.size(); i++) {
            LegendEntry e = entries.get(i);
            double mid = y + sizes.rowHeight[i] / 2;
            paintSwatch(g, e, swatchLeft, mid, sizes.rowHeight[i], s, style);
            style.drawn(e.label(), TextPainter.draw(g, e.label(), sizes.font,
                    style.colour(Ink.Role.FOREGROUND), labelLeft, mid, Anchor.LEFT, 0), area);
            style.drawn(e.formula(), TextPainter.draw(g, e.formula(), sizes.font,
                    style.colour(Ink.Role.FOREGROUND), formulaLeft, mid, Anchor.LEFT, 0), area);
            y += sizes.rowHeight[i];
        }
    }

    /**
     * The measures of a legend drawn in {@code font}, with its paddings, swatches and gaps at
     * {@code share} of their usual size (less than 1 when the legend is shrunk to fit its panel).
     */
    private static final class Sizes {
        final Font font;
        final double share;
        final double pad;
        final double gap;
        final double[] rowHeight;
        final double labelWidth;
        final double width;
        final double height;

        Sizes(List<LegendEntry> entries, Font font, double share, RenderStyle style) {
            double s = share * style.scale;
            this.font = font;
            this.share = share;
            this.pad = 6 * s;
            this.gap = 6 * s;
            this.rowHeight = new double[entries.size()];
            double labels = 0;
            double formulas = 0;
            double total = 2 * pad;
            for (int i = 0; i < entries.size(); i++) {
                LegendEntry e = entries.get(i);
                TextPainter.Extent label = TextPainter.measure(e.label(), font);
                TextPainter.Extent formula = TextPainter.measure(e.formula(), font);
                labels = Math.max(labels, label.width());
                formulas = Math.max(formulas, formula.width());
                rowHeight[i] = Math.max(Math.max(label.height(), formula.height()), 12 * s) + 3 * s;
                total += rowHeight[i];
            }
            this.labelWidth = labels;
            this.width = 2 * pad + SWATCH_WIDTH * s + gap + labels + (formulas > 0 ? 2 * gap + formulas : 0);
            this.height = total;
        }
    }

    private static void paintSwatch(Graphics2D g, LegendEntry e, double left, double mid, double rowHeight,
                                    double scale, RenderStyle style) {
        double width = SWATCH_WIDTH * scale;
        if (e.line() != null) {
            g.setColor(style.colour(e.line().ink(), e.line().opacity()));
            g.setStroke(style.stroke(e.line()));
            g.draw(new Line2D.Double(left, mid, left + width, mid));
            return;
        }
        double h = rowHeight - 6 * scale;
        Rectangle2D rect = new Rectangle2D.Double(left, mid - h / 2, width, h);
        if (e.fill() == XRegion.Fill.SHADE) {
            g.setColor(style.colour(e.fillInk(), 0.3f));
            g.fill(rect);
        } else {
            ItemPainter.hatch(g, rect, style.colour(e.fillInk()), style);
        }
        g.setColor(style.colour(Ink.Role.GRID));
        g.setStroke(style.stroke(0.6));
        g.draw(rect);
    }

    /** The sizes of {@code legend} at {@code share} of its natural size. */
    private static Sizes sizes(Legend legend, double share, RenderStyle style) {
        double k = share >= 1 ? 1 : SHRINK_MARGIN * share;
        return new Sizes(legend.entries(), style.legendFont.deriveFont((float) (style.legendFont.getSize2D() * k)), k,
                style);
    }

    /** The corners to try: the one asked for first, or all four for {@link Legend.Position#AUTO}. */
    private static List<Legend.Position> corners(Legend.Position position) {
        List<Legend.Position> corners = new ArrayList<>(List.of(Legend.Position.TOP_LEFT, Legend.Position.TOP_RIGHT,
                Legend.Position.BOTTOM_RIGHT, Legend.Position.BOTTOM_LEFT));
        if (position != Legend.Position.AUTO) {
            corners.remove(position);
            corners.add(0, position);
        }
        return corners;
    }

    /**
     * The legend box in a corner where it hides no text drawn before (a label in the panel): the
     * corner asked for if it is clear, else the next clear one; for {@link Legend.Position#AUTO}
     * the clear corner over the fewest data points. Null when every corner hides text.
     */
    private static Rectangle2D clearCorner(Legend.Position position, Panel panel, PanelLayout layout, double width,
                                           double height, RenderStyle style) {
        List<TextBox> drawn = style.drawnTexts();
        Rectangle2D best = null;
        long fewestPoints = Long.MAX_VALUE;
        for (Legend.Position p : corners(position)) {
            Rectangle2D box = corner(p, layout, width, height, style);
            if (hiddenText(box, drawn) > 0) {
                continue;
            }
            if (position != Legend.Position.AUTO) {
                return box;
            }
            long points = coveredPoints(panel, layout, box);
            if (points < fewestPoints) {
                best = box;
                fewestPoints = points;
            }
        }
        return best;
    }

    /** The area of text boxes that {@code box} covers. */
    private static double hiddenText(Rectangle2D box, List<TextBox> drawn) {
        double area = 0;
        for (TextBox t : drawn) {
            Rectangle2D overlap = box.createIntersection(t.box());
            if (!overlap.isEmpty()) {
                area += overlap.getWidth() * overlap.getHeight();
            }
        }
        return area;
    }

    private static Rectangle2D corner(Legend.Position position, PanelLayout layout, double width, double height,
                                      RenderStyle style) {
        Rectangle2D area = layout.plotArea();
        double inset = 6 * style.scale;
        boolean left = position == Legend.Position.TOP_LEFT || position == Legend.Position.BOTTOM_LEFT;
        boolean top = position == Legend.Position.TOP_LEFT || position == Legend.Position.TOP_RIGHT;
        double x = left ? area.getMinX() + inset : area.getMaxX() - inset - width;
        double y = top ? area.getMinY() + inset : area.getMaxY() - inset - height;
        // a legend taller than the panel (large presentation scale, short panel) hangs down from its top edge
        return new Rectangle2D.Double(x, Math.max(area.getMinY(), y), width, height);
    }

    /**
     * About how many series points (and bar tops) fall inside {@code box}: every point of short
     * series, an even subset of {@link #POINTS_CHECKED} points of long ones.
     */
    private static long coveredPoints(Panel panel, PanelLayout layout, Rectangle2D box) {
        long n = 0;
        for (PlotItem item : panel.items()) {
            if (item instanceof Series s) {
                int stride = Math.max(1, s.size() / POINTS_CHECKED);
                for (int i = 0; i < s.size(); i += stride) {
                    if (box.contains(layout.x().toPixel(s.x(i)), layout.y().toPixel(s.y(i)))) {
                        n++;
                    }
                }
            } else if (item instanceof Bars b) {
                for (int i = 0; i < b.size(); i++) {
                    double cx = layout.x().toPixel((b.left(i) + b.right(i)) / 2);
                    if (box.contains(cx, layout.y().toPixel(b.height(i)))) {
                        n++;
                    }
                }
            }
        }
        return n;
    }
}
