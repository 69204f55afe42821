package org.activationlab.plot;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;

/** Draws the colour bar of a panel's heat map: the ramp, its ticks and its title. */
final class ColourBarPainter {
    private static final int RAMP_STEPS = 256;

    private ColourBarPainter() {
    }

    /** The first heat map of {@code panel} that asks for a colour bar, or null. */
    static HeatMap colourBarOf(Panel panel) {
        for (PlotItem item : panel.items()) {
            if (item instanceof HeatMap h && h.colourBar()) {
                return h;
            }
        }
        return null;
    }

    /** The horizontal space a colour bar of this height needs right of the plot area. */
    static double width(HeatMap map, double height, RenderStyle style) {
        double s = style.scale;
        double labels = ticks(map, height, style).widestLabel(style.tickFont);
        double title = map.colourBarLabel().isEmpty() ? 0
                : TextPainter.measure(map.colourBarLabel(), style.labelFont).height() + 2 * style.labelGap;
        return 8 * s + LayoutPlanner.COLOUR_BAR_WIDTH * s + style.tickLength + style.labelGap + labels + title;
    }

    static void paint(Graphics2D g, HeatMap map, Rectangle2D bar, RenderStyle style) {
        BufferedImage ramp = new BufferedImage(1, RAMP_STEPS, BufferedImage.TYPE_INT_ARGB);
        for (int i = 0; i < RAMP_STEPS; i++) {
            ramp.setRGB(0, RAMP_STEPS - 1 - i, map.scale().argb(i / (RAMP_STEPS - 1.0)));
        }
        GraphicsState saved = GraphicsState.save(g);
        try {
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            AffineTransform at = new AffineTransform();
            at.translate(bar.getX(), bar.getY());
            at.scale(bar.getWidth(), bar.getHeight() / RAMP_STEPS);
            g.drawImage(ramp, at, null);
            g.setColor(style.colour(Ink.Role.FOREGROUND));
            g.setStroke(style.stroke(0.8));
            g.draw(bar);
            AxisTicks ticks = ticks(map, bar.getHeight(), style);
            AxisMapping m = new AxisMapping(map.low(), map.high(), Scale.LINEAR, bar.getMaxY(), bar.getMinY());
            double labelX = bar.getMaxX() + style.tickLength + style.labelGap;
            for (int i = 0; i < ticks.values().length; i++) {
                double y = m.toPixel(ticks.values()[i]);
                g.setColor(style.colour(Ink.Role.FOREGROUND));
                g.draw(new Line2D.Double(bar.getMaxX(), y, bar.getMaxX() + style.tickLength, y));
                Text label = Text.plain(ticks.labels()[i]);
                style.drawn(label, TextPainter.draw(g, label, style.tickFont, style.colour(Ink.Role.MUTED), labelX, y,
                        Anchor.LEFT, 0), style.figureFrame);
            }
            if (!map.colourBarLabel().isEmpty()) {
                double titleX = labelX + ticks.widestLabel(style.tickFont) + 2 * style.labelGap;
                style.drawn(map.colourBarLabel(), TextPainter.draw(g, map.colourBarLabel(),
                        TextFit.font(map.colourBarLabel(), style.labelFont, bar.getHeight()),
                        style.colour(Ink.Role.FOREGROUND), titleX, bar.getCenterY(), Anchor.TOP, 1), style.figureFrame);
            }
        } finally {
            saved.restore(g);
        }
    }

    private static AxisTicks ticks(HeatMap map, double height, RenderStyle style) {
        int count = Math.max(2, (int) Math.round(height / (40 * style.scale)));
        return AxisTicks.fitting(new AxisMapping(map.low(), map.high(), Scale.LINEAR, height, 0), count, true, style);
    }
}
