package org.activationlab.plot.curves;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.TreeSet;
import org.activationlab.model.EvenGrid;

/**
 * Samples the functions of a curves figure before anything is drawn: one shared grid of evenly
 * spaced points plus every function's kinks inside the range (so ReLU's corner at 0 is a
 * sample, not cut off), then values and derivatives through {@code Activation.fill}.
 */
public final class CurveSampler {
    private CurveSampler() {
    }

    /** The functions of {@code settings} sampled over its x range. */
    public static CurveSet sample(CurvesSettings settings) {
        List<Double> kinks = new ArrayList<>();
        for (PlotFunction f : settings.functions()) {
            kinks.addAll(f.activation().kinks());
        }
        double[] xs = grid(settings.from(), settings.to(), settings.points(), kinks);
        List<SampledCurve> curves = new ArrayList<>();
        for (PlotFunction f : settings.functions()) {
            curves.add(new SampledCurve(f, xs));
        }
        return new CurveSet(xs, curves);
    }

    /**
     * {@code points} evenly spaced values from {@code from} to {@code to} (both included, computed
     * as from + i (to - from) / (points - 1), see {@link EvenGrid}), merged with the {@code extra} values strictly
     * inside, sorted and without repeats.
     */
    public static double[] grid(double from, double to, int points, Collection<Double> extra) {
        double[] even = new double[points];
        EvenGrid grid = new EvenGrid(from, to, points);
        for (int i = 0; i < points; i++) {
            even[i] = i == points - 1 ? to : grid.x(i);
        }
        TreeSet<Double> inside = new TreeSet<>();
        for (double x : extra) {
            if (x > from && x < to && Arrays.binarySearch(even, x) < 0) {
                inside.add(x);
            }
        }
        if (inside.isEmpty()) {
            return even;
        }
        double[] merged = new double[points + inside.size()];
        int i = 0;
        int n = 0;
        for (double x : inside) {
            while (even[i] < x) {
                merged[n++] = even[i++];
            }
            merged[n++] = x;
        }
        while (i < points) {
            merged[n++] = even[i++];
        }
        return merged;
    }
}
