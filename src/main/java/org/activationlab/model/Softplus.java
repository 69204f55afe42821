package org.activationlab.model;

import java.util.List;

/**
 * Softplus, a smooth ReLU.
 *
 * <p>f(x) = log(1 + e^(beta x)) / beta; f'(x) = sigmoid(beta x). As PyTorch (threshold 20), f
 * switches to the identity where beta x &gt; 20 (there f' = 1); the jump this leaves is below
 * 2.1e-9 / beta. Parameter beta: default 1, a finite number &gt;= {@value #MIN_BETA}; large beta
 * approaches ReLU. Range (0, inf).
 *
 * <p>Why beta has a floor: for small beta x, f(x) is about log(2) / beta + x / 2, which overflows
 * to +inf below beta = 3.9e-309 (in PyTorch float64 too), and below about 1e-288 the left tail is
 * still moving at x = -1e300, the farthest the property analysis reads it. From {@value #MIN_BETA}
 * on, f is finite and its range, tails and saturation are analysed correctly.
 * Dugas, Bengio, Belisle, Nadeau &amp; Garcia (2001). Incorporating second-order functional
 * knowledge for better option pricing.
 */
final class Softplus extends AbstractActivation {
    /** The smallest beta allowed (see the class comment). */
    static final double MIN_BETA = 1e-280;
    static final Parameter BETA = new Parameter("beta", "parameter.softplus.beta", 1,
            new Domain(MIN_BETA, true, Double.POSITIVE_INFINITY, false, false), 0.1, 10);
    /** PyTorch's default threshold: above beta x = 20 softplus returns x. */
    static final double THRESHOLD = 20;

    Softplus() {
        this(BETA.defaultValue());
    }

    private Softplus(double beta) {
        super(new ActivationInfo("softplus", "f(x) = log(1 + exp(beta * x)) / beta",
                "f(x) = \\frac{1}{\\beta} \\log\\left(1 + e^{\\beta x}\\right)",
                "f'(x) = \\sigma(\\beta x) = \\frac{1}{1 + e^{-\\beta x}}",
                "Dugas, C., Bengio, Y., Belisle, F., Nadeau, C., Garcia, R. (2001). Incorporating second-order functional knowledge for better option pricing. NeurIPS."),
                List.of(BETA), new double[] {beta});
    }

    @Override
    protected Activation withValues(double[] values) {
        return new Softplus(values[0]);
    }

    @Override
    public double value(double x) {
        double bx = p[0] * x;
        return bx > THRESHOLD ? x : value(bx, Math.exp(-Math.abs(bx)));
    }

    /** log(1 + e^bx) / beta = (max(bx, 0) + log1p(e^-|bx|)) / beta, given {@code e = exp(-|bx|)}. */
    private double value(double bx, double e) {
        return (Math.max(bx, 0) + Math.log1p(e)) / p[0];
    }

    @Override
    public double derivative(double x) {
        double bx = p[0] * x;
        return bx > THRESHOLD ? 1 : Stable.sigmoid(bx);
    }

    @Override
    protected double valueAndDerivative(double x, double[] derivatives, int i) {
        double bx = p[0] * x;
        if (bx > THRESHOLD) {
            derivatives[i] = 1;
            return x;
        }
        double e = Math.exp(-Math.abs(bx));
        derivatives[i] = Stable.sigmoid(bx, e);
        return value(bx, e);
    }
}
