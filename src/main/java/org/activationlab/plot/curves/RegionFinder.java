package org.activationlab.plot.curves;

import java.util.ArrayList;
import java.util.List;
import java.util.function.DoublePredicate;
import org.activationlab.model.Interval;

/**
 * Finds the x intervals where a condition on a function holds: runs of grid samples that
 * satisfy it, with each inner end refined by bisection on the function itself, so that e.g.
 * ReLU's zero-gradient region ends exactly at 0 whatever the grid.
 */
final class RegionFinder {
    private static final int BISECTIONS = 60;

    private RegionFinder() {
    }

    /**
     * The closed intervals within [xs[0], xs[n-1]] where {@code holds} is true, given its value
     * at each sample in {@code atSample}. Runs of one sample whose ends refine to the same point
     * are dropped.
     */
    static List<Interval> regions(double[] xs, boolean[] atSample, DoublePredicate holds) {
        List<Interval> regions = new ArrayList<>();
        int n = xs.length;
        int i = 0;
        while (i < n) {
            if (!atSample[i]) {
                i++;
                continue;
            }
            int first = i;
            while (i + 1 < n && atSample[i + 1]) {
                i++;
            }
            int last = i;
            double left = first == 0 ? xs[0] : boundary(xs[first - 1], xs[first], holds);
            double right = last == n - 1 ? xs[n - 1] : boundary(xs[last + 1], xs[last], holds);
            if (right > left) {
                regions.add(new Interval(left, true, right, true));
            }
            i++;
        }
        return regions;
    }

    /** The point between {@code outside} (condition false) and {@code inside} (true) where it changes. */
    private static double boundary(double outside, double inside, DoublePredicate holds) {
        double out = outside;
        double in = inside;
        for (int k = 0; k < BISECTIONS; k++) {
            double mid = out + (in - out) / 2;
            if (mid == out || mid == in) {
                break;
            }
            if (holds.test(mid)) {
                in = mid;
            } else {
                out = mid;
            }
        }
        return in;
    }
}
