package org.activationlab.plot.studies;

import java.util.ArrayList;
import java.util.List;
import org.activationlab.nn.depth.BornDeadConfig;
import org.activationlab.nn.depth.BornDeadCurve;
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
import org.activationlab.plot.SeriesTable;
import org.activationlab.plot.Text;
import org.activationlab.plot.PlotTexts;

/**
 * The born-dead probability against depth (Lu et al. 2019), with a band of two standard errors
 * and, for width 1, the exact 1 - 2^-(L-1). The networks are those of {@link org.activationlab.nn.depth.BornDead}:
 * one input, He-normal weights, zero biases.
 */
public final class BornDeadFigure {

    private BornDeadFigure() {
    }

    /** The figure of {@code curve}. */
    public static Figure build(BornDeadCurve curve) {
        BornDeadConfig c = curve.config();
        int depths = c.maxDepth();
        double[] xs = new double[depths];
        double[] p = new double[depths];
        double[] upper = new double[depths];
        double[] lower = new double[depths];
        for (int d = 1; d <= depths; d++) {
            xs[d - 1] = d;
            p[d - 1] = curve.probability(d);
            upper[d - 1] = Math.min(1, p[d - 1] + 2 * curve.standardError(d));
            lower[d - 1] = Math.max(0, p[d - 1] - 2 * curve.standardError(d));
        }
        LineStyle estimate = LineStyle.solid(Ink.series(0), 2f);
        LineStyle band = LineStyle.solid(Ink.series(0), 1f).withDash(Dash.DASHED).withOpacity(0.6f);
        List<LegendEntry> legend = new ArrayList<>(List.of(
                LegendEntry.line(PlotTexts.plain("bornDead.estimate"), estimate),
                LegendEntry.line(PlotTexts.plain("bornDead.band"), band)));
        Panel.Builder panel = Panel.builder(new Axis(PlotTexts.plain("bornDead.axis"), -0.02, 1.02, Scale.LINEAR))
                .add(new Series("upper", Text.plain("+2 SE"), xs, upper, band))
                .add(new Series("lower", Text.plain("-2 SE"), xs, lower, band))
                .add(new Series("probability", PlotTexts.plain("bornDead.estimate"), xs, p, estimate));
        if (c.width() == 1) {
            double[] exact = new double[depths];
            for (int d = 1; d <= depths; d++) {
                exact[d - 1] = 1 - Math.pow(2, -(d - 1));
            }
            LineStyle exactStyle = LineStyle.solid(Ink.series(1), 1.5f).withDash(Dash.DOTTED);
            panel.add(new Series("exact", PlotTexts.plain("bornDead.exact"), xs, exact, exactStyle));
            legend.add(LegendEntry.line(PlotTexts.plain("bornDead.exactLegend"), exactStyle));
        }
        Axis x = new Axis(PlotTexts.plain("bornDead.depthAxis"), depths > 1 ? 1 : 0.5, depths > 1 ? depths : 1.5,
                Scale.LINEAR);
        String title = PlotTexts.format("bornDead.title", c.width(), c.trials());
        return new Figure(Text.plain(title), x, List.of(panel.legend(Legend.auto(legend)).build()), "");
    }

    /** Columns depth, probability, standard_error. */
    public static SeriesTable table(BornDeadCurve curve) {
        int depths = curve.config().maxDepth();
        double[] d = new double[depths];
        double[] p = new double[depths];
        double[] se = new double[depths];
        for (int i = 0; i < depths; i++) {
            d[i] = i + 1;
            p[i] = curve.probability(i + 1);
            se[i] = curve.standardError(i + 1);
        }
        return new SeriesTable(List.of("depth", "probability", "standard_error"), List.of(d, p, se));
    }
}
