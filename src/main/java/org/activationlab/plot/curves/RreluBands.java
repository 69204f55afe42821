package org.activationlab.plot.curves;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.activationlab.model.Activation;
import org.activationlab.model.Numbers;
import org.activationlab.plot.Band;
import org.activationlab.plot.Ink;
import org.activationlab.plot.LegendEntry;
import org.activationlab.plot.PlotTexts;
import org.activationlab.plot.Scale;
import org.activationlab.plot.Text;
import org.activationlab.plot.XRegion;

/**
 * What rrelu can be in training (Xu et al. 2015): for x &lt; 0 each element draws its slope from
 * U(lower, upper), so f(x) lies between upper x and lower x and f'(x) between lower and upper,
 * while the curve drawn is the evaluation form with slope (lower + upper) / 2. Shaded in the
 * function's colour.
 */
final class RreluBands {
    /** The catalogue name of the randomized function. */
    static final String RRELU = "rrelu";
    static final float OPACITY = 0.22f;
    /** Significant digits of the slopes in the legend (the curve's own label keeps them whole). */
    private static final int LEGEND_DIGITS = 4;

    private RreluBands() {
    }

    /** The band of f(x) = slope x for every slope from lower to upper, over x from {@code from} to min(0, to). */
    static List<Band> values(List<SampledCurve> curves, double from, double to) {
        List<Band> bands = new ArrayList<>();
        double end = Math.min(0, to);
        for (SampledCurve c : curves) {
            Activation a = c.function().activation();
            if (isRrelu(a) && from < end) {
                double lower = a.parameterValues().get("lower");
                double upper = a.parameterValues().get("upper");
                double[] xs = {from, end};
                bands.add(new Band("band:" + RRELU + ":" + c.function().colour(), xs,
                        new double[] {upper * from, upper * end}, new double[] {lower * from, lower * end},
                        Ink.series(c.function().colour()), OPACITY));
            }
        }
        return bands;
    }

    /**
     * The band of f'(x) from lower to upper (raised to {@code depth} when the panel shows
     * |f'|^depth), left out on a log axis when lower is 0.
     */
    static List<Band> slopes(List<SampledCurve> curves, double from, double to, int depth, Scale scale) {
        List<Band> bands = new ArrayList<>();
        double end = Math.min(0, to);
        for (SampledCurve c : curves) {
            Activation a = c.function().activation();
            if (isRrelu(a) && from < end) {
                double lower = Math.pow(a.parameterValues().get("lower"), depth);
                double upper = Math.pow(a.parameterValues().get("upper"), depth);
                if (scale == Scale.LOG && !(lower > 0)) {
                    continue;
                }
                bands.add(new Band("band:d" + RRELU + ":" + c.function().colour(), new double[] {from, end},
                        new double[] {lower, lower}, new double[] {upper, upper}, Ink.series(c.function().colour()),
                        OPACITY));
            }
        }
        return bands;
    }

    /** One legend row per rrelu plotted, naming its slopes. */
    static List<LegendEntry> legend(List<SampledCurve> curves) {
        List<LegendEntry> entries = new ArrayList<>();
        for (SampledCurve c : curves) {
            Activation a = c.function().activation();
            if (isRrelu(a)) {
                Map<String, Double> p = a.parameterValues();
                entries.add(LegendEntry.region(Text.plain(PlotTexts.format("curves.rreluBand",
                                Numbers.format(p.get("lower"), LEGEND_DIGITS),
                                Numbers.format(p.get("upper"), LEGEND_DIGITS))),
                        XRegion.Fill.SHADE, Ink.series(c.function().colour())));
            }
        }
        return entries;
    }

    private static boolean isRrelu(Activation a) {
        return RRELU.equals(a.name()) && a.parameterValues().containsKey("lower")
                && a.parameterValues().containsKey("upper");
    }
}
