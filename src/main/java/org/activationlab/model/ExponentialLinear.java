package org.activationlab.model;

/**
 * The exponential linear family (ELU, SELU, CELU), in PyTorch's parameterisation:
 * f(x) = scale * x for x &gt; 0 and scale * alpha * (exp(x / s) - 1) for x &lt;= 0, with
 * f'(x) = scale for x &gt; 0 and (scale * alpha / s) exp(x / s) for x &lt;= 0 (the left side is taken
 * at 0, as PyTorch's elu_backward does). Both sides of x &lt;= 0 come from one expm1(x / s), the
 * derivative as 1 + expm1.
 */
final class ExponentialLinear {
    private ExponentialLinear() {
    }

    static double value(double x, double alpha, double scale, double inputScale) {
        return x > 0 ? scale * x : scale * alpha * Math.expm1(x / inputScale);
    }

    static double derivative(double x, double alpha, double scale, double inputScale) {
        return x > 0 ? scale : slopeFactor(alpha, scale, inputScale) * (1 + Math.expm1(x / inputScale));
    }

    /**
     * Value and derivative from one expm1; the derivative goes to {@code derivatives[i]}.
     * Identical, bit for bit, to {@link #value} and {@link #derivative}.
     */
    static double valueAndDerivative(double x, double alpha, double scale, double inputScale,
                                     double[] derivatives, int i) {
        if (x > 0) {
            derivatives[i] = scale;
            return scale * x;
        }
        double m = Math.expm1(x / inputScale);
        derivatives[i] = slopeFactor(alpha, scale, inputScale) * (1 + m);
        return scale * alpha * m;
    }

    /** scale * alpha / s, which is exactly 1 for CELU (s = alpha, scale = 1). */
    private static double slopeFactor(double alpha, double scale, double inputScale) {
        return alpha == inputScale ? scale : scale * alpha / inputScale;
    }
}
