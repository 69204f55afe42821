package org.activationlab.model;

import java.util.List;

/**
 * The shape shared by Leaky ReLU and PReLU: f(x) = x for x &gt; 0 and a x for x &lt;= 0, with
 * f'(x) = 1 for x &gt; 0 and a for x &lt;= 0 (f'(0) = a, as PyTorch). The two differ only in
 * whether a is fixed or learned.
 */
abstract class NegativeSlopeUnit extends AbstractActivation {
    protected NegativeSlopeUnit(ActivationInfo info, Parameter slope, double value) {
        super(info, List.of(slope), new double[] {value});
    }

    @Override
    public final double value(double x) {
        return x > 0 ? x : p[0] * x;
    }

    @Override
    public final double derivative(double x) {
        return x > 0 ? 1 : p[0];
    }

    @Override
    public final List<Double> kinks() {
        return p[0] == 1 ? List.of() : List.of(0.0);
    }
}
