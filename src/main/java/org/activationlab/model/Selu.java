package org.activationlab.model;

import java.util.List;

/**
 * Scaled exponential linear unit.
 *
 * <p>f(x) = scale * x for x &gt; 0, scale * alpha * (e^x - 1) for x &lt;= 0, with the fixed
 * constants alpha = 1.6732632423543772848 and scale = 1.0507009873554804934 that make zero mean
 * and unit variance a fixed point of a layer with LeCun-normal weights (self-normalising,
 * source text, section 6, property 9). f'(0) = scale * alpha, as PyTorch.
 * Range (-scale * alpha, inf) = about (-1.7581, inf). No parameters.
 * Klambauer, Unterthiner, Mayr &amp; Hochreiter (2017). Self-normalizing neural networks.
 */
final class Selu extends FixedActivation {
    /** SELU's alpha (Klambauer et al. 2017, eq. 14). */
    static final double ALPHA = 1.6732632423543772848170429916717;
    /** SELU's lambda, called scale in PyTorch. */
    static final double SCALE = 1.0507009873554804934193349852946;

    Selu() {
        super(new ActivationInfo("selu", "f(x) = scale * (x if x > 0, else alpha * (exp(x) - 1))",
                "f(x) = \\lambda \\begin{cases} x & \\quad x > 0 \\\\ \\alpha\\,(e^{x} - 1) & \\quad x \\leq 0 \\end{cases}",
                "f'(x) = \\lambda \\begin{cases} 1 & \\quad x > 0 \\\\ \\alpha\\,e^{x} & \\quad x \\leq 0 \\end{cases}",
                "Klambauer, G., Unterthiner, T., Mayr, A., Hochreiter, S. (2017). Self-normalizing neural networks. NeurIPS."));
    }

    @Override
    public double value(double x) {
        return ExponentialLinear.value(x, ALPHA, SCALE, 1);
    }

    @Override
    public double derivative(double x) {
        return ExponentialLinear.derivative(x, ALPHA, SCALE, 1);
    }

    @Override
    protected double valueAndDerivative(double x, double[] derivatives, int i) {
        return ExponentialLinear.valueAndDerivative(x, ALPHA, SCALE, 1, derivatives, i);
    }

    @Override
    public List<Double> kinks() {
        return List.of(0.0);
    }
}
