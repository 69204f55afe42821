package org.activationlab.model;

/**
 * The exponential linear family (ELU, SELU, CELU), in PyTorch's parameterisation:
 * f(x) = scale * x for x &gt; 0 and scale * alpha * (exp(x / s) - 1) for x &lt;= 0, with
 * f'(x) = scale for x &gt; 0 and (scale * alpha / s) exp(x / s) for x &lt;= 0 (the left side is taken
 * at 0, as PyTorch's elu_backward does). The value uses expm1 (exact near 0), the derivative exp:
 * 1 + expm1 would round to 0 below x / s = -37.4 and lose a derivative that a huge alpha keeps
 * far from 0 (alpha = 1e300 gives f'(-40) = 4e282).
 */
final class ExponentialLinear {
    private ExponentialLinear() {
    }

    static double value(double x, double alpha, double scale, double inputScale) {
        return x > 0 ? scale * x : scale * alpha * Math.expm1(x / inputScale);
    }

    static double derivative(double x, double alpha, double scale, double inputScale) {
        return x > 0 ? scale : slopeFactor(alpha, scale, inputScale) * Math.exp(x / inputScale);
    }

    /**
     * Value and derivative together (the derivative goes to {@code derivatives[i]}), identical,
     * bit for bit, to {@link #value} and {@link #derivative}.
     */
    static double valueAndDerivative(double x, double alpha, double scale, double inputScale,
                                     double[] derivatives, int i) {
        if (x > 0) {
            derivatives[i] = scale;
            return scale * x;
        }
        double t = x / inputScale;
        derivatives[i] = slopeFactor(alpha, scale, inputScale) * Math.exp(t);
        return scale * alpha * Math.expm1(t);
    }

    /** scale * alpha / s, which is exactly 1 for CELU (s = alpha, scale = 1). */
    private static double slopeFactor(double alpha, double scale, double inputScale) {
        return alpha == inputScale ? scale : scale * alpha / inputScale;
    }
}
