package org.activationlab.plot.curves;

import java.util.List;
import org.activationlab.model.Interval;

/**
 * One function sampled on a grid: values and derivatives from {@code Activation.fill}, and what
 * the curves view derives from them.
 */
public final class SampledCurve {
    private final PlotFunction function;
    private final double[] xs;
    private final double[] values;
    private final double[] derivatives;

    SampledCurve(PlotFunction function, double[] xs) {
        this.function = function;
        this.xs = xs;
        this.values = new double[xs.length];
        this.derivatives = new double[xs.length];
        function.activation().fill(xs, values, derivatives);
    }

    public PlotFunction function() {
        return function;
    }

    /** The number of samples. */
    public int size() {
        return xs.length;
    }

    /** A copy of the sample positions. */
    public double[] xs() {
        return xs.clone();
    }

    /** A copy of f at each sample. */
    public double[] values() {
        return values.clone();
    }

    /** A copy of f' at each sample. */
    public double[] derivatives() {
        return derivatives.clone();
    }

    /** f at sample i. */
    public double value(int i) {
        return values[i];
    }

    /** f' at sample i. */
    public double derivative(int i) {
        return derivatives[i];
    }

    /**
     * |f'(x)|^n at each sample: the factor by which a gradient is multiplied through n layers of
     * this activation (with unit weights), e.g. 0.25^n for sigmoid at 0 and 1 for ReLU at x > 0.
     */
    public double[] derivativePower(int n) {
        double[] out = new double[xs.length];
        for (int i = 0; i < xs.length; i++) {
            out[i] = Math.pow(Math.abs(derivatives[i]), n);
        }
        return out;
    }

    /** The x intervals within the sampled range where |f'(x)| &lt; eps: the function saturates. */
    public List<Interval> saturatedRegions(double eps) {
        boolean[] at = new boolean[xs.length];
        for (int i = 0; i < xs.length; i++) {
            at[i] = Math.abs(derivatives[i]) < eps;
        }
        return RegionFinder.regions(xs, at, x -> Math.abs(function.activation().derivative(x)) < eps);
    }

    /** The x intervals within the sampled range where f'(x) = 0 exactly: no gradient at all. */
    public List<Interval> zeroGradientRegions() {
        boolean[] at = new boolean[xs.length];
        for (int i = 0; i < xs.length; i++) {
            at[i] = derivatives[i] == 0;
        }
        return RegionFinder.regions(xs, at, x -> function.activation().derivative(x) == 0);
    }

    /** The raw samples for the figure builder, not copied. */
    double[] rawXs() {
        return xs;
    }

    double[] rawValues() {
        return values;
    }

    double[] rawDerivatives() {
        return derivatives;
    }
}
