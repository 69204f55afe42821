package org.activationlab.plot;

import java.awt.Graphics2D;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.awt.geom.RoundRectangle2D;
import java.util.List;

/** Lays out and draws a panel's legend in a corner of its plot area. */
final class LegendPainter {
    private static final double SWATCH_WIDTH = 26;
    /** Points per series checked when choosing the legend's corner. */
    private static final int POINTS_CHECKED = 256;

    private LegendPainter() {
    }

    static void paint(Graphics2D g, Panel panel, PanelLayout layout, RenderStyle style) {
        Legend legend = panel.legend();
        if (legend.isEmpty()) {
            return;
        }
        double s = style.scale;
        double pad = 6 * s;
        double gap = 6 * s;
        List<LegendEntry> entries = legend.entries();
        double[] rowHeight = new double[entries.size()];
        double labelWidth = 0;
        double formulaWidth = 0;
        double height = 2 * pad;
        for (int i = 0; i < entries.size(); i++) {
            LegendEntry e = entries.get(i);
            TextPainter.Extent label = TextPainter.measure(e.label(), style.legendFont);
            TextPainter.Extent formula = TextPainter.measure(e.formula(), style.legendFont);
            labelWidth = Math.max(labelWidth, label.width());
            formulaWidth = Math.max(formulaWidth, formula.width());
            rowHeight[i] = Math.max(Math.max(label.height(), formula.height()), 12 * s) + 3 * s;
            height += rowHeight[i];
        }
        double width = 2 * pad + SWATCH_WIDTH * s + gap + labelWidth + (formulaWidth > 0 ? 2 * gap + formulaWidth : 0);
        Rectangle2D box = place(legend.position(), panel, layout, width, height, style);

        g.setColor(style.theme.legendBackground());
        RoundRectangle2D frame = new RoundRectangle2D.Double(box.getX(), box.getY(), width, height, 6 * s, 6 * s);
        g.fill(frame);
        g.setColor(style.colour(Ink.Role.GRID));
        g.setStroke(style.stroke(0.8));
        g.draw(frame);

        double y = box.getY() + pad;
        double swatchLeft = box.getX() + pad;
        double labelLeft = swatchLeft + SWATCH_WIDTH * s + gap;
        double formulaLeft = labelLeft + labelWidth + 2 * gap;
        for (int i = 0; i < entries.size(); i++) {
            LegendEntry e = entries.get(i);
            double mid = y + rowHeight[i] / 2;
            paintSwatch(g, e, swatchLeft, mid, rowHeight[i], style);
            TextPainter.draw(g, e.label(), style.legendFont, style.colour(Ink.Role.FOREGROUND), labelLeft, mid,
                    Anchor.LEFT, 0);
            TextPainter.draw(g, e.formula(), style.legendFont, style.colour(Ink.Role.FOREGROUND), formulaLeft, mid,
                    Anchor.LEFT, 0);
            y += rowHeight[i];
        }
    }

    private static void paintSwatch(Graphics2D g, LegendEntry e, double left, double mid, double rowHeight,
                                    RenderStyle style) {
        double width = SWATCH_WIDTH * style.scale;
        if (e.line() != null) {
            g.setColor(style.colour(e.line().ink(), e.line().opacity()));
            g.setStroke(style.stroke(e.line()));
            g.draw(new Line2D.Double(left, mid, left + width, mid));
            return;
        }
        double h = rowHeight - 6 * style.scale;
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

    /** The legend box at its corner; {@link Legend.Position#AUTO} picks the corner over the fewest data points. */
    private static Rectangle2D place(Legend.Position position, Panel panel, PanelLayout layout, double width,
                                     double height, RenderStyle style) {
        if (position != Legend.Position.AUTO) {
            return corner(position, layout, width, height, style);
        }
        Legend.Position best = Legend.Position.TOP_LEFT;
        long fewest = Long.MAX_VALUE;
        for (Legend.Position p : List.of(Legend.Position.TOP_LEFT, Legend.Position.TOP_RIGHT,
                Legend.Position.BOTTOM_RIGHT, Legend.Position.BOTTOM_LEFT)) {
            long covered = coveredPoints(panel, layout, corner(p, layout, width, height, style));
            if (covered < fewest) {
                fewest = covered;
                best = p;
            }
        }
        return corner(best, layout, width, height, style);
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
