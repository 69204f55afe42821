package org.activationlab.plot;

import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;

/**
 * Decides where everything goes: vertical space first (title, panels by weight, x tick labels,
 * x title, caption), then the y ticks each panel's height allows without their labels touching,
 * then the left margin from the widest y tick label, then as many x ticks as fit without their
 * labels touching ({@link AxisTicks#fitting}).
 */
final class LayoutPlanner {
    /** Pixels per y tick, at scale 1. */
    private static final double Y_TICK_SPACING = 45;
    /** Pixels per x tick, at scale 1, before checking that the labels fit. */
    private static final double X_TICK_SPACING = 80;
    /** The width of a colour bar, at scale 1. */
    static final double COLOUR_BAR_WIDTH = 12;

    /** Each try at a smaller scale is this share of the one before. */
    private static final double SHRINK_STEP = 0.85;
    /** The smallest share of the asked scale a figure is drawn at to fit a small size. */
    private static final double SMALLEST_SHARE = 0.4;
    /** The plot height each panel needs and the plot width, at scale 1, for a figure to count as fitting. */
    private static final double LEAST_PANEL_HEIGHT = 40;
    private static final double LEAST_PLOT_WIDTH = 80;

    private LayoutPlanner() {
    }

    /**
     * The plan of {@code figure} at this size with {@code options}; when the texts would leave its
     * panels too small to read (a figure on a small part of the screen, or at a large presentation
     * scale), the plan at the largest smaller scale that leaves room, down to
     * {@value #SMALLEST_SHARE} of the scale asked for.
     */
    static FigurePlan plan(Figure figure, double width, double height, RenderOptions options) {
        double share = 1;
        while (true) {
            RenderStyle style = new RenderStyle(options.withScale(options.scale() * share), width, height);
            FigurePlan plan = plan(figure, width, height, style);
            if (share * SHRINK_STEP < SMALLEST_SHARE || roomy(plan, style)) {
                return plan;
            }
            share *= SHRINK_STEP;
        }
    }

    private static boolean roomy(FigurePlan plan, RenderStyle style) {
        return plan.layout().panels().stream().map(PanelLayout::plotArea).allMatch(a ->
                a.getHeight() >= LEAST_PANEL_HEIGHT * style.scale && a.getWidth() >= LEAST_PLOT_WIDTH * style.scale);
    }

    private static FigurePlan plan(Figure figure, double width, double height, RenderStyle style) {
        double s = style.scale;
        double pad = style.padding;
        List<Panel> panels = figure.panels();

        double top = pad;
        double titleTop = top;
        TextFit.Block title = TextFit.block(figure.title(), style.titleFont, Math.max(10, width - 2 * pad));
        if (!title.isEmpty()) {
            top += title.height() + 8 * s;
        }
        List<String> caption = figure.caption().isBlank() ? List.of()
                : TextPainter.wrap(figure.caption(), style.captionFont, Math.max(10, width - 2 * pad));
        double captionHeight = caption.size() * TextPainter.lineHeight(style.captionFont);
        double xTickBand = style.tickLength + style.labelGap + TextPainter.lineHeight(style.tickFont);
        Text xLabel = figure.xAxis().label();
        double xLabelHeight = xLabel.isEmpty() ? 0 : TextPainter.measure(xLabel, style.labelFont).height() + style.labelGap;
        double bottom = height - pad - captionHeight - (caption.isEmpty() ? 0 : 6 * s) - xLabelHeight - xTickBand;

        double totalWeight = panels.stream().mapToDouble(Panel::weight).sum();
        double available = Math.max(panels.size() * 10.0, bottom - top - style.panelGap * (panels.size() - 1));
        double[] panelTop = new double[panels.size()];
        double[] panelHeight = new double[panels.size()];
        double y = top;
        List<AxisTicks> yTicks = new ArrayList<>();
        double widestYLabel = 0;
        double yTitleWidth = 0;
        double colourBarSpace = 0;
        for (int i = 0; i < panels.size(); i++) {
            Panel panel = panels.get(i);
            panelTop[i] = y;
            panelHeight[i] = available * panel.weight() / totalWeight;
            y += panelHeight[i] + style.panelGap;
            int count = Math.max(2, (int) Math.round(panelHeight[i] / (Y_TICK_SPACING * s)));
            Axis axis = panel.yAxis();
            AxisTicks ticks = axis.categories().isEmpty() ? AxisTicks.fitting(new AxisMapping(axis.min(), axis.max(),
                    axis.scale(), panelHeight[i], 0), count, true, style).upTo(axis.ticksUpTo())
                    : AxisTicks.categories(axis);
            yTicks.add(ticks);
            widestYLabel = Math.max(widestYLabel, ticks.widestLabel(style.tickFont));
            if (!axis.label().isEmpty()) {
                yTitleWidth = Math.max(yTitleWidth, TextPainter.measure(axis.label(), style.labelFont).height());
            }
            HeatMap bar = ColourBarPainter.colourBarOf(panel);
            if (bar != null) {
                colourBarSpace = Math.max(colourBarSpace, ColourBarPainter.width(bar, panelHeight[i], style));
            }
        }
        double yLabelCentre = pad + yTitleWidth / 2;
        double left = pad + (yTitleWidth > 0 ? yTitleWidth + 2 * style.labelGap : 0) + widestYLabel
                + style.labelGap + style.tickLength;

        Axis x = figure.xAxis();
        double right = width - pad - colourBarSpace;
        AxisTicks xTicks = xTicks(x, right - left, style);
        if (xTicks.labels().length > 0 && colourBarSpace == 0) {
            String last = xTicks.labels()[xTicks.labels().length - 1];
            double lastX = new AxisMapping(x.min(), x.max(), x.scale(), left, right)
                    .toPixel(xTicks.values()[xTicks.values().length - 1]);
            double overhang = lastX + TextPainter.measure(last, style.tickFont).width() / 2 - (width - 2 * s);
            if (overhang > 0) {
                right -= overhang;
            }
        }
        right = Math.max(right, left + 10);

        List<PanelLayout> layouts = new ArrayList<>();
        List<Rectangle2D> colourBars = new ArrayList<>();
        AxisMapping xMapping = new AxisMapping(x.min(), x.max(), x.scale(), left, right);
        for (int i = 0; i < panels.size(); i++) {
            Axis axis = panels.get(i).yAxis();
            double bottomPx = panelTop[i] + panelHeight[i];
            layouts.add(new PanelLayout(i, new Rectangle2D.Double(left, panelTop[i], right - left, panelHeight[i]),
                    xMapping, new AxisMapping(axis.min(), axis.max(), axis.scale(), bottomPx, panelTop[i])));
            colourBars.add(ColourBarPainter.colourBarOf(panels.get(i)) == null ? null
                    : new Rectangle2D.Double(right + 8 * s, panelTop[i], COLOUR_BAR_WIDTH * s, panelHeight[i]));
        }
        double lastBottom = panelTop[panels.size() - 1] + panelHeight[panels.size() - 1];
        double xLabelTop = lastBottom + xTickBand + style.labelGap;
        double captionTop = lastBottom + xTickBand + xLabelHeight + 6 * s;
        return new FigurePlan(style, new FigureLayout(width, height, layouts), xTicks, yTicks, colourBars, title, titleTop,
                xLabelTop, caption, captionTop, yLabelCentre);
    }

    /**
     * The most x ticks, up to one per {@link #X_TICK_SPACING}, whose labels do not touch; every
     * category of a categorical axis.
     */
    private static AxisTicks xTicks(Axis x, double plotWidth, RenderStyle style) {
        if (!x.categories().isEmpty()) {
            return AxisTicks.categories(x);
        }
        int count = Math.max(2, (int) Math.round(plotWidth / (X_TICK_SPACING * style.scale)));
        return AxisTicks.fitting(new AxisMapping(x.min(), x.max(), x.scale(), 0, plotWidth), count, false, style);
    }
}
