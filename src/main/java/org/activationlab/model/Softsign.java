package org.activationlab.model;

/**
 * Softsign.
 *
 * <p>f(x) = x / (1 + |x|); f'(x) = 1 / (1 + |x|)^2. Range (-1, 1); zero-centred, near identity
 * at the origin, with polynomial rather than exponential tails. No parameters.
 * Bergstra et al. (2009). Quadratic polynomials learn better image features; Glorot &amp; Bengio
 * (2010). Understanding the difficulty of training deep feedforward neural networks.
 */
final class Softsign extends FixedActivation {
    Softsign() {
        super(new ActivationInfo("softsign", "f(x) = x / (1 + |x|)",
                "f(x) = \\frac{x}{1 + |x|}",
                "f'(x) = \\frac{1}{(1 + |x|)^{2}}",
                "Glorot, X., Bengio, Y. (2010). Understanding the difficulty of training deep feedforward neural networks. AISTATS."));
    }

    @Override
    public double value(double x) {
        return x / (1 + Math.abs(x));
    }

    @Override
    public double derivative(double x) {
        double d = 1 + Math.abs(x);
        return 1 / d / d;
    }
}
