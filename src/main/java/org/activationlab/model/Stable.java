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
        if (x >= 0) {
            return 1 / (1 + Math.exp(-x));
        }
        double e = Math.exp(x);
        return e / (1 + e);
    }

    /**
     * sigmoid'(x) = sigmoid(x) (1 - sigmoid(x)) = e / (1 + e)^2 with e = exp(-|x|): exact in
     * both tails, where the product form loses everything to 1 - sigmoid(x) = 0.
     */
    static double sigmoidDerivative(double x) {
        double e = Math.exp(-Math.abs(x));
        double d = 1 + e;
        return e / (d * d);
    }

    /** sech^2(x) = 1 - tanh^2(x) = 4 e / (1 + e)^2 with e = exp(-2|x|), exact in both tails. */
    static double sech2(double x) {
        double e = Math.exp(-2 * Math.abs(x));
        double d = 1 + e;
        return 4 * e / (d * d);
    }

    /** softplus(x) = log(1 + e^x) = max(x, 0) + log1p(e^-|x|), without overflow. */
    static double softplus(double x) {
        return Math.max(x, 0) + Math.log1p(Math.exp(-Math.abs(x)));
    }

    /**
     * {@code a * b}, but 0 when {@code a} is 0: a vanished factor such as sigmoid'(x) for huge x
     * must win over an infinite one instead of producing 0 * inf = NaN.
     */
    static double timesVanishing(double a, double b) {
        return a == 0 ? 0 : a * b;
    }
}
