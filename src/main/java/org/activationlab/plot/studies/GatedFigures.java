package org.activationlab.plot.studies;

import java.awt.Color;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.activationlab.model.Activation;
import org.activationlab.model.Catalogue;
import org.activationlab.model.Gate;
import org.activationlab.model.Numbers;
import org.activationlab.plot.Axis;
import org.activationlab.plot.ColourScale;
import org.activationlab.plot.Contours;
import org.activationlab.plot.Dash;
import org.activationlab.plot.Figure;
import org.activationlab.plot.HeatMap;
import org.activationlab.plot.Ink;
import org.activationlab.plot.Legend;
import org.activationlab.plot.LegendEntry;
import org.activationlab.plot.LineStyle;
import org.activationlab.plot.NiceTicks;
import org.activationlab.plot.Panel;
import org.activationlab.plot.PlotTexts;
import org.activationlab.plot.ReferenceLine;
import org.activationlab.plot.Scale;
import org.activationlab.plot.Series;
import org.activationlab.plot.Text;

/**
 * The two-input view of a gated unit h(a, b) = a g(b) ({@link Gate}; Dauphin et al. 2017,
 * Shazeer 2020): h over (a, b) as a heat map with contour lines; its partial derivatives
 * dh/da = g(b) and dh/db = a g'(b) as maps; the slice at a = 1, which is the gate g(b); and the
 * diagonal a = b, the "effective activation" x g(x), beside the element-wise functions it is
 * related to.
 *
 * <p>Maps use Paul Tol's diverging blue-red scale ({@link ColourScale#BLUE_RED}, colour-blind
 * safe) centred at 0 (white), from -m to m where m is the largest |value| on the grid, with
 * contours at nice levels and the zero contour drawn thicker.
 */
public final class GatedFigures {
    /** About this many contour levels from -m to m. */
    static final int CONTOUR_LEVELS = 10;
    /** Samples of the slice and the diagonal. */
    static final int POINTS = 401;
    private static final Ink CONTOUR_INK = Ink.fixed(new Color(0x333333));
    private static final LineStyle CONTOUR = LineStyle.solid(CONTOUR_INK, 0.8f).withOpacity(0.7f);
    private static final LineStyle ZERO_CONTOUR = LineStyle.solid(CONTOUR_INK, 1.6f);
    private static final LineStyle GUIDE = LineStyle.solid(Ink.Role.FOREGROUND, 1.2f).withDash(Dash.DASHED);
    private static final LineStyle AXIS_LINE = LineStyle.solid(Ink.Role.MUTED, 0.8f).withOpacity(0.8f);

    /** The four figures of the two-input view; {@link #cliName()} names one on the command line. */
    public enum View {
        /** h over (a, b): {@link GatedFigures#surface}. */
        MAP,
        /** dh/da and dh/db over (a, b): {@link GatedFigures#partials}. */
        PARTIALS,
        /** h(1, b) = g(b): {@link GatedFigures#slice}. */
        SLICE,
        /** x g(x) beside related functions: {@link GatedFigures#diagonal}. */
        DIAGONAL;

        /** {@code map}, {@code partials}, {@code slice} or {@code diagonal}. */
        public String cliName() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /**
     * The figure {@code view} of the unit sampled on {@code grid}: the maps over the grid, the slice
     * over its range of b, the diagonal over the span of both ranges.
     */
    public static Figure of(View view, GatedGrid grid) {
        double[] as = grid.as();
        double[] bs = grid.bs();
        return switch (view) {
            case MAP -> surface(grid);
            case PARTIALS -> partials(grid);
            case SLICE -> slice(grid.unit(), bs[0], bs[bs.length - 1]);
            case DIAGONAL -> diagonal(grid.unit(), Math.min(as[0], bs[0]),
                    Math.max(as[as.length - 1], bs[bs.length - 1]));
        };
    }

    /**
     * An element-wise catalogue function drawn beside a unit's diagonal, with the text key of the
     * sentence that says how the two are related.
     */
    public record Relative(String function, String explanationKey) {
    }

    private GatedFigures() {
    }

    /**
     * The catalogue functions the diagonal x g(x) of {@code unit} is shown beside: GLU's diagonal
     * is SiLU; ReGLU's is relu(x)^2; GEGLU's and SwiGLU's multiply their gate by x once more and
     * approach relu(x)^2 far from 0.
     */
    public static List<Relative> relatives(Gate unit) {
        return switch (unit) {
            case GLU -> List.of(new Relative("silu", "gated.relative.glu.silu"),
                    new Relative("sigmoid", "gated.relative.glu.sigmoid"));
            case REGLU -> List.of(new Relative("squared_relu", "gated.relative.reglu.squared_relu"),
                    new Relative("relu", "gated.relative.reglu.relu"));
            case GEGLU -> List.of(new Relative("gelu", "gated.relative.geglu.gelu"),
                    new Relative("squared_relu", "gated.relative.geglu.squared_relu"));
            case SWIGLU -> List.of(new Relative("silu", "gated.relative.swiglu.silu"),
                    new Relative("squared_relu", "gated.relative.swiglu.squared_relu"));
        };
    }

    /**
     * h(a, b) = a g(b) over the grid with contour lines and a colour bar; the slice a = 1 and the
     * diagonal a = b dashed, where the other two figures come from.
     */
    public static Figure surface(GatedGrid grid) {
        double[] as = grid.as();
        double[] bs = grid.bs();
        Panel.Builder panel = Panel.builder(new Axis(Text.latex("b"), bs[0], bs[bs.length - 1], Scale.LINEAR));
        addMap(panel, grid, grid.values(), "h", Text.latex("h(a, b)"));
        double lo = Math.max(as[0], bs[0]);
        double hi = Math.min(as[as.length - 1], bs[bs.length - 1]);
        List<LegendEntry> legend = new ArrayList<>();
        if (as[0] < 1 && 1 < as[as.length - 1]) {
            panel.add(ReferenceLine.vertical(1, GUIDE));
            legend.add(LegendEntry.line(PlotTexts.plain("gated.sliceGuide"), GUIDE));
        }
        if (lo < hi) {
            LineStyle diagonal = GUIDE.withDash(Dash.DOTTED).withWidth(1.6f);
            panel.add(new Series("diagonal", PlotTexts.plain("gated.diagonalGuide"), new double[] {lo, hi},
                    new double[] {lo, hi}, diagonal));
            legend.add(LegendEntry.line(PlotTexts.plain("gated.diagonalGuide"), diagonal));
        }
        Gate unit = grid.unit();
        String title = PlotTexts.format("gated.surfaceTitle", unit.displayName(), unit.gate().name());
        return new Figure(Text.plain(title), new Axis(Text.latex("a"), as[0], as[as.length - 1], Scale.LINEAR),
                List.of(panel.legend(new Legend(legend, Legend.Position.TOP_LEFT)).build()), "");
    }

    /** dh/da = g(b) above and dh/db = a g'(b) below, each a map with contours and its own colour bar. */
    public static Figure partials(GatedGrid grid) {
        double[] as = grid.as();
        double[] bs = grid.bs();
        Axis b = new Axis(Text.latex("b"), bs[0], bs[bs.length - 1], Scale.LINEAR);
        Panel.Builder da = Panel.builder(b);
        addMap(da, grid, grid.partialsA(), "dh_da", Text.latex("\\partial h / \\partial a"));
        Panel.Builder db = Panel.builder(b);
        addMap(db, grid, grid.partialsB(), "dh_db", Text.latex("\\partial h / \\partial b"));
        Gate unit = grid.unit();
        String title = PlotTexts.format("gated.partialsTitle", unit.displayName(), unit.gate().name());
        return new Figure(Text.plain(title), new Axis(Text.latex("a"), as[0], as[as.length - 1], Scale.LINEAR),
                List.of(da.build(), db.build()), "");
    }

    /** The slice at a = 1: h(1, b) = g(b), and dh/db(1, b) = g'(b) dashed. */
    public static Figure slice(Gate unit, double bMin, double bMax) {
        double[] bs = even(bMin, bMax);
        double[] h = new double[bs.length];
        double[] slope = new double[bs.length];
        for (int i = 0; i < bs.length; i++) {
            h[i] = unit.value(1, bs[i]);
            slope[i] = unit.partialB(1, bs[i]);
        }
        String gate = unit.gate().name();
        LineStyle value = LineStyle.solid(Ink.series(0), 2.5f);
        LineStyle derivative = LineStyle.solid(Ink.series(1), 1.5f).withDash(Dash.DASHED);
        Text valueLabel = Text.plain(PlotTexts.format("gated.sliceValue", gate));
        Text derivativeLabel = Text.plain(PlotTexts.format("gated.sliceDerivative", gate));
        Panel panel = Panel.builder(AutoRange.linear(Text.latex("h(1, b)"), h, slope, new double[] {0, 1}))
                .add(ReferenceLine.horizontal(0, AXIS_LINE))
                .add(new Series("slice", valueLabel, bs, h, value))
                .add(new Series("slice:dh_db", derivativeLabel, bs, slope, derivative))
                .legend(Legend.auto(List.of(LegendEntry.line(valueLabel, value),
                        LegendEntry.line(derivativeLabel, derivative))))
                .build();
        String title = PlotTexts.format("gated.sliceTitle", unit.displayName(), gate);
        return new Figure(Text.plain(title), new Axis(Text.latex("b"), bMin, bMax, Scale.LINEAR), List.of(panel), "");
    }

    /**
     * The diagonal a = b: x g(x) drawn boldest, and each of {@link #relatives} dashed over it, so
     * that a function that coincides with it stays visible.
     */
    public static Figure diagonal(Gate unit, double xMin, double xMax) {
        double[] xs = even(xMin, xMax);
        Activation diagonal = unit.diagonal();
        double[] ys = new double[xs.length];
        diagonal.fill(xs, ys, null);
        List<Series> series = new ArrayList<>();
        List<LegendEntry> legend = new ArrayList<>();
        LineStyle own = LineStyle.solid(Ink.series(0), 4f).withOpacity(0.75f);
        Text ownLabel = Text.plain(PlotTexts.format("gated.diagonalValue", unit.gate().name()));
        series.add(new Series("diagonal:" + unit.unitName(), ownLabel, xs, ys, own));
        legend.add(LegendEntry.line(ownLabel, own));
        List<double[]> all = new ArrayList<>(List.of(ys));
        List<Relative> relatives = relatives(unit);
        for (int k = 0; k < relatives.size(); k++) {
            Activation f = Catalogue.get(relatives.get(k).function());
            double[] fy = new double[xs.length];
            f.fill(xs, fy, null);
            all.add(fy);
            LineStyle style = LineStyle.solid(Ink.series(k + 1), 1.8f).withDash(k == 0 ? Dash.DASHED : Dash.DOTTED);
            Text label = Text.plain(f.info().displayName());
            series.add(new Series(f.name(), label, xs, fy, style));
            legend.add(LegendEntry.line(label, style));
        }
        Panel panel = Panel.builder(AutoRange.linear(Text.latex("f(x)"), all.toArray(double[][]::new)))
                .add(ReferenceLine.horizontal(0, AXIS_LINE))
                .addAll(series)
                .legend(new Legend(legend, Legend.Position.TOP_LEFT))
                .build();
        String title = PlotTexts.format("gated.diagonalTitle", unit.displayName(), unit.gate().name());
        return new Figure(Text.plain(title), new Axis(Text.latex("x"), xMin, xMax, Scale.LINEAR), List.of(panel), "");
    }

    /**
     * The map of {@code values} (cells centred on the grid's nodes, clipped at the axes), its
     * colour bar and its contours.
     */
    private static void addMap(Panel.Builder panel, GatedGrid grid, double[] values, String name, Text label) {
        double[] as = grid.as();
        double[] bs = grid.bs();
        double m = 0;
        for (double v : values) {
            if (Double.isFinite(v)) {
                m = Math.max(m, Math.abs(v));
            }
        }
        double extent = m > 0 ? m : 1;
        double da = (as[as.length - 1] - as[0]) / (as.length - 1);
        double db = (bs[bs.length - 1] - bs[0]) / (bs.length - 1);
        panel.add(new HeatMap(as[0] - da / 2, as[as.length - 1] + da / 2, bs[0] - db / 2, bs[bs.length - 1] + db / 2,
                grid.columns(), grid.rows(), values, ColourScale.BLUE_RED, -extent, extent, true, label));
        for (double level : contourLevels(values)) {
            double[][] line = Contours.at(as, bs, values, level);
            if (line[0].length > 0) {
                panel.add(new Series("contour:" + name + ":" + Numbers.format(level),
                        Text.plain(name + " = " + Numbers.format(level)), line[0], line[1],
                        level == 0 ? ZERO_CONTOUR : CONTOUR));
            }
        }
    }

    /** Nice levels strictly inside the range of the finite values, 0 among them when it is inside. */
    static double[] contourLevels(double[] values) {
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (double v : values) {
            if (Double.isFinite(v)) {
                lo = Math.min(lo, v);
                hi = Math.max(hi, v);
            }
        }
        if (!(lo < hi)) {
            return new double[0];
        }
        double min = lo;
        double max = hi;
        return Arrays.stream(NiceTicks.linear(min, max, CONTOUR_LEVELS)).filter(t -> t > min && t < max)
                .map(t -> t == 0 ? 0 : t).toArray();
    }

    private static double[] even(double min, double max) {
        double[] xs = new double[POINTS];
        for (int i = 0; i < POINTS; i++) {
            xs[i] = i == POINTS - 1 ? max : min + (max - min) * i / (POINTS - 1);
        }
        return xs;
    }
}
