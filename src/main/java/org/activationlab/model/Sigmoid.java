package org.activationlab.model;

/**
 * Logistic sigmoid.
 *
 * <p>f(x) = 1 / (1 + e^-x); f'(x) = f(x) (1 - f(x)), computed as e^-|x| / (1 + e^-|x|)^2 so it
 * stays exact in the tails. Range (0, 1); f(0) = 0.5, f'(0) = 0.25. No parameters. Reads as a
 * probability, 0.5 is the threshold; its flat tails make gradients vanish (source text, section 2).
 * Rumelhart, Hinton &amp; Williams (1986). Learning representations by back-propagating errors.
 */
final class Sigmoid extends FixedActivation {
    Sigmoid() {
        super(new ActivationInfo("sigmoid", "f(x) = 1 / (1 + exp(-x))",
                "f(x) = \\frac{1}{1 + e^{-x}}",
                "f'(x) = f(x)\\,(1 - f(x))",
                "Rumelhart, D. E., Hinton, G. E., Williams, R. J. (1986). Learning representations by back-propagating errors. Nature 323."));
    }

    @Override
    public double value(double x) {
        return Stable.sigmoid(x);
    }

    @Override
    public double derivative(double x) {
        return Stable.sigmoidDerivative(x);
    }

    @Override
    protected double valueAndDerivative(double x, double[] derivatives, int i) {
        double e = Math.exp(-Math.abs(x));
        derivatives[i] = Stable.sigmoidDerivativeFromExp(e);
        return Stable.sigmoid(x, e);
    }
}
