package org.activationlab.model;

import java.util.List;

/**
 * The shape shared by Leaky ReLU, PReLU and RReLU's evaluation form: f(x) = x for x &gt; 0 and
 * a x for x &lt;= 0, with f'(x) = 1 for x &gt; 0 and a for x &lt;= 0 (f'(0) = a, as PyTorch's
 * leaky_relu_backward). They differ only in where a comes from: fixed, learned, or the mean of
 * RReLU's random slopes.
 */
abstract class NegativeSlopeUnit extends AbstractActivation {
    /** The slope a for x &lt;= 0. */
    private final double slope;

    /** A unit whose one parameter is the slope. */
    protected NegativeSlopeUnit(ActivationInfo info, Parameter slope, double value) {
        this(info, List.of(slope), new double[] {value}, value);
    }

    /** A unit whose slope is computed from its parameters. */
    protected NegativeSlopeUnit(ActivationInfo info, List<Parameter> parameters, double[] values, double slope) {
        super(info, parameters, values);
        this.slope = slope;
    }

    @Override
    public final double value(double x) {
        return x > 0 ? x : slope * x;
    }

    @Override
    public final double derivative(double x) {
        return x > 0 ? 1 : slope;
    }

    @Override
    public final List<Double> kinks() {
        return slope == 1 ? List.of() : List.of(0.0);
    }
}
