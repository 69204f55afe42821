package org.activationlab.model;

/**
 * Mish.
 *
 * <p>f(x) = x tanh(softplus(x)); f'(x) = tanh(softplus(x)) + x sigmoid(x) sech^2(softplus(x)),
 * with softplus and sech^2 computed without overflow. Smooth, not monotonic, range about
 * [-0.3088, inf). No parameters.
 * Misra (2019). Mish: a self regularized non-monotonic activation function.
 */
final class Mish extends FixedActivation {
    Mish() {
        super(new ActivationInfo("mish", "Mish", "x * tanh(softplus(x)): smooth and non-monotonic, like Swish.",
                "f(x) = x * tanh(log(1 + exp(x)))",
                "f(x) = x\\,\\tanh\\left(\\log(1 + e^{x})\\right)",
                "f'(x) = \\tanh(s) + x\\,\\sigma(x)\\,\\mathrm{sech}^{2}(s),\\quad s = \\log(1 + e^{x})",
                "Misra, D. (2019). Mish: a self regularized non-monotonic activation function. arXiv:1908.08681."));
    }

    @Override
    public double value(double x) {
        return x * Math.tanh(Stable.softplus(x));
    }

    @Override
    public double derivative(double x) {
        double s = Stable.softplus(x);
        return Math.tanh(s) + Stable.timesVanishing(Stable.sech2(s), x * Stable.sigmoid(x));
    }
}
