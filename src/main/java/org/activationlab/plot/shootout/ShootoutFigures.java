package org.activationlab.plot.shootout;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.activationlab.plot.Anchor;
import org.activationlab.plot.Axis;
import org.activationlab.plot.Band;
import org.activationlab.plot.BoxPlot;
import org.activationlab.plot.BoxStatistics;
import org.activationlab.plot.Dash;
import org.activationlab.plot.Figure;
import org.activationlab.plot.Ink;
import org.activationlab.plot.Legend;
import org.activationlab.plot.LegendEntry;
import org.activationlab.plot.LineStyle;
import org.activationlab.plot.Panel;
import org.activationlab.plot.PlotTexts;
import org.activationlab.plot.ReferenceLine;
import org.activationlab.plot.Scale;
import org.activationlab.plot.Series;
import org.activationlab.plot.Text;
import org.activationlab.plot.TextNote;
import org.activationlab.plot.XRegion;
import org.activationlab.shootout.Contender;
import org.activationlab.shootout.Quantiles;
import org.activationlab.shootout.RunResult;
import org.activationlab.shootout.ShootoutPlan;
import org.activationlab.shootout.ShootoutResult;

/**
 * The figures of a {@link ShootoutResult} (issue 15): per task, the distribution of a measure per
 * activation as a box plot with every run over it ({@link #distribution}), the median training-loss
 * curves with interquartile bands ({@link #curves}), and all distributions of all tasks stacked in one
 * figure ({@link #overview}, what {@code shootout --figure} writes). Each activation's runs are those
 * at the learning rate it gets on the task ({@link ShootoutResult#selected}).
 *
 * <p>Nothing is dropped: a run that never reached the target accuracy is an open ring above the
 * dashed "steps run" line, counted in a note ("not reached: k of n"), and its steps count as
 * +infinity in the box, as in the summary table; a run that diverged is a cross (at the top when its
 * value is not a number), counted in a note too. Points are spread sideways by their seed along the
 * golden-ratio sequence frac(seed x 0.618...), so the same result always gives the same picture.
 */
public final class ShootoutFigures {
    /** Half a box's width, in categories. */
    static final double HALF_WIDTH = 0.3;
    /** How far the points spread sideways from the box's centre, in categories. */
    static final double SPREAD = 0.22;
    /** A loss whose largest finite value is more than this many times its smallest gets a log axis. */
    static final double LOG_SPAN = 10;
    /** The golden ratio's fractional part: the sideways spread of seed s is frac(s x this). */
    private static final double GOLDEN = 0.6180339887498949;
    /** Where the runs beyond the data (censored, diverged) are drawn, as a share of the data's span above its top. */
    private static final double BEYOND = 0.1;
    /** The headroom above that row for its notes, as a share of the data's span. */
    private static final double HEADROOM = 0.26;
    private static final LineStyle STEPS_RUN = LineStyle.solid(Ink.Role.MUTED, 1.2f).withDash(Dash.DASHED);

    private ShootoutFigures() {
    }

    /**
     * The distribution of {@code figure} (not {@link ShootoutFigure#LOSS_CURVES}) per activation on
     * task {@code task}: one box plot with its runs per activation, each activation named by {@code name}.
     */
    public static Figure distribution(ShootoutResult result, int task, ShootoutFigure figure,
                                      Function<Contender, String> name) {
        requireDistribution(figure);
        Panel panel = distributionPanel(result, task, figure, Text.plain(figure.displayName()), name);
        String title = PlotTexts.format("shootout.distributionTitle", taskName(result, task), figure.displayName());
        return new Figure(Text.plain(title + runsDone(result)), activationAxis(result, name), List.of(panel), "");
    }

    /** Every applicable distribution of every task, one panel each, stacked over the activations (named by their labels). */
    public static Figure overview(ShootoutResult result) {
        List<Panel> panels = new ArrayList<>();
        for (int t = 0; t < result.plan().tasks().size(); t++) {
            for (ShootoutFigure f : ShootoutFigure.of(result.plan().tasks().get(t).type())) {
                if (f.isDistribution()) {
                    Text label = Text.plain(PlotTexts.format("shootout.panelLabel", taskName(result, t),
                            f.displayName()));
                    panels.add(distributionPanel(result, t, f, label, Contender::label));
                }
            }
        }
        ShootoutPlan plan = result.plan();
        String title = PlotTexts.format("shootout.overviewTitle", plan.contenders().size(), plan.seeds(), plan.steps());
        return new Figure(Text.plain(title + runsDone(result)), activationAxis(result, Contender::label), panels, "");
    }

    /** The number of panels {@link #overview} has: the applicable distributions of every task. */
    public static int overviewPanels(ShootoutPlan plan) {
        return plan.tasks().stream().mapToInt(t -> (int) ShootoutFigure.of(t.type()).stream()
                .filter(ShootoutFigure::isDistribution).count()).sum();
    }

    /**
     * The median training loss per recorded step ({@link ShootoutPlan#recordedSteps()}) of each
     * activation on {@code task}, over a band from the first to the third quartile; a log axis where
     * the losses span more than {@value #LOG_SPAN} times. A diverged run counts as +infinity from its
     * divergence on, so it pulls the upper quartile up rather than vanishing. Each activation is named by
     * {@code name}.
     */
    public static Figure curves(ShootoutResult result, int task, Function<Contender, String> name) {
        ShootoutPlan plan = result.plan();
        double[] steps = toDoubles(plan.recordedSteps());
        List<double[][]> quartiles = new ArrayList<>();
        List<Double> finite = new ArrayList<>();
        for (int c = 0; c < plan.contenders().size(); c++) {
            List<RunResult> runs = result.selected(c, task);
            double[][] q = runs.isEmpty() ? null : curveQuartiles(runs, steps.length);
            quartiles.add(q);
            if (q != null) {
                for (double[] row : q) {
                    for (double v : row) {
                        if (Double.isFinite(v)) {
                            finite.add(v);
                        }
                    }
                }
            }
        }
        Axis y = lossAxis(Text.plain(PlotTexts.get("shootout.lossAxis")), finite);
        Panel.Builder panel = Panel.builder(y);
        List<LegendEntry> legend = new ArrayList<>();
        for (int c = 0; c < quartiles.size(); c++) {
            double[][] q = quartiles.get(c);
            if (q == null) {
                continue;
            }
            panel.add(new Band("iqr:" + plan.contenders().get(c).label(), steps, q[0], q[2], Ink.series(c), 0.18f));
        }
        for (int c = 0; c < quartiles.size(); c++) {
            double[][] q = quartiles.get(c);
            if (q == null) {
                continue;
            }
            String label = name.apply(plan.contenders().get(c));
            LineStyle line = LineStyle.solid(Ink.series(c), 2f);
            panel.add(new Series("median:" + plan.contenders().get(c).label(), Text.plain(label), steps, q[1], line));
            legend.add(LegendEntry.line(Text.plain(label), line));
        }
        if (!legend.isEmpty()) {
            legend.add(LegendEntry.region(PlotTexts.plain("shootout.iqrBand"), XRegion.Fill.SHADE, Ink.Role.MUTED));
        }
        String title = PlotTexts.format("shootout.curvesTitle", taskName(result, task), plan.seeds());
        Axis x = new Axis(PlotTexts.plain("shootout.stepAxis"), 0, Math.max(1, plan.steps()), Scale.LINEAR);
        return new Figure(Text.plain(title + runsDone(result)), x, List.of(panel.legend(Legend.auto(legend)).build()),
                "");
    }

    /** The first quartile, median and third quartile of the runs' curves at each recorded step. */
    static double[][] curveQuartiles(List<RunResult> runs, int points) {
        double[][] q = new double[3][points];
        double[] at = new double[runs.size()];
        for (int k = 0; k < points; k++) {
            for (int r = 0; r < at.length; r++) {
                double v = runs.get(r).curve()[k];
                at[r] = Double.isNaN(v) ? Double.POSITIVE_INFINITY : v;
            }
            double[] three = Quantiles.quartiles(at);
            for (int i = 0; i < 3; i++) {
                q[i][k] = three[i];
            }
        }
        return q;
    }

    /** One run's place in a distribution: its value, and whether it is measured, censored or diverged. */
    record Reading(double value, BoxPlot.Kind kind) {
    }

    /** What {@code run} reads on {@code figure}: the value as the box counts it (+infinity when not a number or censored). */
    static Reading read(RunResult run, ShootoutFigure figure) {
        double v = switch (figure) {
            case TEST_LOSS -> run.testLoss();
            case TEST_ACCURACY -> run.testAccuracy();
            case STEPS_TO_TARGET -> run.stepsToTarget().isPresent() ? run.stepsToTarget().getAsInt()
                    : Double.POSITIVE_INFINITY;
            case DEAD_OR_SATURATED -> run.saturatedShare();
            case LOSS_CURVES -> throw new IllegalArgumentException("the loss curves are not a distribution");
        };
        if (figure == ShootoutFigure.STEPS_TO_TARGET && run.stepsToTarget().isEmpty()) {
            return new Reading(v, BoxPlot.Kind.CENSORED);
        }
        boolean diverged = run.divergedStep().isPresent() || !Double.isFinite(v);
        return new Reading(Double.isFinite(v) ? v : Double.POSITIVE_INFINITY,
                diverged ? BoxPlot.Kind.DIVERGED : BoxPlot.Kind.VALUE);
    }

    private static Panel distributionPanel(ShootoutResult result, int task, ShootoutFigure figure, Text label,
                                           Function<Contender, String> name) {
        ShootoutPlan plan = result.plan();
        List<List<Reading>> readings = new ArrayList<>();
        List<Double> finite = new ArrayList<>();
        boolean beyond = false;
        for (int c = 0; c < plan.contenders().size(); c++) {
            List<Reading> rs = result.selected(c, task).stream().map(r -> read(r, figure)).toList();
            readings.add(rs);
            for (Reading r : rs) {
                if (Double.isFinite(r.value())) {
                    finite.add(r.value());
                }
                beyond |= r.kind() != BoxPlot.Kind.VALUE;
            }
        }
        boolean steps = figure == ShootoutFigure.STEPS_TO_TARGET;
        if (steps) {
            finite.add(0.0);
            finite.add((double) plan.steps());
            beyond = true;
        }
        Range range = figure == ShootoutFigure.TEST_LOSS ? Range.loss(finite, beyond) : Range.linear(finite, beyond);
        // The steps run are the last value: above their line only runs that never reached the target are drawn.
        Axis axis = steps ? range.axis(label).withTicksUpTo(plan.steps()) : range.axis(label);
        Panel.Builder panel = Panel.builder(axis);
        if (steps) {
            panel.add(ReferenceLine.horizontal(plan.steps(), STEPS_RUN));
            panel.add(new TextNote(plan.contenders().size() + 0.49, plan.steps(), TextNote.Placement.DATA,
                    Anchor.BOTTOM_RIGHT, Text.plain(PlotTexts.format("shootout.stepsRun", plan.steps())), Ink.Role.MUTED,
                    false));
        }
        for (int c = 0; c < readings.size(); c++) {
            List<Reading> rs = readings.get(c);
            if (rs.isEmpty()) {
                continue;
            }
            List<RunResult> runs = result.selected(c, task);
            double x = c + 1;
            List<BoxPlot.Point> points = new ArrayList<>();
            double[] values = new double[rs.size()];
            for (int i = 0; i < rs.size(); i++) {
                Reading r = rs.get(i);
                values[i] = r.value();
                double y = Double.isFinite(r.value()) ? r.value() : range.beyond;
                points.add(new BoxPlot.Point(x + spread(runs.get(i).key().seed()), y, r.kind()));
            }
            Contender contender = plan.contenders().get(c);
            BoxPlot box = new BoxPlot("box:" + contender.label(), Text.plain(name.apply(contender)), x, HALF_WIDTH,
                    BoxStatistics.of(values), points, Ink.series(c));
            panel.add(box);
            note(panel, box, BoxPlot.Kind.CENSORED, "shootout.notReached", range);
            note(panel, box, BoxPlot.Kind.DIVERGED, "shootout.diverged", range);
        }
        return panel.build();
    }

    /** "not reached: k of n" (or "diverged: ...") at the top of the box's column when any of its runs is so. */
    private static void note(Panel.Builder panel, BoxPlot box, BoxPlot.Kind kind, String key, Range range) {
        long k = box.count(kind);
        if (k == 0) {
            return;
        }
        panel.add(new TextNote(box.x(), range.max(), TextNote.Placement.DATA, Anchor.TOP,
                Text.plain(PlotTexts.format(key, k, box.points().size())), box.ink(), true));
    }

    /** The sideways offset of the point of run {@code seed}: frac(seed x golden ratio), centred, times the spread. */
    static double spread(long seed) {
        double u = (seed * GOLDEN) % 1.0;
        return (2 * u - 1) * SPREAD;
    }

    /**
     * A y range over finite values, with a row above them for the runs beyond (censored or diverged)
     * and room for the notes above that row.
     *
     * @param min the axis minimum
     * @param max the axis maximum
     * @param scale linear or log
     * @param beyond where the runs beyond the data are drawn, in data units
     */
    private record Range(double min, double max, Scale scale, double beyond) {
        Axis axis(Text label) {
            return new Axis(label, min, max, scale);
        }

        static Range linear(List<Double> finite, boolean beyond) {
            double lo = finite.stream().mapToDouble(Double::doubleValue).min().orElse(0);
            double hi = finite.stream().mapToDouble(Double::doubleValue).max().orElse(1);
            if (!(hi > lo)) {
                double pad = Math.abs(lo) > 0 ? Math.abs(lo) * 0.1 : 0.5;
                lo -= pad;
                hi += pad;
            }
            double span = hi - lo;
            return new Range(lo - 0.05 * span, hi + (beyond ? HEADROOM + BEYOND : 0.05) * span, Scale.LINEAR,
                    hi + BEYOND * span);
        }

        /** A loss range: logarithmic when the finite positive losses span more than {@link #LOG_SPAN} times. */
        static Range loss(List<Double> finite, boolean beyond) {
            double lo = finite.stream().mapToDouble(Double::doubleValue).filter(v -> v > 0).min().orElse(Double.NaN);
            double hi = finite.stream().mapToDouble(Double::doubleValue).max().orElse(Double.NaN);
            boolean allPositive = finite.stream().allMatch(v -> v > 0);
            if (!allPositive || !(hi / lo > LOG_SPAN)) {
                return linear(finite, beyond);
            }
            double decades = Math.log10(hi / lo);
            return new Range(lo / Math.pow(10, 0.05 * decades),
                    hi * Math.pow(10, (beyond ? HEADROOM + BEYOND : 0.05) * decades), Scale.LOG,
                    hi * Math.pow(10, BEYOND * decades));
        }
    }

    /** The loss axis of the curves: log when the finite losses span more than {@link #LOG_SPAN} times. */
    private static Axis lossAxis(Text label, List<Double> finite) {
        return Range.loss(finite, false).axis(label);
    }

    private static Axis activationAxis(ShootoutResult result, Function<Contender, String> name) {
        return Axis.categories(PlotTexts.plain("shootout.activationAxis"),
                result.plan().contenders().stream().map(name).toList());
    }

    private static String taskName(ShootoutResult result, int task) {
        return result.plan().tasks().get(task).name();
    }

    /** " (k of n runs)" while the shoot-out has not finished every run, else nothing. */
    private static String runsDone(ShootoutResult result) {
        return result.complete() ? "" : PlotTexts.format("shootout.runsDone", result.runs().size(),
                result.plan().runCount());
    }

    private static void requireDistribution(ShootoutFigure figure) {
        if (!figure.isDistribution()) {
            throw new IllegalArgumentException(figure.name() + " is not a distribution");
        }
    }

    private static double[] toDoubles(int[] values) {
        double[] d = new double[values.length];
        for (int i = 0; i < values.length; i++) {
            d[i] = values[i];
        }
        return d;
    }
}
