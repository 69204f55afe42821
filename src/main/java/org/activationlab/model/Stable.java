package org.activationlab.model;

/**
 * Numerically stable building blocks shared by several activations: none of them overflows
 * or returns NaN for a finite argument, and each keeps full relative accuracy in its tails.
 */
final class Stable {
    private Stable() {
    }

    /** The logistic function 1 / (1 + e^-x), evaluated without overflow on either side. */
    static double sigmoid(double x) {
        return sigmoid(x, Math.exp(-Math.abs(x)));
    }

    /** sigmoid(x) given {@code e = exp(-|x|)}. */
    static double sigmoid(double x, double e) {
        return x >= 0 ? 1 / (1 + e) : e / (1 + e);
    }

    /**
     * sigmoid'(x) = sigmoid(x) (1 - sigmoid(x)) = e / (1 + e)^2 with e = exp(-|x|): exact in
     * both tails, where the product form loses everything to 1 - sigmoid(x) = 0.
     */
    static double sigmoidDerivative(double x) {
        return sigmoidDerivativeFromExp(Math.exp(-Math.abs(x)));
    }

    /** sigmoid'(x) given {@code e = exp(-|x|)}. */
    static double sigmoidDerivativeFromExp(double e) {
        double d = 1 + e;
        return e / (d * d);
    }

    /**
     * The derivative of u sigmoid(u), sigmoid(u) + u sigmoid'(u), given {@code e = exp(-|u|)}: the
     * slope of SiLU at u, and of Swish at u = beta x. No overflow for any finite u.
     */
    static double siluDerivative(double u, double e) {
        return sigmoid(u, e) + timesVanishing(sigmoidDerivativeFromExp(e), u);
    }

    /** {@code expm1(-2|x|)}, in (-1, 0]: the one exponential 1 + tanh and sech^2 share (GELU, tanh form). */
    static double tanhExp(double x) {
        return Math.expm1(-2 * Math.abs(x));
    }

    /** 1 + tanh(x) without cancellation for negative x, given {@code m = tanhExp(x)}. */
    static double onePlusTanh(double x, double m) {
        return x >= 0 ? 2 / (2 + m) : 2 * (1 + m) / (2 + m);
    }

    /** sech^2(x) = 1 - tanh^2(x) = 4 e / (1 + e)^2, exact in both tails, given {@code m = tanhExp(x)}. */
    static double sech2(double m) {
        double d = 2 + m;
        return 4 * (1 + m) / (d * d);
    }

    /**
     * {@code a * b}, but 0 when {@code a} is 0: a vanished factor such as sigmoid'(x) for huge x
     * must win over an infinite one instead of producing 0 * inf = NaN.
     */
    static double timesVanishing(double a, double b) {
        return a == 0 ? 0 : a * b;
    }
}
