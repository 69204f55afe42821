package org.activationlab.plot.studies;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.activationlab.model.Numbers;
import org.activationlab.nn.Histogram;
import org.activationlab.nn.depth.DepthConfig;
import org.activationlab.nn.depth.DepthLayerStats;
import org.activationlab.nn.depth.DepthResult;
import org.activationlab.nn.depth.WeightInit;
import org.activationlab.plot.Axis;
import org.activationlab.plot.Dash;
import org.activationlab.plot.Figure;
import org.activationlab.plot.Ink;
import org.activationlab.plot.Legend;
import org.activationlab.plot.LegendEntry;
import org.activationlab.plot.LineStyle;
import org.activationlab.plot.Panel;
import org.activationlab.plot.ReferenceLine;
import org.activationlab.plot.Scale;
import org.activationlab.plot.Series;
import org.activationlab.plot.SeriesTable;
import org.activationlab.plot.Text;
import org.activationlab.plot.PlotTexts;

/**
 * The depth study as one figure, four panels sharing the layer axis: the distribution of each
 * layer's activations as a violin (each scaled to its own tallest bin), the standard deviations
 * of pre-activations, activations and gradients on a log axis, the means, and the fractions of
 * saturated and dead units.
 */
public final class DepthFigure {
    /** Half the width of the widest violin, in layers. */
    static final double VIOLIN_HALF_WIDTH = 0.42;
    private static final LineStyle ZERO_LINE = LineStyle.solid(Ink.Role.MUTED, 0.8f).withOpacity(0.8f);

    private DepthFigure() {
    }

    /** The figure of {@code result}. */
    public static Figure build(DepthResult result) {
        List<DepthLayerStats> layers = result.layers();
        double[] xs = new double[layers.size()];
        for (int i = 0; i < xs.length; i++) {
            xs[i] = layers.get(i).layer();
        }
        Axis x = new Axis(PlotTexts.plain("depth.layerAxis"), 0.5, layers.size() + 0.5, Scale.LINEAR);
        List<Panel> panels = List.of(violinPanel(layers), stdPanel(layers, xs), meanPanel(layers, xs),
                healthPanel(layers, xs));
        return new Figure(Text.plain(title(result.config())), x, panels, overflowCaption(layers));
    }

    /**
     * Where values stop being finite, e.g. "Values overflow from layer 27 on (NaN or infinite in
     * 100% of layer 28's outputs)", or empty when every layer stays finite.
     */
    static String overflowCaption(List<DepthLayerStats> layers) {
        for (DepthLayerStats s : layers) {
            if (s.nonFiniteFraction() > 0) {
                DepthLayerStats worst = layers.stream()
                        .max(Comparator.comparingDouble(DepthLayerStats::nonFiniteFraction)).orElseThrow();
                return PlotTexts.format("depth.overflow", s.layer(), worst.layer(),
                        Numbers.format(100 * worst.nonFiniteFraction(), 3));
            }
        }
        return "";
    }

    /** The per-layer numbers with the {@code depth} command's columns. */
    public static SeriesTable table(DepthResult result) {
        List<DepthLayerStats> layers = result.layers();
        List<String> headers = List.of("layer", "preact_mean", "preact_std", "act_mean", "act_std", "grad_std",
                "saturated", "dead");
        List<double[]> columns = new ArrayList<>();
        for (int c = 0; c < headers.size(); c++) {
            columns.add(new double[layers.size()]);
        }
        for (int i = 0; i < layers.size(); i++) {
            DepthLayerStats s = layers.get(i);
            double[] row = {s.layer(), s.preActivationMean(), s.preActivationStd(), s.activationMean(),
                s.activationStd(), s.gradientStd(), s.saturatedFraction(), s.deadFraction()};
            for (int c = 0; c < row.length; c++) {
                columns.get(c)[i] = row[c];
            }
        }
        return new SeriesTable(headers, columns);
    }

    /** E.g. "Tanh, xavier weights, 30 layers of 100 units, batch norm off, seed 1". */
    static String title(DepthConfig c) {
        String init = c.init() == WeightInit.NORMAL ? PlotTexts.format("depth.normalWeights", Numbers.format(c.std()))
                : PlotTexts.format("depth.weights", c.init().cliName());
        return PlotTexts.format("depth.title", Describe.activation(c.activation()), init, c.layers(), c.width(),
                PlotTexts.get("depth.batchNorm." + c.batchNorm().cliName()), c.seed());
    }

    private static Panel violinPanel(List<DepthLayerStats> layers) {
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        List<Series> violins = new ArrayList<>();
        LineStyle style = LineStyle.solid(Ink.series(0), 1f);
        for (DepthLayerStats s : layers) {
            Histogram h = s.activations();
            int tallest = 0;
            for (int b = 0; b < h.binCount(); b++) {
                tallest = Math.max(tallest, h.count(b));
            }
            if (tallest == 0) {
                continue;
            }
            lo = Math.min(lo, h.lower());
            hi = Math.max(hi, h.upper());
            violins.add(violin(s.layer(), h, tallest, style));
        }
        Axis y = lo < hi ? AutoRange.linear(PlotTexts.plain("depth.activation"), new double[] {lo, hi})
                : AutoRange.linear(PlotTexts.plain("depth.activation"));
        Panel.Builder panel = Panel.builder(y).weight(2.2);
        if (y.contains(0)) {
            panel.add(ReferenceLine.horizontal(0, ZERO_LINE));
        }
        return panel.addAll(violins).build();
    }

    /** The outline of one violin: up the right side through the bin centres, down the left side. */
    private static Series violin(int layer, Histogram h, int tallest, LineStyle style) {
        int bins = h.binCount();
        double[] xs = new double[2 * bins + 3];
        double[] ys = new double[2 * bins + 3];
        xs[0] = layer;
        ys[0] = h.lower();
        for (int b = 0; b < bins; b++) {
            double half = VIOLIN_HALF_WIDTH * h.count(b) / tallest;
            double centre = h.binStart(b) + h.binWidth() / 2;
            xs[1 + b] = layer + half;
            ys[1 + b] = centre;
            xs[2 * bins + 1 - b] = layer - half;
            ys[2 * bins + 1 - b] = centre;
        }
        xs[bins + 1] = layer;
        ys[bins + 1] = h.upper();
        xs[2 * bins + 2] = layer;
        ys[2 * bins + 2] = h.lower();
        return new Series("violin:" + layer, Text.plain(PlotTexts.format("depth.layer", layer)), xs, ys, style);
    }

    private static Panel stdPanel(List<DepthLayerStats> layers, double[] xs) {
        double[] pre = column(layers, DepthLayerStats::preActivationStd);
        double[] act = column(layers, DepthLayerStats::activationStd);
        double[] grad = column(layers, DepthLayerStats::gradientStd);
        Axis y = AutoRange.log(PlotTexts.plain("depth.stdAxis"), pre, act, grad);
        LineStyle preStyle = LineStyle.solid(Ink.series(2), 1.5f).withDash(Dash.DASHED);
        LineStyle actStyle = LineStyle.solid(Ink.series(0), 2f);
        LineStyle gradStyle = LineStyle.solid(Ink.series(1), 2f);
        return Panel.builder(y).weight(1.6)
                .add(new Series("preact_std", PlotTexts.plain("depth.preactStd"), xs, pre, preStyle))
                .add(new Series("act_std", PlotTexts.plain("depth.actStd"), xs, act, actStyle))
                .add(new Series("grad_std", PlotTexts.plain("depth.gradStd"), xs, grad, gradStyle))
                .legend(Legend.auto(List.of(
                        LegendEntry.line(PlotTexts.plain("depth.preactStd"), preStyle),
                        LegendEntry.line(PlotTexts.plain("depth.actStd"), actStyle),
                        LegendEntry.line(PlotTexts.plain("depth.gradStd"), gradStyle))))
                .build();
    }

    private static Panel meanPanel(List<DepthLayerStats> layers, double[] xs) {
        double[] pre = column(layers, DepthLayerStats::preActivationMean);
        double[] act = column(layers, DepthLayerStats::activationMean);
        Axis y = AutoRange.linear(PlotTexts.plain("depth.meanAxis"), pre, act, new double[] {0});
        LineStyle preStyle = LineStyle.solid(Ink.series(2), 1.5f).withDash(Dash.DASHED);
        LineStyle actStyle = LineStyle.solid(Ink.series(0), 2f);
        return Panel.builder(y).weight(1)
                .add(ReferenceLine.horizontal(0, ZERO_LINE))
                .add(new Series("preact_mean", PlotTexts.plain("depth.preactMean"), xs, pre, preStyle))
                .add(new Series("act_mean", PlotTexts.plain("depth.actMean"), xs, act, actStyle))
                .legend(Legend.auto(List.of(
                        LegendEntry.line(PlotTexts.plain("depth.preactMean"), preStyle),
                        LegendEntry.line(PlotTexts.plain("depth.actMean"), actStyle))))
                .build();
    }

    private static Panel healthPanel(List<DepthLayerStats> layers, double[] xs) {
        double[] saturated = column(layers, DepthLayerStats::saturatedFraction);
        double[] dead = column(layers, DepthLayerStats::deadFraction);
        Axis y = new Axis(PlotTexts.plain("depth.shareAxis"), -0.04, 1.04, Scale.LINEAR);
        LineStyle saturatedStyle = LineStyle.solid(Ink.series(3), 2f);
        LineStyle deadStyle = LineStyle.solid(Ink.series(1), 2f).withDash(Dash.DASHED);
        return Panel.builder(y).weight(1)
                .add(new Series("saturated", PlotTexts.plain("depth.saturated"), xs, saturated, saturatedStyle))
                .add(new Series("dead", PlotTexts.plain("depth.dead"), xs, dead, deadStyle))
                .legend(Legend.auto(List.of(
                        LegendEntry.line(PlotTexts.plain("depth.saturatedLegend"), saturatedStyle),
                        LegendEntry.line(PlotTexts.plain("depth.deadLegend"), deadStyle))))
                .build();
    }

    private static double[] column(List<DepthLayerStats> layers, java.util.function.ToDoubleFunction<DepthLayerStats> f) {
        return layers.stream().mapToDouble(f).toArray();
    }
}
