package org.activationlab.model;

/**
 * The exponential linear family (ELU, SELU, CELU), in PyTorch's parameterisation:
 * f(x) = scale * x for x &gt; 0 and scale * alpha * (exp(x / s) - 1) for x &lt;= 0, with
 * f'(x) = scale for x &gt; 0 and scale * alpha * exp(x) for x &lt;= 0 when s = 1 (the left side
 * is taken at 0, as PyTorch's elu_backward does). CELU (s = alpha) has its own, simpler derivative.
 */
final class ExponentialLinear {
    private ExponentialLinear() {
    }

    static double value(double x, double alpha, double scale, double inputScale) {
        return x > 0 ? scale * x : scale * alpha * Math.expm1(x / inputScale);
    }

    static double derivative(double x, double alpha, double scale) {
        return x > 0 ? scale : scale * alpha * Math.exp(x);
    }
}
