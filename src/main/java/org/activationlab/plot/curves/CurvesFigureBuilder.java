package org.activationlab.plot.curves;

import java.util.ArrayList;
import java.util.List;
import java.util.StringJoiner;
import org.activationlab.model.Interval;
import org.activationlab.model.Jump;
import org.activationlab.model.Jumps;
import org.activationlab.model.LinearPieces;
import org.activationlab.model.Numbers;
import org.activationlab.model.formula.Formula;
import org.activationlab.model.formula.FormulaActivation;
import org.activationlab.plot.Axis;
import org.activationlab.plot.Dash;
import org.activationlab.plot.Figure;
import org.activationlab.plot.Ink;
import org.activationlab.plot.Legend;
import org.activationlab.plot.LegendEntry;
import org.activationlab.plot.LineStyle;
import org.activationlab.plot.Marker;
import org.activationlab.plot.Panel;
import org.activationlab.plot.PlotItem;
import org.activationlab.plot.ReferenceLine;
import org.activationlab.plot.Scale;
import org.activationlab.plot.Series;
import org.activationlab.plot.Text;
import org.activationlab.plot.XRegion;
import org.activationlab.plot.PlotTexts;

/**
 * Turns {@link CurvesSettings} into the curves {@link Figure}: the functions above, their
 * derivatives (or |f'|^n) below, sharing x; saturation shaded and zero gradient hatched in each
 * function's colour; the linear pieces of a piecewise-linear function as thin dashed lines under
 * their envelope; jumps of f and f' as separate pieces with dots; zero axes; a legend; an optional
 * caption. The screen and every export call this, so they match.
 */
public final class CurvesFigureBuilder {
    /** Fraction of the data's span added above and below an automatic range. */
    private static final double AUTO_MARGIN = 0.05;
    private static final float SHADE_OPACITY = 0.12f;
    private static final float HATCH_OPACITY = 0.55f;
    private static final LineStyle ZERO_LINE = LineStyle.solid(Ink.Role.MUTED, 0.8f).withOpacity(0.8f);
    /** The smallest ratio of min to max an automatic log axis shows. */
    private static final double LOG_DYNAMIC_RANGE = 1e-300;

    private CurvesFigureBuilder() {
    }

    /** Samples the settings' functions and builds their figure. */
    public static Figure build(CurvesSettings settings) {
        return build(settings, CurveSampler.sample(settings));
    }

    /** Builds the figure of {@code settings} from its already sampled {@code data}. */
    public static Figure build(CurvesSettings settings, CurveSet data) {
        List<Panel> panels = new ArrayList<>();
        if (settings.showFunctions()) {
            panels.add(functionPanel(settings, data));
        }
        if (settings.showDerivatives()) {
            panels.add(derivativePanel(settings, data, !settings.showFunctions()));
        }
        Axis x = new Axis(Text.latex("x"), settings.from(), settings.to(), Scale.LINEAR);
        return new Figure(Text.plain(settings.title()), x, panels,
                settings.caption() ? CurvesCaption.of(settings) : "");
    }

    private static Panel functionPanel(CurvesSettings s, CurveSet data) {
        List<double[]> ys = new ArrayList<>();
        data.curves().forEach(c -> ys.add(c.rawValues()));
        Axis y = yAxis(Text.latex("f(x)"), s.functionRange(), Scale.LINEAR, ys);
        Panel.Builder panel = Panel.builder(y);
        addRegions(panel, s, data);
        panel.addAll(RreluBands.values(data.curves(), s.from(), s.to()));
        addZeroLines(panel, s, y);
        for (SampledCurve c : data.curves()) {
            c.function().activation().linearPieces().ifPresent(pieces -> addPieces(panel, s, c, pieces));
        }
        for (int i = 0; i < data.curves().size(); i++) {
            SampledCurve c = data.curves().get(i);
            panel.add(new Series("f:" + data.names().get(i), Text.plain(c.function().label()), c.rawXs(), c.rawValues(),
                    SeriesStyles.curve(c.function().colour())).withJumps(Jumps.inValue(c.function().activation())));
        }
        return panel.legend(legend(s, data)).build();
    }

    private static Panel derivativePanel(CurvesSettings s, CurveSet data, boolean withLegend) {
        int depth = s.depth();
        List<double[]> ys = new ArrayList<>();
        data.curves().forEach(c -> ys.add(depth > 1 ? c.derivativePower(depth) : c.rawDerivatives()));
        Text label = Text.latex(depth > 1 ? "|f'(x)|^{" + depth + "}" : "f'(x)");
        Scale scale = s.logDerivative() ? Scale.LOG : Scale.LINEAR;
        Axis y = yAxis(label, s.derivativeRange(), scale, ys);
        Panel.Builder panel = Panel.builder(y);
        addRegions(panel, s, data);
        panel.addAll(RreluBands.slopes(data.curves(), s.from(), s.to(), depth, scale));
        addZeroLines(panel, s, y);
        String prefix = depth > 1 ? "|df|^" + depth + ":" : "df:";
        for (int i = 0; i < data.curves().size(); i++) {
            SampledCurve c = data.curves().get(i);
            List<Jump> jumps = Jumps.inDerivative(c.function().activation());
            panel.add(new Series(prefix + data.names().get(i), Text.plain(c.function().label()), c.rawXs(), ys.get(i),
                    SeriesStyles.curve(c.function().colour()))
                    .withJumps(depth > 1 ? jumps.stream().map(j -> j.map(d -> Math.pow(Math.abs(d), depth))).toList() : jumps));
        }
        return panel.legend(withLegend ? legend(s, data) : Legend.NONE).build();
    }

    private static void addRegions(Panel.Builder panel, CurvesSettings s, CurveSet data) {
        for (SampledCurve c : data.curves()) {
            Ink ink = Ink.series(c.function().colour());
            if (s.shadesSaturation()) {
                for (Interval r : c.saturatedRegions(s.saturation())) {
                    panel.add(new XRegion(r.lower(), r.upper(), XRegion.Fill.SHADE, ink, SHADE_OPACITY));
                }
            }
            if (s.hatchZeroGradient()) {
                for (Interval r : c.zeroGradientRegions()) {
                    panel.add(new XRegion(r.lower(), r.upper(), XRegion.Fill.HATCH, ink, HATCH_OPACITY));
                }
            }
        }
    }

    private static void addZeroLines(Panel.Builder panel, CurvesSettings s, Axis y) {
        if (y.scale() == Scale.LINEAR && y.contains(0)) {
            panel.add(ReferenceLine.horizontal(0, ZERO_LINE));
        }
        if (s.from() < 0 && s.to() > 0) {
            panel.add(ReferenceLine.vertical(0, ZERO_LINE));
        }
    }

    /** Each piece as a thin dashed line over the whole range; the piece winning at highlightX solid, with a marker. */
    private static void addPieces(Panel.Builder panel, CurvesSettings s, SampledCurve c, LinearPieces pieces) {
        int colour = c.function().colour();
        double[] ends = {s.from(), s.to()};
        int highlighted = Double.isFinite(s.highlightX()) ? pieces.winner(s.highlightX()) : -1;
        for (int k = 0; k < pieces.count(); k++) {
            double[] ys = {pieces.value(k, ends[0]), pieces.value(k, ends[1])};
            LineStyle style = k == highlighted
                    ? LineStyle.solid(Ink.series(colour), 1.5f).withOpacity(0.9f)
                    : LineStyle.solid(Ink.series(colour), 1f).withDash(Dash.DASHED).withOpacity(0.55f);
            panel.add(new Series("piece:" + (k + 1), Text.plain("w" + (k + 1) + " x + b" + (k + 1)), ends, ys, style));
        }
        if (highlighted >= 0) {
            double x = s.highlightX();
            double y = c.function().activation().value(x);
            if (Double.isFinite(y)) {
                panel.add(new Marker(x, y, Marker.Shape.CIRCLE, 8, Ink.series(colour),
                        Text.plain(PlotTexts.format("curves.piece", highlighted + 1))));
            }
        }
    }

    /**
     * A function's legend label: a typed formula typeset (it is its own name), followed by its
     * parameter values, e.g. x tanh(a x)  (a = 1.5); a catalogue function's display name with its values.
     */
    static Text legendLabel(PlotFunction function) {
        if (!(function.activation() instanceof FormulaActivation formula)) {
            return Text.plain(function.label());
        }
        StringJoiner values = new StringJoiner(",\\ ", "\\quad (", ")");
        formula.parameterValues().forEach((key, v) -> values.add(Formula.texName(key) + " = " + Numbers.format(v)));
        return Text.latex(formula.formula().latex() + (formula.parameterValues().isEmpty() ? "" : values.toString()));
    }

    private static Legend legend(CurvesSettings s, CurveSet data) {
        List<LegendEntry> entries = new ArrayList<>();
        for (SampledCurve c : data.curves()) {
            boolean typed = c.function().activation() instanceof FormulaActivation;
            LegendEntry e = LegendEntry.line(legendLabel(c.function()), SeriesStyles.curve(c.function().colour()));
            String latex = c.function().activation().info().formulaLatex();
            boolean withFormula = s.legendFormulas() && !typed && latex != null && !latex.isBlank();
            entries.add(withFormula ? e.withFormula(Text.latex(latex)) : e);
        }
        entries.addAll(RreluBands.legend(data.curves()));
        if (s.shadesSaturation()) {
            entries.add(LegendEntry.region(Text.plain("|f′(x)| < " + Numbers.format(s.saturation())),
                    XRegion.Fill.SHADE, Ink.Role.NEUTRAL));
        }
        if (s.hatchZeroGradient()) {
            entries.add(LegendEntry.region(Text.plain("f′(x) = 0"), XRegion.Fill.HATCH, Ink.Role.NEUTRAL));
        }
        return Legend.auto(entries);
    }

    /** The axis of a panel: the fixed range, or the finite data (positive data on a log axis) plus a margin. */
    static Axis yAxis(Text label, YRange range, Scale scale, List<double[]> data) {
        if (!range.automatic()) {
            return new Axis(label, range.min(), range.max(), scale);
        }
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (double[] ys : data) {
            for (double v : ys) {
                if (Double.isFinite(v) && (scale == Scale.LINEAR || v > 0)) {
                    lo = Math.min(lo, v);
                    hi = Math.max(hi, v);
                }
            }
        }
        return scale == Scale.LOG ? logAxis(label, lo, hi) : linearAxis(label, lo, hi);
    }

    private static Axis linearAxis(Text label, double lo, double hi) {
        if (lo > hi) {
            return new Axis(label, -1, 1, Scale.LINEAR);
        }
        double span = hi - lo;
        double margin = span > 0 ? span * AUTO_MARGIN : Math.max(0.5, Math.abs(lo) * 0.1);
        double min = lo - margin;
        double max = hi + margin;
        if (!Double.isFinite(min) || !Double.isFinite(max)) {
            min = lo;
            max = hi;
        }
        return new Axis(label, min, max, Scale.LINEAR);
    }

    private static Axis logAxis(Text label, double lo, double hi) {
        if (lo > hi) {
            return new Axis(label, 1e-3, 1, Scale.LOG);
        }
        lo = Math.max(lo, hi * LOG_DYNAMIC_RANGE);
        double decades = Math.log10(hi) - Math.log10(lo);
        double margin = decades > 0 ? decades * AUTO_MARGIN : 0.5;
        double min = Math.pow(10, Math.log10(lo) - margin);
        double max = Math.pow(10, Math.log10(hi) + margin);
        return new Axis(label, min > 0 ? min : lo, Double.isFinite(max) ? max : hi, Scale.LOG);
    }
}
