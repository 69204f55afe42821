package org.activationlab.model;

/**
 * GELU, tanh approximation (PyTorch's approximate="tanh", used by GPT-2 and BERT).
 *
 * <p>f(x) = x (1 + tanh(u)) / 2 with u = sqrt(2/pi) (x + 0.044715 x^3);
 * f'(x) = (1 + tanh(u)) / 2 + (x / 2) sech^2(u) sqrt(2/pi) (1 + 3 * 0.044715 x^2).
 * sech^2 is computed stably; where it underflows to 0 the second term is 0 (never 0 * inf).
 * Range about [-0.17, inf). No parameters.
 * Hendrycks &amp; Gimpel (2016). Gaussian error linear units (GELUs).
 */
final class GeluTanh extends FixedActivation {
    private static final double SQRT_2_OVER_PI = 0.79788456080286535588;
    private static final double KAPPA = 0.044715;

    GeluTanh() {
        super(new ActivationInfo("gelu_tanh", "f(x) = x/2 * (1 + tanh(sqrt(2/pi) * (x + 0.044715 x^3)))",
                "f(x) = \\frac{x}{2}\\left(1 + \\tanh\\left(\\sqrt{2/\\pi}\\,(x + 0.044715\\,x^{3})\\right)\\right)",
                "f'(x) = \\frac{1 + \\tanh u}{2} + \\frac{x}{2}\\,\\mathrm{sech}^{2}(u)\\,\\sqrt{2/\\pi}\\,(1 + 0.134145\\,x^{2})",
                "Hendrycks, D., Gimpel, K. (2016). Gaussian error linear units (GELUs). arXiv:1606.08415."));
    }

    private static double inner(double x) {
        return SQRT_2_OVER_PI * (x + KAPPA * x * x * x);
    }

    @Override
    public double value(double x) {
        double u = inner(x);
        return 0.5 * x * Stable.onePlusTanh(u, Stable.tanhExp(u));
    }

    @Override
    public double derivative(double x) {
        double u = inner(x);
        return derivative(x, u, Stable.tanhExp(u));
    }

    private static double derivative(double x, double u, double m) {
        double innerSlope = SQRT_2_OVER_PI * (1 + 3 * KAPPA * x * x);
        return 0.5 * Stable.onePlusTanh(u, m) + Stable.timesVanishing(Stable.sech2(m), 0.5 * x * innerSlope);
    }

    @Override
    protected double valueAndDerivative(double x, double[] derivatives, int i) {
        double u = inner(x);
        double m = Stable.tanhExp(u);
        derivatives[i] = derivative(x, u, m);
        return 0.5 * x * Stable.onePlusTanh(u, m);
    }
}
