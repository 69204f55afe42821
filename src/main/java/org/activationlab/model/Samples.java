package org.activationlab.model;

import java.util.Arrays;
import java.util.List;

/**
 * An activation evaluated on a wide grid: log-spaced from 1e-300 to 1e300 on both sides of the
 * origin (a point per decade below 1e-12, 16 per decade up to 1e3, 2 per decade beyond), evenly
 * spaced over [-20, 20] (to follow oscillations), and log-spaced on both sides of every
 * breakpoint. Features at any scale from 1e-300 to 1e300 (swish's minimum at -1.28 / beta, a
 * saturation edge at 1e5) fall between grid points and are located by bisection.
 */
final class Samples {
    private static final int TINY_PER_DECADE = 1;
    private static final int TINY_FIRST_DECADE = -300;
    private static final int NEAR_PER_DECADE = 16;
    private static final int NEAR_FIRST_DECADE = -12;
    private static final int NEAR_LAST_DECADE = 3;
    private static final double EVEN_HALF_WIDTH = 20;
    private static final double EVEN_STEP = 1.0 / 32;
    private static final int FAR_PER_DECADE = 2;
    private static final int FAR_LAST_DECADE = 300;
    private static final int BREAKPOINT_PER_DECADE = 4;
    private static final int BREAKPOINT_FIRST_DECADE = -12;
    private static final int BREAKPOINT_LAST_DECADE = 1;
    /** The part of the grid that does not depend on the function. */
    private static final double[] BASE = baseGrid();

    private final double[] xs;
    private final double[] values;
    private final double[] derivatives;

    private Samples(double[] xs, double[] values, double[] derivatives) {
        this.xs = xs;
        this.values = values;
        this.derivatives = derivatives;
    }

    /** Evaluates {@code a} on the grid around its {@code breakpoints}. */
    static Samples of(Activation a, List<Breakpoint> breakpoints) {
        double[] xs = grid(breakpoints);
        double[] values = new double[xs.length];
        double[] derivatives = new double[xs.length];
        a.fill(xs, values, derivatives);
        return new Samples(xs, values, derivatives);
    }

    private static double[] baseGrid() {
        DoubleList points = new DoubleList();
        points.add(0);
        logSpaced(points, 0, 1, TINY_FIRST_DECADE, NEAR_FIRST_DECADE, TINY_PER_DECADE);
        logSpaced(points, 0, 1, NEAR_FIRST_DECADE, NEAR_LAST_DECADE, NEAR_PER_DECADE);
        for (int i = 0; i * EVEN_STEP <= 2 * EVEN_HALF_WIDTH; i++) {
            points.add(-EVEN_HALF_WIDTH + i * EVEN_STEP);
        }
        logSpaced(points, 0, 1, NEAR_LAST_DECADE, FAR_LAST_DECADE, FAR_PER_DECADE);
        return sortedDistinctFinite(points.toArray());
    }

    private static double[] grid(List<Breakpoint> breakpoints) {
        if (breakpoints.isEmpty()) {
            return BASE;
        }
        DoubleList points = new DoubleList();
        for (double x : BASE) {
            points.add(x);
        }
        for (Breakpoint b : breakpoints) {
            points.add(b.x());
            logSpaced(points, b.x(), Math.max(1, Math.abs(b.x())),
                    BREAKPOINT_FIRST_DECADE, BREAKPOINT_LAST_DECADE, BREAKPOINT_PER_DECADE);
        }
        return sortedDistinctFinite(points.toArray());
    }

    /** Adds centre +- scale * 10^e for e from first to last decade in steps of 1/perDecade. */
    private static void logSpaced(DoubleList points, double centre, double scale, int first, int last, int perDecade) {
        for (int i = first * perDecade; i <= last * perDecade; i++) {
            double offset = scale * Math.pow(10, (double) i / perDecade);
            points.add(centre - offset);
            points.add(centre + offset);
        }
    }

    private static double[] sortedDistinctFinite(double[] points) {
        double[] sorted = points.clone();
        Arrays.sort(sorted);
        int n = 0;
        for (double x : sorted) {
            if (Double.isFinite(x) && (n == 0 || x != sorted[n - 1])) {
                sorted[n++] = x + 0.0;
            }
        }
        return Arrays.copyOf(sorted, n);
    }

    /** Number of points. */
    int size() {
        return xs.length;
    }

    /** The i-th point, in increasing order. */
    double x(int i) {
        return xs[i];
    }

    /** f at the i-th point. */
    double value(int i) {
        return values[i];
    }

    /** f' at the i-th point. */
    double derivative(int i) {
        return derivatives[i];
    }

    /** A growable array of doubles. */
    private static final class DoubleList {
        private double[] data = new double[8192];
        private int size;

        void add(double x) {
            if (size == data.length) {
                data = Arrays.copyOf(data, size * 2);
            }
            data[size++] = x;
        }

        double[] toArray() {
            return Arrays.copyOf(data, size);
        }
    }
}
