package org.activationlab.plot.training;

import java.util.ArrayList;
import java.util.List;
import org.activationlab.nn.MetricsHistory;
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
 */
public final class TrainingHistoryFigure {
    /** At most this many points per series; longer histories are thinned evenly. */
    public static final int MAX_POINTS = 600;
    private static final int MIN_STEPS_SHOWN = 10;
    private static final float WIDTH = 1.8f;

    private TrainingHistoryFigure() {
    }

    /** A metric of the history at a row. */
    @FunctionalInterface
    private interface Column {
        double at(int step);
    }

    /** The figure for {@code snapshot}'s history. */
    public static Figure build(TrainingSnapshot snapshot) {
        MetricsHistory h = snapshot.history();
        NetworkWeights weights = snapshot.weights();
        int[] rows = rows(h.size());
        double[] steps = new double[rows.length];
        for (int i = 0; i < rows.length; i++) {
            steps[i] = rows[i];
        }
        List<Panel> panels = new ArrayList<>();
        List<Line> losses = List.of(line("loss", PlotTexts.get("history.trainingLoss"), 0, Dash.SOLID, h::loss),
                line("test_loss", PlotTexts.get("history.testLoss"), 1, Dash.DASHED, h::testLoss));
        double[] lossRange = finiteRange(losses, rows, true);
        panels.add(panel(new Axis(PlotTexts.plain("history.loss"), lossRange[0], lossRange[1], Scale.LOG), steps, rows,
                losses, List.of(LegendEntry.line(PlotTexts.plain("history.training"), losses.get(0).style()),
                        LegendEntry.line(PlotTexts.plain("history.test"), losses.get(1).style()))));
        if (weights.spec().type() == ProblemType.CLASSIFICATION) {
            panels.add(panel(new Axis(PlotTexts.plain("history.accuracy"), 0, 1, Scale.LINEAR), steps, rows, List.of(
                    line("accuracy", PlotTexts.get("history.trainingAccuracy"), 0, Dash.SOLID, h::accuracy),
                    line("test_accuracy", PlotTexts.get("history.testAccuracy"), 1, Dash.DASHED, h::testAccuracy)),
                    List.of()));
        }
        List<Line> units = new ArrayList<>();
        int widest = 1;
        boolean anyAlpha = false;
        for (int l = 0; l < h.hiddenLayers(); l++) {
            int layer = l;
            int count = weights.layer(l).units();
            widest = Math.max(widest, count);
            units.add(line("dead" + (l + 1), PlotTexts.format("history.deadInLayer", l + 1), l, Dash.SOLID, k -> h.deadFraction(layer, k) * count));
            units.add(line("saturated" + (l + 1), PlotTexts.format("history.saturatedInLayer", l + 1), l, Dash.DOTTED,
                    k -> h.saturatedFraction(layer, k) * count));
            anyAlpha |= weights.layer(l).hasAlpha();
        }
        panels.add(panel(new Axis(PlotTexts.plain("history.units"), 0, widest + 0.5, Scale.LINEAR), steps, rows, units,
                List.of(LegendEntry.line(PlotTexts.plain("history.dead"), LineStyle.solid(Ink.Role.FOREGROUND, WIDTH)),
                        LegendEntry.line(PlotTexts.plain("history.saturated"),
                                LineStyle.solid(Ink.Role.FOREGROUND, WIDTH).withDash(Dash.DOTTED)))));
        List<Line> norms = new ArrayList<>();
        for (int l = 0; l <= h.hiddenLayers(); l++) {
            int layer = l;
            String name = l == h.hiddenLayers() ? PlotTexts.get("history.output") : PlotTexts.format("history.layer", l + 1);
            norms.add(line("grad" + (l + 1), name, l, Dash.SOLID, k -> h.gradientNorm(layer, k)));
        }
        panels.add(logPanel(PlotTexts.get("history.gradientNorm"), steps, rows, norms));
        if (anyAlpha) {
            List<Line> alphas = new ArrayList<>();
            for (int l = 0; l < h.hiddenLayers(); l++) {
                if (weights.layer(l).hasAlpha()) {
                    int layer = l;
                    alphas.add(line("alpha" + (l + 1), PlotTexts.format("history.preluAlpha", l + 1), l, Dash.SOLID,
                            k -> h.alpha(layer, k)));
                }
            }
            double[] r = finiteRange(alphas, rows, false);
            panels.add(linearPanel("\u03b1", r[0], r[1], steps, rows, alphas));
        }
        Axis x = Axis.linear(PlotTexts.get("history.step"), 0, Math.max(MIN_STEPS_SHOWN, h.size() - 1));
        return new Figure(PlotTexts.plain("history.title"), x, panels, "");
    }

    /** The rows drawn: every row, or evenly thinned to {@link #MAX_POINTS} with the last always kept. */
    static int[] rows(int size) {
        int stride = Math.max(1, (size + MAX_POINTS - 1) / MAX_POINTS);
        int count = (size - 1) / stride + 1;
        boolean lastMissing = (size - 1) % stride != 0;
        int[] rows = new int[count + (lastMissing ? 1 : 0)];
        for (int i = 0; i < count; i++) {
            rows[i] = i * stride;
        }
        if (lastMissing) {
            rows[count] = size - 1;
        }
        return rows;
    }

    private record Line(String name, String label, int colour, Dash dash, Column column) {
        LineStyle style() {
            return LineStyle.solid(new Ink.SeriesColour(colour), WIDTH).withDash(dash);
        }

        double[] values(int[] rows) {
            double[] v = new double[rows.length];
            for (int i = 0; i < rows.length; i++) {
                v[i] = column.at(rows[i]);
            }
            return v;
        }
    }

    private static Line line(String name, String label, int colour, Dash dash, Column column) {
        return new Line(name, label, colour, dash, column);
    }

    private static Panel linearPanel(String title, double min, double max, double[] steps, int[] rows, List<Line> lines) {
        return panel(new Axis(Text.plain(title), min, max, Scale.LINEAR), steps, rows, lines);
    }

    private static Panel logPanel(String title, double[] steps, int[] rows, List<Line> lines) {
        double[] r = finiteRange(lines, rows, true);
        return panel(new Axis(Text.plain(title), r[0], r[1], Scale.LOG), steps, rows, lines);
    }

    private static Panel panel(Axis y, double[] steps, int[] rows, List<Line> lines) {
        List<LegendEntry> entries = new ArrayList<>();
        for (Line line : lines) {
            entries.add(LegendEntry.line(Text.plain(line.label()), line.style()));
        }
        return panel(y, steps, rows, lines, entries);
    }

    /** A panel of {@code lines} with a legend of {@code entries} (the dead/saturated panel explains colour and dash once). */
    private static Panel panel(Axis y, double[] steps, int[] rows, List<Line> lines, List<LegendEntry> entries) {
        Panel.Builder b = Panel.builder(y);
        for (Line line : lines) {
            b.add(new Series(line.name(), Text.plain(line.label()), steps, line.values(rows), line.style()));
        }
        return b.legend(entries.isEmpty() ? Legend.NONE : Legend.auto(entries)).build();
    }

    /** The range of the finite (and, on a log axis, positive) values, widened a little; a default when there are none. */
    private static double[] finiteRange(List<Line> lines, int[] rows, boolean log) {
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (Line line : lines) {
            for (double v : line.values(rows)) {
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
