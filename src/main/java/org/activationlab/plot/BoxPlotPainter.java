package org.activationlab.plot;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;

/**
 * Draws a {@link BoxPlot}: the box filled lightly and outlined, the median, the whiskers with caps,
 * then the points. A quartile or whisker at +-infinity (or beyond the axis) is drawn at the edge of
 * the plot area, so that a box of runs that never reached their target runs off the top.
 */
final class BoxPlotPainter {
    /** The fill's opacity. */
    private static final float FILL_OPACITY = 0.22f;
    /** A point's diameter in points at scale 1. */
    private static final double POINT_SIZE = 6;
    /** A whisker's cap is this share of the box's width. */
    private static final double CAP_SHARE = 0.5;

    private BoxPlotPainter() {
    }

    static void paint(Graphics2D g, BoxPlot box, PanelLayout panel, RenderStyle style) {
        Rectangle2D area = panel.plotArea();
        BoxStatistics st = box.statistics();
        double left = panel.x().toPixel(box.x() - box.halfWidth());
        double right = panel.x().toPixel(box.x() + box.halfWidth());
        double centre = panel.x().toPixel(box.x());
        double q1 = y(st.q1(), panel);
        double q3 = y(st.q3(), panel);
        double median = y(st.median(), panel);
        double low = y(st.lowWhisker(), panel);
        double high = y(st.highWhisker(), panel);
        Color ink = style.colour(box.ink());
        Rectangle2D rect = new Rectangle2D.Double(left, Math.min(q1, q3), right - left, Math.abs(q1 - q3));
        g.setColor(style.colour(box.ink(), FILL_OPACITY));
        g.fill(rect);
        double capHalf = (right - left) * CAP_SHARE / 2;
        Path2D.Double whiskers = new Path2D.Double();
        whiskers.moveTo(centre, Math.min(q1, q3));
        whiskers.lineTo(centre, Math.min(low, high));
        whiskers.moveTo(centre - capHalf, Math.min(low, high));
        whiskers.lineTo(centre + capHalf, Math.min(low, high));
        whiskers.moveTo(centre, Math.max(q1, q3));
        whiskers.lineTo(centre, Math.max(low, high));
        whiskers.moveTo(centre - capHalf, Math.max(low, high));
        whiskers.lineTo(centre + capHalf, Math.max(low, high));
        g.setColor(ink);
        g.setStroke(style.stroke(1.2));
        g.draw(rect);
        g.draw(whiskers);
        g.setStroke(style.stroke(2.6));
        g.draw(new Line2D.Double(left, median, right, median));
        paintPoints(g, box, panel, style, ink, area);
    }

    /** The points over the box: filled dots, open rings and crosses, each outlined for contrast. */
    private static void paintPoints(Graphics2D g, BoxPlot box, PanelLayout panel, RenderStyle style, Color ink,
                                    Rectangle2D area) {
        double size = POINT_SIZE * style.scale;
        Color background = style.colour(Ink.Role.BACKGROUND);
        BasicStroke thin = style.stroke(0.8);
        BasicStroke ring = style.stroke(1.5);
        for (BoxPlot.Point p : box.points()) {
            double px = panel.x().toPixel(p.x());
            double py = panel.y().toPixel(p.y());
            if (!Double.isFinite(px) || !Double.isFinite(py)) {
                continue;
            }
            py = Math.max(area.getMinY(), Math.min(area.getMaxY(), py));
            switch (p.kind()) {
                case VALUE -> {
                    java.awt.Shape dot = ItemPainter.MarkerShapes.shape(Marker.Shape.CIRCLE, px, py, size);
                    g.setColor(ink);
                    g.fill(dot);
                    g.setColor(background);
                    g.setStroke(thin);
                    g.draw(dot);
                }
                case CENSORED -> {
                    java.awt.Shape dot = ItemPainter.MarkerShapes.shape(Marker.Shape.CIRCLE, px, py, size * 1.1);
                    g.setColor(background);
                    g.fill(dot);
                    g.setColor(ink);
                    g.setStroke(ring);
                    g.draw(dot);
                }
                case DIVERGED -> {
                    g.setColor(ink);
                    g.setStroke(style.stroke(1.8));
                    g.draw(ItemPainter.MarkerShapes.shape(Marker.Shape.CROSS, px, py, size * 1.2));
                }
            }
        }
    }

    /** The pixel of {@code v}, at the plot area's edge when it lies beyond (infinite values included). */
    private static double y(double v, PanelLayout panel) {
        Rectangle2D area = panel.plotArea();
        double p = panel.y().toPixel(v);
        if (Double.isNaN(p)) {
            p = v > 0 ? area.getMinY() : area.getMaxY();
        }
        return Math.max(area.getMinY(), Math.min(area.getMaxY(), p));
    }
}
