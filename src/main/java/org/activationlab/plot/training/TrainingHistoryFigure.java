package org.activationlab.plot.training;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.activationlab.nn.MetricsHistory;
import org.activationlab.nn.MetricsHistory.Metric;
import org.activationlab.nn.NetworkWeights;
import org.activationlab.nn.ProblemType;
import org.activationlab.nn.TrainingSnapshot;
import org.activationlab.plot.Axis;
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
import org.activationlab.plot.PlotTexts;

/**
 * The run so far against the step: loss (log axis) and accuracy, training (solid) and test
 * (dashed), one legend for both; dead and
 * saturated units per hidden layer; the gradient norm per layer on a log axis (vanishing
 * gradients show as a fan); and the learned PReLU alpha when a layer has one.
 *
 * <p>A long run is drawn as at most {@link #MAX_POINTS} columns of steps, each as the min and
 * max of its steps joined by a vertical stroke (as an oscilloscope draws a dense signal): a
 * spike of a single step stays visible however long the run, including in the older part that
 * the history only keeps as min/max envelopes. A column of one step, or of equal values, is one
 * point, so a short run is drawn exactly.
 */
public final class TrainingHistoryFigure {
    /** At most this many columns of steps per series. */
    public static final int MAX_POINTS = 600;
    private static final int MIN_STEPS_SHOWN = 10;
    private static final float WIDTH = 1.8f;

    private TrainingHistoryFigure() {
    }

    /** The figure for {@code snapshot}'s history. */
    public static Figure build(TrainingSnapshot snapshot) {
        return build(snapshot.weights(), snapshot.history());
    }

    /** The figure of history {@code h} of a network shaped like {@code weights}. */
    public static Figure build(NetworkWeights weights, MetricsHistory h) {
        Columns columns = Columns.of(h);
        List<Panel> panels = new ArrayList<>();
        List<Line> losses = List.of(
                line(h, columns, "loss", PlotTexts.get("history.trainingLoss"), 0, Dash.SOLID, Metric.LOSS, 0, 1),
                line(h, columns, "test_loss", PlotTexts.get("history.testLoss"), 1, Dash.DASHED, Metric.TEST_LOSS, 0, 1));
        double[] lossRange = finiteRange(losses, true);
        panels.add(panel(new Axis(PlotTexts.plain("history.loss"), lossRange[0], lossRange[1], Scale.LOG),
                losses, List.of(LegendEntry.line(PlotTexts.plain("history.training"), losses.get(0).style()),
                        LegendEntry.line(PlotTexts.plain("history.test"), losses.get(1).style()))));
        if (weights.spec().type() == ProblemType.CLASSIFICATION) {
            panels.add(panel(new Axis(PlotTexts.plain("history.accuracy"), 0, 1, Scale.LINEAR), List.of(
                    line(h, columns, "accuracy", PlotTexts.get("history.trainingAccuracy"), 0, Dash.SOLID,
                            Metric.ACCURACY, 0, 1),
                    line(h, columns, "test_accuracy", PlotTexts.get("history.testAccuracy"), 1, Dash.DASHED,
                            Metric.TEST_ACCURACY, 0, 1)),
                    List.of()));
        }
        List<Line> units = new ArrayList<>();
        int widest = 1;
        boolean anyAlpha = false;
        for (int l = 0; l < h.hiddenLayers(); l++) {
            int count = weights.layer(l).units();
            widest = Math.max(widest, count);
            units.add(line(h, columns, "dead" + (l + 1), PlotTexts.format("history.deadInLayer", l + 1), l, Dash.SOLID,
                    Metric.DEAD, l, count));
            units.add(line(h, columns, "saturated" + (l + 1), PlotTexts.format("history.saturatedInLayer", l + 1), l,
                    Dash.DOTTED, Metric.SATURATED, l, count));
            anyAlpha |= weights.layer(l).hasAlpha();
        }
        panels.add(panel(new Axis(PlotTexts.plain("history.units"), 0, widest + 0.5, Scale.LINEAR), units,
                List.of(LegendEntry.line(PlotTexts.plain("history.dead"), LineStyle.solid(Ink.Role.FOREGROUND, WIDTH)),
                        LegendEntry.line(PlotTexts.plain("history.saturated"),
                                LineStyle.solid(Ink.Role.FOREGROUND, WIDTH).withDash(Dash.DOTTED)))));
        List<Line> norms = new ArrayList<>();
        for (int l = 0; l <= h.hiddenLayers(); l++) {
            String name = l == h.hiddenLayers() ? PlotTexts.get("history.output") : PlotTexts.format("history.layer", l + 1);
            norms.add(line(h, columns, "grad" + (l + 1), name, l, Dash.SOLID, Metric.GRADIENT_NORM, l, 1));
        }
        panels.add(logPanel(PlotTexts.get("history.gradientNorm"), norms));
        if (anyAlpha) {
            List<Line> alphas = new ArrayList<>();
            for (int l = 0; l < h.hiddenLayers(); l++) {
                if (weights.layer(l).hasAlpha()) {
                    alphas.add(line(h, columns, "alpha" + (l + 1), PlotTexts.format("history.preluAlpha", l + 1), l,
                            Dash.SOLID, Metric.ALPHA, l, 1));
                }
            }
            double[] r = finiteRange(alphas, false);
            panels.add(panel(new Axis(Text.plain("\u03b1"), r[0], r[1], Scale.LINEAR), alphas));
        }
        Axis x = Axis.linear(PlotTexts.get("history.step"), 0, Math.max(MIN_STEPS_SHOWN, h.size() - 1));
        return new Figure(PlotTexts.plain("history.title"), x, panels, "");
    }

    /**
     * The history's segments grouped into at most {@link #MAX_POINTS} columns by their first step:
     * column i holds segments {@code starts[i]} to {@code starts[i + 1] - 1}.
     */
    record Columns(int[] starts) {
        static Columns of(MetricsHistory h) {
            int segments = h.segmentCount();
            long size = Math.max(1, h.size());
            int[] starts = new int[Math.min(segments, MAX_POINTS) + 1];
            int count = 0;
            int previous = -1;
            for (int i = 0; i < segments; i++) {
                int column = (int) (h.segmentFirstStep(i) * MAX_POINTS / size);
                if (column != previous) {
                    starts[count++] = i;
                    previous = column;
                }
            }
            starts[count] = segments;
            return new Columns(Arrays.copyOf(starts, count + 1));
        }

        int count() {
            return starts.length - 1;
        }
    }

    private record Line(String name, String label, int colour, Dash dash, double[] xs, double[] ys) {
        LineStyle style() {
            return LineStyle.solid(new Ink.SeriesColour(colour), WIDTH).withDash(dash);
        }
    }

    /**
     * The points of {@code metric} of {@code layer} times {@code scale}: per column, its min at its
     * first step and, when larger, its max at the same step.
     */
    private static Line line(MetricsHistory h, Columns columns, String name, String label, int colour, Dash dash,
                             Metric metric, int layer, double scale) {
        int column = h.column(metric, layer);
        double[] xs = new double[2 * columns.count()];
        double[] ys = new double[xs.length];
        int n = 0;
        for (int c = 0; c < columns.count(); c++) {
            double lo = h.min(column, columns.starts()[c], columns.starts()[c + 1]);
            double hi = h.max(column, columns.starts()[c], columns.starts()[c + 1]);
            double step = h.segmentFirstStep(columns.starts()[c]);
            xs[n] = step;
            ys[n++] = lo * scale;
            if (hi > lo) {
                xs[n] = step;
                ys[n++] = hi * scale;
            }
        }
        return new Line(name, label, colour, dash, Arrays.copyOf(xs, n), Arrays.copyOf(ys, n));
    }

    private static Panel logPanel(String title, List<Line> lines) {
        double[] r = finiteRange(lines, true);
        return panel(new Axis(Text.plain(title), r[0], r[1], Scale.LOG), lines);
    }

    private static Panel panel(Axis y, List<Line> lines) {
        List<LegendEntry> entries = new ArrayList<>();
        for (Line line : lines) {
            entries.add(LegendEntry.line(Text.plain(line.label()), line.style()));
        }
        return panel(y, lines, entries);
    }

    /** A panel of {@code lines} with a legend of {@code entries} (the dead/saturated panel explains colour and dash once). */
    private static Panel panel(Axis y, List<Line> lines, List<LegendEntry> entries) {
        Panel.Builder b = Panel.builder(y);
        for (Line line : lines) {
            b.add(new Series(line.name(), Text.plain(line.label()), line.xs(), line.ys(), line.style()));
        }
        return b.legend(entries.isEmpty() ? Legend.NONE : Legend.auto(entries)).build();
    }

    /** The range of the finite (and, on a log axis, positive) values, widened a little; a default when there are none. */
    private static double[] finiteRange(List<Line> lines, boolean log) {
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (Line line : lines) {
            for (double v : line.ys()) {
                if (Double.isFinite(v) && (!log || v > 0)) {
                    lo = Math.min(lo, v);
                    hi = Math.max(hi, v);
                }
            }
        }
        if (lo > hi) {
            return log ? new double[] {0.01, 1} : new double[] {0, 1};
        }
        if (log) {
            double low = Math.max(lo / 2, hi * 1e-12);
            return new double[] {low, Math.max(hi * 2, low * 10)};
        }
        double pad = Math.max((hi - lo) * 0.1, 0.05);
        return new double[] {lo - pad, hi + pad};
    }
}
