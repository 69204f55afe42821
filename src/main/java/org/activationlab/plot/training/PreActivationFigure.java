package org.activationlab.plot.training;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.activationlab.model.Activation;
import org.activationlab.model.Jumps;
import org.activationlab.model.Numbers;
import org.activationlab.nn.Histogram;
import org.activationlab.nn.LayerDiagnostics;
import org.activationlab.nn.LayerShape;
import org.activationlab.nn.TrainingSnapshot;
import org.activationlab.nn.UnitDiagnostics;
import org.activationlab.plot.Axis;
import org.activationlab.plot.Bars;
import org.activationlab.plot.Dash;
import org.activationlab.plot.Figure;
import org.activationlab.plot.Ink;
import org.activationlab.plot.Legend;
import org.activationlab.plot.LegendEntry;
import org.activationlab.plot.LineStyle;
import org.activationlab.plot.Panel;
import org.activationlab.plot.Scale;
import org.activationlab.plot.Series;
import org.activationlab.plot.Text;
import org.activationlab.plot.XRegion;
import org.activationlab.plot.PlotTexts;

/**
 * The picture that explains saturation and dying units: for each hidden layer, the histogram
 * of its pre-activations z over the training set (scaled so the tallest bin is 1) drawn over
 * the layer's activation f(z) and its derivative f'(z), with the region where |f'(z)| &lt; 0.01
 * (saturated) shaded and the region where f'(z) = 0 (dead) hatched. Units piling into sigmoid's
 * flat tails or ReLU's zero side are visible at a glance. A PReLU layer is drawn with its learned alpha.
 * Each layer's count of dead and saturated units opens the caption, under the plots: drawn in a
 * small plot it wrapped into a box that covered the plot (issue 16).
 */
public final class PreActivationFigure {
    /** |f'| below this counts as saturated, as in the trainer's diagnostics. */
    public static final double SATURATION_SLOPE = 0.01;
    private static final double Y_MIN = -1.25;
    private static final double Y_MAX = 1.75;
    private static final int SAMPLES = 601;
    private static final Ink SATURATED_INK = new Ink.Fixed(new java.awt.Color(0xE69F00));
    private static final Ink DEAD_INK = new Ink.Fixed(new java.awt.Color(0x7F7F7F));
    private static final Ink HISTOGRAM_INK = new Ink.SeriesColour(2);
    private static final LineStyle F_STYLE = LineStyle.solid(new Ink.SeriesColour(0), 2f);
    private static final LineStyle DF_STYLE = LineStyle.solid(new Ink.SeriesColour(1), 1.8f).withDash(Dash.DASHED);
    private static final float REGION_OPACITY = 0.25f;

    private PreActivationFigure() {
    }

    /** The figure for {@code snapshot}: one panel per hidden layer, input side on top. */
    public static Figure build(TrainingSnapshot snapshot) {
        List<Panel> panels = new ArrayList<>();
        List<LayerDiagnostics> layers = snapshot.layers();
        double lower = layers.isEmpty() ? -6 : layers.get(0).histogram().lower();
        double upper = layers.isEmpty() ? 6 : layers.get(0).histogram().upper();
        StringBuilder caption = new StringBuilder();
        for (int l = 0; l < layers.size(); l++) {
            panels.add(layerPanel(snapshot, l, lower, upper, l == 0));
            caption.append(PlotTexts.format("preactivations.layerSummary", l + 1,
                    summary(snapshot.weights().layer(l), layers.get(l)))).append(' ');
        }
        return new Figure(PlotTexts.plain("preactivations.title"),
                Axis.linear(PlotTexts.get("preactivations.axis"), lower, upper), panels,
                caption + PlotTexts.get("preactivations.caption"));
    }

    private static Panel layerPanel(TrainingSnapshot snapshot, int layer, double lower, double upper, boolean legend) {
        LayerDiagnostics d = snapshot.layers().get(layer);
        Panel.Builder b = Panel.builder(new Axis(Text.plain(PlotTexts.format("preactivations.layer", layer + 1)), Y_MIN, Y_MAX, Scale.LINEAR));
        Optional<Activation> unitFunction = snapshot.weights().unitFunction(layer);
        boolean curves = unitFunction.isPresent();
        double[] xs = new double[SAMPLES];
        double[] ys = new double[SAMPLES];
        double[] ds = new double[SAMPLES];
        if (curves) {
            for (int i = 0; i < SAMPLES; i++) {
                xs[i] = lower + (upper - lower) * i / (SAMPLES - 1);
            }
            unitFunction.get().fill(xs, ys, ds);
            addRegions(b, xs, ds, false);
            addRegions(b, xs, ds, true);
        }
        b.add(histogramBars(d.histogram()));
        if (curves) {
            b.add(new Series("f", Text.plain("f(z)"), xs, ys, F_STYLE).withJumps(Jumps.inValue(unitFunction.get())));
            b.add(new Series("df", Text.plain("f'(z)"), xs, ds, DF_STYLE).withJumps(Jumps.inDerivative(unitFunction.get())));
        }
        if (legend) {
            b.legend(new Legend(List.of(LegendEntry.line(Text.plain("f(z)"), F_STYLE),
                    LegendEntry.line(Text.plain("f'(z)"), DF_STYLE),
                    LegendEntry.region(PlotTexts.plain("preactivations.bars"), XRegion.Fill.SHADE, HISTOGRAM_INK),
                    LegendEntry.region(PlotTexts.plain("preactivations.saturated"), XRegion.Fill.SHADE, SATURATED_INK),
                    LegendEntry.region(PlotTexts.plain("preactivations.dead"), XRegion.Fill.HATCH, DEAD_INK)),
                    Legend.Position.TOP_RIGHT));
        }
        return b.build();
    }

    /** E.g. "relu: 2 dead, 1 saturated of 8", with the share of overflowed z when there is one. */
    static String summary(LayerShape shape, LayerDiagnostics d) {
        int dead = 0;
        int saturated = 0;
        for (UnitDiagnostics u : d.units()) {
            dead += u.dead() ? 1 : 0;
            saturated += u.saturated() && !u.dead() ? 1 : 0;
        }
        String units = PlotTexts.format("preactivations.units", shape.activation().name(), dead, saturated,
                shape.units());
        return d.nonFiniteFraction() > 0
                ? PlotTexts.format("preactivations.overflow", units, Numbers.format(100 * d.nonFiniteFraction(), 3))
                : units;
    }

    /** Shades the runs of samples where |f'| &lt; 0.01, or hatches those where f' = 0 ({@code dead}). */
    private static void addRegions(Panel.Builder b, double[] xs, double[] ds, boolean dead) {
        double half = (xs[1] - xs[0]) / 2;
        int i = 0;
        while (i < xs.length) {
            if (!inRegion(ds[i], dead)) {
                i++;
                continue;
            }
            int first = i;
            while (i + 1 < xs.length && inRegion(ds[i + 1], dead)) {
                i++;
            }
            double from = first == 0 ? xs[0] : xs[first] - half;
            double to = i == xs.length - 1 ? xs[i] : xs[i] + half;
            b.add(dead ? new XRegion(from, to, XRegion.Fill.HATCH, DEAD_INK, 0.6f)
                    : new XRegion(from, to, XRegion.Fill.SHADE, SATURATED_INK, REGION_OPACITY));
            i++;
        }
    }

    private static boolean inRegion(double derivative, boolean dead) {
        double a = Math.abs(derivative);
        return dead ? a == 0 : a < SATURATION_SLOPE;
    }

    /** The histogram's bins as bars scaled so the tallest is 1 (values outside the range are not drawn). */
    private static Bars histogramBars(Histogram h) {
        double[] edges = new double[h.binCount() + 1];
        double[] heights = new double[h.binCount()];
        int max = 1;
        for (int i = 0; i < h.binCount(); i++) {
            max = Math.max(max, h.count(i));
        }
        for (int i = 0; i < h.binCount(); i++) {
            edges[i] = h.binStart(i);
            heights[i] = (double) h.count(i) / max;
        }
        edges[h.binCount()] = h.upper();
        return new Bars("z", PlotTexts.plain("preactivations.bars"), edges, heights, HISTOGRAM_INK, 0.55f);
    }
}
