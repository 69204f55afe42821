package org.activationlab.model;

/**
 * Mish.
 *
 * <p>f(x) = x tanh(softplus(x)); f'(x) = tanh(softplus(x)) + x sigmoid(x) sech^2(softplus(x)).
 * All three factors are rational in one exponential, e^-|x|, so value and derivative cost one exp
 * and never overflow. Smooth, not monotonic, range about
 * [-0.3088, inf). No parameters.
 * Misra (2019). Mish: a self regularized non-monotonic activation function.
 */
final class Mish extends FixedActivation {
    Mish() {
        super(new ActivationInfo("mish", "f(x) = x * tanh(log(1 + exp(x)))",
                "f(x) = x\\,\\tanh\\left(\\log(1 + e^{x})\\right)",
                "f'(x) = \\tanh(s) + x\\,\\sigma(x)\\,\\mathrm{sech}^{2}(s),\\quad s = \\log(1 + e^{x})",
                "Misra, D. (2019). Mish: a self regularized non-monotonic activation function. arXiv:1908.08681."));
    }

    /**
     * tanh(softplus(x)) = n / (n + 2) with n = e^x (e^x + 2), written in r = e^-x for x &gt; 0:
     * (1 + 2r) / (1 + 2r + 2r^2). No cancellation or overflow on either side.
     */
    private static double tanhSoftplus(double x, double e) {
        if (x > 0) {
            double q = 1 + 2 * e;
            return q / (q + 2 * e * e);
        }
        double n = e * (e + 2);
        return n / (n + 2);
    }

    /** sech^2(softplus(x)) = 4 (n + 1) / (n + 2)^2, in r = e^-x for x &gt; 0: (2r (1 + r) / (1 + 2r + 2r^2))^2. */
    private static double sech2Softplus(double x, double e) {
        if (x > 0) {
            double u = 2 * e * (1 + e) / (1 + 2 * e + 2 * e * e);
            return u * u;
        }
        double n2 = e * (e + 2) + 2;
        return 4 * (n2 - 1) / (n2 * n2);
    }

    /** f' given {@code e = exp(-|x|)}. */
    private static double derivative(double x, double e) {
        return tanhSoftplus(x, e) + Stable.timesVanishing(sech2Softplus(x, e), x * Stable.sigmoid(x, e));
    }

    @Override
    public double value(double x) {
        return x * tanhSoftplus(x, Math.exp(-Math.abs(x)));
    }

    @Override
    public double derivative(double x) {
        return derivative(x, Math.exp(-Math.abs(x)));
    }

    @Override
    protected double valueAndDerivative(double x, double[] derivatives, int i) {
        double e = Math.exp(-Math.abs(x));
        derivatives[i] = derivative(x, e);
        return x * tanhSoftplus(x, e);
    }
}
