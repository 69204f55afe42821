package org.activationlab.model;

import java.util.List;

/**
 * Swish; SiLU when beta = 1.
 *
 * <p>f(x) = x sigmoid(beta x); f'(x) = sigmoid(beta x) + beta x sigmoid'(beta x). Parameter beta:
 * default 1 (SiLU), any finite number (beta = 0 gives x / 2; large beta approaches ReLU).
 * Smooth, not monotonic for beta &gt; 0 (minimum about -0.278 / beta).
 * Ramachandran, Zoph &amp; Le (2017). Searching for activation functions; Elfwing, Uchibe &amp;
 * Doya (2018). Sigmoid-weighted linear units.
 */
final class Swish extends AbstractActivation {
    static final Parameter BETA = new Parameter("beta", "parameter.swish.beta", 1,
            Domain.ANY_FINITE, 0, 10);

    Swish() {
        this(BETA.defaultValue());
    }

    private Swish(double beta) {
        super(new ActivationInfo("swish", "f(x) = x * sigmoid(beta * x)",
                "f(x) = x\\,\\sigma(\\beta x)",
                "f'(x) = \\sigma(\\beta x) + \\beta x\\,\\sigma(\\beta x)\\,(1 - \\sigma(\\beta x))",
                "Ramachandran, P., Zoph, B., Le, Q. V. (2017). Searching for activation functions. arXiv:1710.05941; Elfwing, S., Uchibe, E., Doya, K. (2018). Sigmoid-weighted linear units for neural network function approximation in reinforcement learning."),
                List.of(BETA), new double[] {beta});
    }

    @Override
    protected Activation withValues(double[] values) {
        return new Swish(values[0]);
    }

    @Override
    public double value(double x) {
        return x * Stable.sigmoid(p[0] * x);
    }

    @Override
    public double derivative(double x) {
        double bx = p[0] * x;
        return Stable.siluDerivative(bx, Math.exp(-Math.abs(bx)));
    }

    @Override
    protected double valueAndDerivative(double x, double[] derivatives, int i) {
        double bx = p[0] * x;
        double e = Math.exp(-Math.abs(bx));
        derivatives[i] = Stable.siluDerivative(bx, e);
        return x * Stable.sigmoid(bx, e);
    }
}
