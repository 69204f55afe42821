package org.activationlab.model;

import java.util.List;

/**
 * Continuously differentiable exponential linear unit.
 *
 * <p>f(x) = max(0, x) + min(0, alpha (e^(x/alpha) - 1)); f'(x) = 1 for x &gt; 0, e^(x/alpha) for
 * x &lt;= 0, so f'(0) = 1 and f is C1 for every alpha. Parameter alpha: default 1, a finite number
 * &gt; 0. Range (-alpha, inf).
 * Barron (2017). Continuously differentiable exponential linear units.
 */
final class Celu extends AbstractActivation {
    static final Parameter ALPHA = new Parameter("alpha", "parameter.celu.alpha", 1,
            Domain.POSITIVE, 0.05, 3);

    Celu() {
        this(ALPHA.defaultValue());
    }

    private Celu(double alpha) {
        super(new ActivationInfo("celu", "f(x) = max(0, x) + min(0, alpha * (exp(x / alpha) - 1))",
                "f(x) = \\max(0, x) + \\min\\left(0, \\alpha\\,(e^{x/\\alpha} - 1)\\right)",
                "f'(x) = \\begin{cases} 1 & \\quad x > 0 \\\\ e^{x/\\alpha} & \\quad x \\leq 0 \\end{cases}",
                "Barron, J. T. (2017). Continuously differentiable exponential linear units. arXiv:1704.07483."),
                List.of(ALPHA), new double[] {alpha});
    }

    @Override
    protected Activation withValues(double[] values) {
        return new Celu(values[0]);
    }

    @Override
    public double value(double x) {
        return ExponentialLinear.value(x, p[0], 1, p[0]);
    }

    @Override
    public double derivative(double x) {
        return ExponentialLinear.derivative(x, p[0], 1, p[0]);
    }

    @Override
    protected double valueAndDerivative(double x, double[] derivatives, int i) {
        return ExponentialLinear.valueAndDerivative(x, p[0], 1, p[0], derivatives, i);
    }
}
