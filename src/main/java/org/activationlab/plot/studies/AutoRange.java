package org.activationlab.plot.studies;

import org.activationlab.plot.Axis;
import org.activationlab.plot.Scale;
import org.activationlab.plot.Text;

/** Axes that fit the finite data they show, with a margin. */
final class AutoRange {
    /** Fraction of the data's span (or of its decades on a log axis) added on each side. */
    private static final double MARGIN = 0.05;
    /** The smallest ratio of min to max a log axis shows. */
    private static final double LOG_DYNAMIC_RANGE = 1e-300;

    private AutoRange() {
    }

    /** A linear axis over the finite values of {@code data}; [-1, 1] without any. */
    static Axis linear(Text label, double[]... data) {
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (double[] values : data) {
            for (double v : values) {
                if (Double.isFinite(v)) {
                    lo = Math.min(lo, v);
                    hi = Math.max(hi, v);
                }
            }
        }
        if (lo > hi) {
            return new Axis(label, -1, 1, Scale.LINEAR);
        }
        double span = hi - lo;
        double margin = span > 0 ? span * MARGIN : Math.max(0.5, Math.abs(lo) * 0.1);
        double min = lo - margin;
        double max = hi + margin;
        if (!Double.isFinite(min) || !Double.isFinite(max) || !(min < max)) {
            return new Axis(label, lo == hi ? lo - Math.abs(lo) * 0.5 : lo, lo == hi ? hi + Math.abs(hi) * 0.5 : hi,
                    Scale.LINEAR);
        }
        return new Axis(label, min, max, Scale.LINEAR);
    }

    /** A log axis over the positive finite values of {@code data}; [1e-3, 1] without any. */
    static Axis log(Text label, double[]... data) {
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (double[] values : data) {
            for (double v : values) {
                if (Double.isFinite(v) && v > 0) {
                    lo = Math.min(lo, v);
                    hi = Math.max(hi, v);
                }
            }
        }
        if (lo > hi) {
            return new Axis(label, 1e-3, 1, Scale.LOG);
        }
        lo = Math.max(lo, hi * LOG_DYNAMIC_RANGE);
        double decades = Math.log10(hi) - Math.log10(lo);
        double margin = decades > 0 ? decades * MARGIN : 0.5;
        double min = Math.pow(10, Math.log10(lo) - margin);
        double max = Math.pow(10, Math.log10(hi) + margin);
        if (!(min > 0) || !Double.isFinite(max)) {
            return new Axis(label, lo, hi > lo ? hi : lo * 10, Scale.LOG);
        }
        return new Axis(label, min, max, Scale.LOG);
    }
}
