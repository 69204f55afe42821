package org.activationlab.plot;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.util.List;

/** Draws grids, frames, tick marks, tick labels and axis titles. */
final class AxisPainter {
    private AxisPainter() {
    }

    /** The grid lines of one panel at its x and y ticks, in one path (on an image, line by line). */
    static void paintGrid(Graphics2D g, PanelLayout panel, AxisTicks xTicks, AxisTicks yTicks, RenderStyle style) {
        Rectangle2D area = panel.plotArea();
        Path2D.Double grid = new Path2D.Double();
        for (double v : xTicks.values()) {
            double px = panel.x().toPixel(v);
            grid.moveTo(px, area.getMinY());
            grid.lineTo(px, area.getMaxY());
        }
        for (double v : yTicks.values()) {
            double py = panel.y().toPixel(v);
            grid.moveTo(area.getMinX(), py);
            grid.lineTo(area.getMaxX(), py);
        }
        g.setColor(style.colour(Ink.Role.GRID));
        g.setStroke(style.stroke(0.8));
        RasterLines.drawSeparately(g, grid);
    }

    /**
     * The frame, tick marks, y tick labels and y title of one panel; the x tick labels only
     * when {@code withXLabels} (the bottom panel), drawn first so that they keep their place when
     * the lowest y label would meet one.
     */
    static void paintAxes(Graphics2D g, PanelLayout panel, Axis yAxis, AxisTicks xTicks, AxisTicks yTicks,
                          boolean withXLabels, double yLabelCentre, RenderStyle style) {
        Rectangle2D area = panel.plotArea();
        Path2D.Double marks = new Path2D.Double();
        for (double v : xTicks.values()) {
            double px = panel.x().toPixel(v);
            marks.moveTo(px, area.getMaxY());
            marks.lineTo(px, area.getMaxY() + style.tickLength);
        }
        for (double v : yTicks.values()) {
            double py = panel.y().toPixel(v);
            marks.moveTo(area.getMinX(), py);
            marks.lineTo(area.getMinX() - style.tickLength, py);
        }
        g.setColor(style.colour(Ink.Role.FOREGROUND));
        g.setStroke(style.stroke(0.8));
        g.draw(marks);
        g.draw(area);

        Color labelColour = style.colour(Ink.Role.MUTED);
        if (withXLabels) {
            double top = area.getMaxY() + style.tickLength + style.labelGap;
            for (int i = 0; i < xTicks.values().length; i++) {
                tickLabel(g, xTicks.labels()[i], panel.x().toPixel(xTicks.values()[i]), top, Anchor.TOP, labelColour,
                        style);
            }
        }
        double yLabelRight = area.getMinX() - style.tickLength - style.labelGap;
        for (int i = 0; i < yTicks.values().length; i++) {
            tickLabel(g, yTicks.labels()[i], yLabelRight, panel.y().toPixel(yTicks.values()[i]), Anchor.RIGHT,
                    labelColour, style);
        }
        style.drawn(yAxis.label(), TextPainter.draw(g, yAxis.label(), TextFit.font(yAxis.label(), style.labelFont,
                area.getHeight()), style.colour(Ink.Role.FOREGROUND), yLabelCentre, area.getCenterY(), Anchor.CENTER, 1),
                style.figureFrame);
    }

    /**
     * Draws one tick label unless it would lie on text drawn before: where a panel's lowest y label
     * meets the first x label in the corner, or the labels of two stacked panels meet across the
     * gap between them, the later label is left out (its tick mark stays).
     */
    private static void tickLabel(Graphics2D g, String label, double x, double y, Anchor anchor, Color colour,
                                  RenderStyle style) {
        Text text = Text.plain(label);
        Rectangle2D box = TextPainter.box(TextPainter.measure(text, style.tickFont), x, y, anchor, 0);
        boolean covers = style.drawnTexts().stream().anyMatch(t -> overlap(box, t.box()));
        if (!covers) {
            style.drawn(text, TextPainter.draw(g, text, style.tickFont, colour, x, y, anchor, 0), style.figureFrame);
        }
    }

    /** Whether two boxes share more than a sliver (glyph boxes touch when labels merely sit close). */
    private static boolean overlap(Rectangle2D a, Rectangle2D b) {
        Rectangle2D common = a.createIntersection(b);
        return common.getWidth() > 0.5 && common.getHeight() > 0.5;
    }

    /**
     * The x axis title, centred under the plot areas, moved or shrunk as needed to stay inside
     * {@code inside} (on one line: the planner gave it one line's height).
     */
    static void paintXTitle(Graphics2D g, Axis xAxis, PanelLayout bottomPanel, double top, Rectangle2D inside,
                            RenderStyle style) {
        Rectangle2D area = bottomPanel.plotArea();
        TextFit.Block title = new TextFit.Block(xAxis.label().isEmpty() ? List.of() : List.of(xAxis.label()),
                TextFit.font(xAxis.label(), style.labelFont, inside.getWidth()));
        TextPainter.drawBlock(g, title, style.colour(Ink.Role.FOREGROUND), area.getCenterX(), top, 0.5, inside, style);
    }
}
