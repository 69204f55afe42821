package org.activationlab.plot;

import java.awt.Font;

/**
 * The ticks of one axis with their labels.
 *
 * @param values the tick positions in data units
 * @param labels one label per value
 */
record AxisTicks(double[] values, String[] labels) {

    /** Ticks for {@code [min, max]} on {@code scale}, about {@code count} of them. */
    static AxisTicks of(double min, double max, Scale scale, int count, TickLabels.Glyphs glyphs) {
        if (scale == Scale.LOG) {
            double[] values = NiceTicks.log(min, max, count);
            return new AxisTicks(values, TickLabels.log(values, glyphs));
        }
        double[] values = NiceTicks.linear(min, max, count);
        return new AxisTicks(values, TickLabels.linear(values, NiceTicks.step(min, max, count), glyphs));
    }

    /** The width of the widest label in {@code font}. */
    double widestLabel(Font font) {
        double w = 0;
        for (String label : labels) {
            w = Math.max(w, TextPainter.measure(label, font).width());
        }
        return w;
    }
}
