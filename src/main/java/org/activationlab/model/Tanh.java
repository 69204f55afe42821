package org.activationlab.model;

/**
 * Hyperbolic tangent.
 *
 * <p>f(x) = tanh(x) = (e^x - e^-x) / (e^x + e^-x); f'(x) = 1 - tanh^2(x) = sech^2(x), computed
 * as 4 e^-2|x| / (1 + e^-2|x|)^2 so it stays exact in the tails; both from one expm1(-2|x|). Range (-1, 1); zero-centred
 * and near identity at the origin (f(0) = 0, f'(0) = 1). No parameters.
 * LeCun, Bottou, Orr &amp; Mueller (1998). Efficient BackProp.
 */
final class Tanh extends FixedActivation {
    Tanh() {
        super(new ActivationInfo("tanh", "Tanh", "A zero-centred sigmoid with range (-1, 1); saturates on both sides.",
                "f(x) = tanh(x)",
                "f(x) = \\tanh(x) = \\frac{e^{x} - e^{-x}}{e^{x} + e^{-x}}",
                "f'(x) = 1 - \\tanh^{2}(x)",
                "LeCun, Y., Bottou, L., Orr, G. B., Mueller, K.-R. (1998). Efficient BackProp."));
    }

    @Override
    public double value(double x) {
        return Stable.tanh(x, Stable.tanhExp(x));
    }

    @Override
    public double derivative(double x) {
        return Stable.sech2(Stable.tanhExp(x));
    }

    @Override
    protected double valueAndDerivative(double x, double[] derivatives, int i) {
        double m = Stable.tanhExp(x);
        derivatives[i] = Stable.sech2(m);
        return Stable.tanh(x, m);
    }
}
