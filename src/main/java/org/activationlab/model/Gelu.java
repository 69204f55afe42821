package org.activationlab.model;

import org.apache.commons.numbers.gamma.Erfc;
import org.apache.commons.numbers.gamma.Erfcx;

/**
 * Gaussian error linear unit, exact form.
 *
 * <p>f(x) = x Phi(x) = x (1 + erf(x / sqrt 2)) / 2; f'(x) = Phi(x) + x phi(x) with
 * phi(x) = e^(-x^2/2) / sqrt(2 pi). Phi is erfc(-x / sqrt 2) / 2, which keeps its accuracy in
 * the left tail; there it is taken as e^(-x^2/2) erfcx(-x / sqrt 2) / 2, so that value and
 * derivative share one exponential. erfc and erfcx are Apache Commons Numbers' {@link Erfc} and
 * {@link Erfcx} (Boost's rational approximations, within a few ulp).
 * Range about [-0.17, inf) (minimum -0.1700 at x = -0.7518).
 * Not monotonic. No parameters.
 * Hendrycks &amp; Gimpel (2016). Gaussian error linear units (GELUs).
 */
final class Gelu extends FixedActivation {
    private static final double INV_SQRT2 = 0.70710678118654752440;
    private static final double INV_SQRT_2PI = 0.39894228040143267794;

    Gelu() {
        super(new ActivationInfo("gelu", "f(x) = x * Phi(x) = x * (1 + erf(x / sqrt(2))) / 2",
                "f(x) = x\\,\\Phi(x) = \\frac{x}{2}\\left(1 + \\mathrm{erf}\\left(\\frac{x}{\\sqrt{2}}\\right)\\right)",
                "f'(x) = \\Phi(x) + x\\,\\varphi(x)",
                "Hendrycks, D., Gimpel, K. (2016). Gaussian error linear units (GELUs). arXiv:1606.08415."));
    }

    /** From here on (z = -x / sqrt 2) Phi(x) comes from erfcx, sharing the exp of phi(x). */
    private static final double ERFCX_FROM = 0.875;

    /** The standard normal CDF. */
    static double phiCdf(double x) {
        double z = -x * INV_SQRT2;
        return z >= ERFCX_FROM ? cdf(z, gaussian(x)) : 0.5 * Erfc.value(z);
    }

    /** exp(-x^2 / 2), the exponential Phi and phi share. */
    private static double gaussian(double x) {
        return Math.exp(-0.5 * x * x);
    }

    /** Phi(x) = erfc(z) / 2 with z = -x / sqrt 2, given {@code e = exp(-x^2 / 2) = exp(-z^2)}. */
    private static double cdf(double z, double e) {
        return z >= ERFCX_FROM ? 0.5 * e * Erfcx.value(z) : 0.5 * Erfc.value(z);
    }

    @Override
    public double value(double x) {
        return x * phiCdf(x);
    }

    @Override
    public double derivative(double x) {
        double e = gaussian(x);
        return cdf(-x * INV_SQRT2, e) + x * INV_SQRT_2PI * e;
    }

    @Override
    protected double valueAndDerivative(double x, double[] derivatives, int i) {
        double e = gaussian(x);
        double cdf = cdf(-x * INV_SQRT2, e);
        derivatives[i] = cdf + x * INV_SQRT_2PI * e;
        return x * cdf;
    }
}
