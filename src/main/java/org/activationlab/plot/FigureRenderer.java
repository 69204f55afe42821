package org.activationlab.plot;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Rectangle2D;
import java.util.List;

/**
 * Draws a {@link Figure} on any {@code java.awt.Graphics2D}: a BufferedImage (the screen and PNG),
 * Batik's SVG generator or PDFBox's PDF generator. The one
 * renderer behind the screen and every export, so they show the same picture.
 *
 * <p>Coordinates are in the Graphics2D's user space: the figure fills (0, 0) to
 * (width, height). Stateless and thread-safe; each call lays the figure out afresh.
 */
public final class FigureRenderer {
    private FigureRenderer() {
    }

    /**
     * Draws {@code figure} into the rectangle (0, 0, width, height) of {@code g}.
     *
     * @return where the panels landed, for mapping pixels to data
     */
    public static FigureLayout render(Figure figure, Graphics2D g, double width, double height, RenderOptions options) {
        FigurePlan plan = LayoutPlanner.plan(figure, width, height, options);
        RenderStyle style = plan.style();
        GraphicsState saved = GraphicsState.save(g);
        Graphics2D g2 = options.textMode() == TextMode.OUTLINES ? new GlyphOutlineGraphics2D(g) : g;
        try {
            g2.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g2.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g2.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
            g2.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
            if (!options.transparentBackground()) {
                g2.setColor(style.theme.background());
                g2.fill(new Rectangle2D.Double(0, 0, width, height));
            }
            paint(figure, plan, g2, style);
        } finally {
            saved.restore(g);
        }
        return plan.layout().withTexts(style.drawnTexts());
    }

    /** Where the panels of {@code figure} land at this size, without drawing. */
    public static FigureLayout layout(Figure figure, double width, double height, RenderOptions options) {
        return LayoutPlanner.plan(figure, width, height, options).layout();
    }

    /** The figure less its padding: where titles and captions go. */
    private static Rectangle2D insidePadding(RenderStyle style) {
        Rectangle2D f = style.figureFrame;
        double pad = Math.min(style.padding, Math.min(f.getWidth(), f.getHeight()) / 2);
        return new Rectangle2D.Double(f.getX() + pad, f.getY(), f.getWidth() - 2 * pad, f.getHeight());
    }

    private static void paint(Figure figure, FigurePlan plan, Graphics2D g, RenderStyle style) {
        List<PanelLayout> layouts = plan.layout().panels();
        PanelLayout first = layouts.get(0);
        PanelLayout last = layouts.get(layouts.size() - 1);
        Rectangle2D inside = insidePadding(style);
        TextPainter.drawBlock(g, plan.title(), style.colour(Ink.Role.FOREGROUND), first.plotArea().getCenterX(),
                plan.titleTop(), 0.5, inside, style);
        for (int i = 0; i < layouts.size(); i++) {
            Panel panel = figure.panels().get(i);
            PanelLayout layout = layouts.get(i);
            AxisTicks yTicks = plan.yTicks().get(i);
            AxisPainter.paintGrid(g, layout, plan.xTicks(), yTicks, style);
            GraphicsState unclipped = GraphicsState.save(g);
            try {
                g.clip(layout.plotArea());
                for (PlotItem item : panel.items()) {
                    ItemPainter.paint(g, item, layout, style);
                }
            } finally {
                unclipped.restore(g);
            }
            AxisPainter.paintAxes(g, layout, panel.yAxis(), plan.xTicks(), yTicks, layout == last,
                    plan.yLabelCentre(), style);
            LegendPainter.paint(g, panel, layout, style);
            Rectangle2D bar = plan.colourBars().get(i);
            if (bar != null) {
                ColourBarPainter.paint(g, ColourBarPainter.colourBarOf(panel), bar, style);
            }
        }
        AxisPainter.paintXTitle(g, figure.xAxis(), last, plan.xLabelTop(), inside, style);
        double lineHeight = TextPainter.lineHeight(style.captionFont);
        double y = plan.captionTop();
        for (String line : plan.captionLines()) {
            Text text = Text.plain(line);
            style.drawn(text, TextPainter.draw(g, text, style.captionFont, style.colour(Ink.Role.MUTED), style.padding,
                    y, Anchor.TOP_LEFT, 0), style.figureFrame);
            y += lineHeight;
        }
    }
}
