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
     * when {@code withXLabels} (the bottom panel).
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
        double yLabelRight = area.getMinX() - style.tickLength - style.labelGap;
        for (int i = 0; i < yTicks.values().length; i++) {
            Text label = Text.plain(yTicks.labels()[i]);
            style.drawn(label, TextPainter.draw(g, label, style.tickFont, labelColour, yLabelRight,
                    panel.y().toPixel(yTicks.values()[i]), Anchor.RIGHT, 0), style.figureFrame);
        }
        if (withXLabels) {
            double top = area.getMaxY() + style.tickLength + style.labelGap;
            for (int i = 0; i < xTicks.values().length; i++) {
                Text label = Text.plain(xTicks.labels()[i]);
                style.drawn(label, TextPainter.draw(g, label, style.tickFont, labelColour,
                        panel.x().toPixel(xTicks.values()[i]), top, Anchor.TOP, 0), style.figureFrame);
            }
        }
        style.drawn(yAxis.label(), TextPainter.draw(g, yAxis.label(), TextFit.font(yAxis.label(), style.labelFont,
                area.getHeight()), style.colour(Ink.Role.FOREGROUND), yLabelCentre, area.getCenterY(), Anchor.CENTER, 1),
                style.figureFrame);
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
