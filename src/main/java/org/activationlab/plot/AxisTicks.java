package org.activationlab.plot;

import java.awt.Font;
import java.util.Arrays;

/**
 * The ticks of one axis with their labels.
 *
 * @param values the tick positions in data units
 * @param labels one label per value
 */
record AxisTicks(double[] values, String[] labels) {
    /** The least gap between two neighbouring tick labels, at scale 1. */
    private static final double LABEL_GAP = 6;

    /** Ticks for {@code [min, max]} on {@code scale}, about {@code count} of them. */
    static AxisTicks of(double min, double max, Scale scale, int count, TickLabels.Glyphs glyphs) {
        if (scale == Scale.LOG) {
            double[] values = NiceTicks.log(min, max, count);
            return new AxisTicks(values, TickLabels.log(values, glyphs));
        }
        double[] values = NiceTicks.linear(min, max, count);
        return new AxisTicks(values, TickLabels.linear(values, NiceTicks.step(min, max, count), glyphs));
    }

    /** One tick per category of a categorical axis, at 1, 2, ..., labelled with its name. */
    static AxisTicks categories(Axis axis) {
        java.util.List<String> names = axis.categories();
        double[] values = new double[names.size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = i + 1;
        }
        return new AxisTicks(values, names.toArray(String[]::new));
    }

    /**
     * The most ticks, up to about {@code count}, whose labels do not touch along an axis mapped to
     * pixels by {@code mapping}: fewer nice ticks first, then, when even the fewest nice ticks
     * crowd (a short axis in a large font), every second, third, ... of them, down to one. Along
     * x ({@code vertical} false) a label takes its width, along y its line height.
     */
    static AxisTicks fitting(AxisMapping mapping, int count, boolean vertical, RenderStyle style) {
        AxisTicks ticks = of(mapping.min(), mapping.max(), mapping.scale(), count, style.glyphs);
        for (int c = count - 1; c >= 2 && !ticks.fits(mapping, vertical, style); c--) {
            ticks = of(mapping.min(), mapping.max(), mapping.scale(), c, style.glyphs);
        }
        AxisTicks nice = ticks;
        for (int every = 2; every <= nice.values.length && !ticks.fits(mapping, vertical, style); every++) {
            ticks = nice.every(every);
        }
        return ticks;
    }

    /**
     * Whether no two neighbouring labels come closer than {@link #LABEL_GAP} along the axis (the
     * values are in order, so their pixels are too, one way or the other).
     */
    boolean fits(AxisMapping mapping, boolean vertical, RenderStyle style) {
        double gap = LABEL_GAP * style.scale;
        double lineHeight = TextPainter.lineHeight(style.tickFont);
        for (int i = 1; i < values.length; i++) {
            double room = Math.abs(mapping.toPixel(values[i]) - mapping.toPixel(values[i - 1]));
            double need = vertical ? lineHeight : (TextPainter.measure(labels[i - 1], style.tickFont).width()
                    + TextPainter.measure(labels[i], style.tickFont).width()) / 2;
            if (!(room >= need + gap)) {
                return false;
            }
        }
        return true;
    }

    /**
     * The ticks at or below {@code limit}, with their labels (a tick within a billionth of the span
     * above it counts as at it, as nice ticks are sums of steps).
     */
    AxisTicks upTo(double limit) {
        if (values.length == 0 || limit == Double.POSITIVE_INFINITY) {
            return this;
        }
        double slack = 1e-9 * Math.abs(values[values.length - 1] - values[0]);
        int n = 0;
        while (n < values.length && values[n] <= limit + slack) {
            n++;
        }
        return new AxisTicks(Arrays.copyOf(values, n), Arrays.copyOf(labels, n));
    }

    /** Every {@code k}-th tick from the first, with its label. */
    AxisTicks every(int k) {
        int n = (values.length + k - 1) / k;
        double[] v = new double[n];
        String[] l = new String[n];
        for (int i = 0; i < n; i++) {
            v[i] = values[i * k];
            l[i] = labels[i * k];
        }
        return new AxisTicks(v, l);
    }

    /** The width of the widest label in {@code font}. */
    double widestLabel(Font font) {
        double w = 0;
        for (String label : labels) {
            w = Math.max(w, TextPainter.measure(label, font).width());
        }
        return w;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof AxisTicks t && Arrays.equals(values, t.values) && Arrays.equals(labels, t.labels);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(values) + Arrays.hashCode(labels);
    }

    @Override
    public String toString() {
        return "AxisTicks" + Arrays.toString(labels);
    }
}
