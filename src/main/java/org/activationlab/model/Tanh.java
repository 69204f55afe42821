package org.activationlab.model;

/**
 * Hyperbolic tangent.
 *
 * <p>f(x) = tanh(x) = (e^x - e^-x) / (e^x + e^-x); f'(x) = 1 - tanh^2(x) = sech^2(x), computed
 * as 4 e^-2|x| / (1 + e^-2|x|)^2 so it stays exact in the tails; value and derivative share one
 * exp(-2|x|) (a short series gives the value near 0). Range (-1, 1); zero-centred
 * and near identity at the origin (f(0) = 0, f'(0) = 1). No parameters.
 * LeCun, Bottou, Orr &amp; Mueller (1998). Efficient BackProp.
 */
final class Tanh extends FixedActivation {
    Tanh() {
        super(new ActivationInfo("tanh", "f(x) = tanh(x)",
                "f(x) = \\tanh(x) = \\frac{e^{x} - e^{-x}}{e^{x} + e^{-x}}",
                "f'(x) = 1 - \\tanh^{2}(x)",
                "LeCun, Y., Bottou, L., Orr, G. B., Mueller, K.-R. (1998). Efficient BackProp."));
    }

    /** Below this |x| the series is used: its first omitted term, 62 x^9 / 2835, is under 3 ulp of x. */
    private static final double SERIES_LIMIT = 0.02;

    /** e^(-2|x|), the one exponential value and derivative share. */
    private static double exp2(double x) {
        return Math.exp(-2 * Math.abs(x));
    }

    /**
     * tanh(x): x - x^3/3 + 2x^5/15 - 17x^7/315 near 0, where (1 - e) / (1 + e) would lose digits to
     * cancellation; sign(x) (1 - e) / (1 + e) with e = e^(-2|x|) elsewhere (at most ~3e-15 relative).
     */
    private static double tanh(double x, double e) {
        if (Math.abs(x) < SERIES_LIMIT) {
            double x2 = x * x;
            return x * (1 + x2 * (-1.0 / 3 + x2 * (2.0 / 15 + x2 * (-17.0 / 315))));
        }
        return Math.copySign((1 - e) / (1 + e), x);
    }

    /** sech^2(x) = 4e / (1 + e)^2 with e = e^(-2|x|): exact in both tails. */
    private static double sech2(double e) {
        double d = 1 + e;
        return 4 * e / (d * d);
    }

    @Override
    public double value(double x) {
        return Math.abs(x) < SERIES_LIMIT ? tanh(x, 1) : tanh(x, exp2(x));
    }

    @Override
    public double derivative(double x) {
        return sech2(exp2(x));
    }

    @Override
    protected double valueAndDerivative(double x, double[] derivatives, int i) {
        double e = exp2(x);
        derivatives[i] = sech2(e);
        return tanh(x, e);
    }

    /**
     * The same numbers as {@link #valueAndDerivative} point by point, in separate passes: the
     * exponentials first (a call each), then the divisions, the signs and the series near 0 in
     * call-free loops the JIT can vectorise. Training spends most of its time here. Falls back
     * to the point-by-point loop when an output is missing or shares its array with another.
     */
    @Override
    public void fill(double[] xs, double[] values, double[] derivatives) {
        if (values == null || derivatives == null || values == xs || derivatives == xs || values == derivatives) {
            super.fill(xs, values, derivatives);
            return;
        }
        for (int i = 0; i < xs.length; i++) {
            derivatives[i] = exp2(xs[i]);
        }
        for (int i = 0; i < xs.length; i++) {
            double e = derivatives[i];
            values[i] = (1 - e) / (1 + e);
            derivatives[i] = sech2(e);
        }
        for (int i = 0; i < xs.length; i++) {
            values[i] = Math.copySign(values[i], xs[i]);
        }
        for (int i = 0; i < xs.length; i++) {
            if (Math.abs(xs[i]) < SERIES_LIMIT) {
                values[i] = tanh(xs[i], 1);
            }
        }
    }
}
