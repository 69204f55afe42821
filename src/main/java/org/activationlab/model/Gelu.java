package org.activationlab.model;

/**
 * Gaussian error linear unit, exact form.
 *
 * <p>f(x) = x Phi(x) = x (1 + erf(x / sqrt 2)) / 2; f'(x) = Phi(x) + x phi(x) with
 * phi(x) = e^(-x^2/2) / sqrt(2 pi). Phi is computed as erfc(-x / sqrt 2) / 2, which keeps its
 * relative accuracy in the left tail. Range about [-0.17, inf) (minimum -0.1700 at x = -0.7518).
 * Not monotonic. No parameters.
 * Hendrycks &amp; Gimpel (2016). Gaussian error linear units (GELUs).
 */
final class Gelu extends FixedActivation {
    private static final double INV_SQRT2 = 0.70710678118654752440;
    private static final double INV_SQRT_2PI = 0.39894228040143267794;

    Gelu() {
        super(new ActivationInfo("gelu", "GELU", "x weighted by the Gaussian CDF: a smooth, non-monotonic ReLU.",
                "f(x) = x * Phi(x) = x * (1 + erf(x / sqrt(2))) / 2",
                "f(x) = x\\,\\Phi(x) = \\frac{x}{2}\\left(1 + \\mathrm{erf}\\left(\\frac{x}{\\sqrt{2}}\\right)\\right)",
                "f'(x) = \\Phi(x) + x\\,\\varphi(x)",
                "Hendrycks, D., Gimpel, K. (2016). Gaussian error linear units (GELUs). arXiv:1606.08415."));
    }

    /** The standard normal CDF. */
    static double phiCdf(double x) {
        return 0.5 * Erf.erfc(-x * INV_SQRT2);
    }

    @Override
    public double value(double x) {
        return x * phiCdf(x);
    }

    @Override
    public double derivative(double x) {
        return derivative(x, phiCdf(x));
    }

    private static double derivative(double x, double cdf) {
        return cdf + x * INV_SQRT_2PI * Math.exp(-0.5 * x * x);
    }

    @Override
    protected double valueAndDerivative(double x, double[] derivatives, int i) {
        double cdf = phiCdf(x);
        derivatives[i] = derivative(x, cdf);
        return x * cdf;
    }
}
