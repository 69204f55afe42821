package org.activationlab.model;

import java.util.List;

/**
 * Exponential linear unit.
 *
 * <p>f(x) = x for x &gt; 0, alpha (e^x - 1) for x &lt;= 0; f'(x) = 1 for x &gt; 0, alpha e^x for
 * x &lt;= 0 (elu'(0) = alpha, as PyTorch). Parameter alpha: default 1, any finite number.
 * Range (-alpha, inf) for alpha &gt; 0. Smooth (C1) exactly when alpha = 1.
 * Clevert, Unterthiner &amp; Hochreiter (2016). Fast and accurate deep network learning by
 * exponential linear units (ELUs).
 */
final class Elu extends AbstractActivation {
    static final Parameter ALPHA = new Parameter("alpha", "parameter.elu.alpha", 1,
            Domain.ANY_FINITE, 0, 3);

    Elu() {
        this(ALPHA.defaultValue());
    }

    private Elu(double alpha) {
        super(new ActivationInfo("elu", "f(x) = x if x > 0, else alpha * (exp(x) - 1)",
                "f(x) = \\begin{cases} x & \\quad x > 0 \\\\ \\alpha\\,(e^{x} - 1) & \\quad x \\leq 0 \\end{cases}",
                "f'(x) = \\begin{cases} 1 & \\quad x > 0 \\\\ \\alpha\\,e^{x} & \\quad x \\leq 0 \\end{cases}",
                "Clevert, D.-A., Unterthiner, T., Hochreiter, S. (2016). Fast and accurate deep network learning by exponential linear units (ELUs). ICLR."),
                List.of(ALPHA), new double[] {alpha});
    }

    @Override
    protected Activation withValues(double[] values) {
        return new Elu(values[0]);
    }

    @Override
    public double value(double x) {
        return ExponentialLinear.value(x, p[0], 1, 1);
    }

    @Override
    public double derivative(double x) {
        return ExponentialLinear.derivative(x, p[0], 1, 1);
    }

    @Override
    protected double valueAndDerivative(double x, double[] derivatives, int i) {
        return ExponentialLinear.valueAndDerivative(x, p[0], 1, 1, derivatives, i);
    }

    @Override
    public List<Double> kinks() {
        return p[0] == 1 ? List.of() : List.of(0.0);
    }
}
