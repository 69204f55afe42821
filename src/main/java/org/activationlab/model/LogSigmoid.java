package org.activationlab.model;

/**
 * Log-sigmoid.
 *
 * <p>f(x) = log(sigmoid(x)) = min(x, 0) - log(1 + e^-|x|); f'(x) = 1 - sigmoid(x) = sigmoid(-x).
 * Both forms avoid overflow. Range (-inf, 0). No parameters.
 * (The log-likelihood of logistic regression; PyTorch's LogSigmoid.)
 */
final class LogSigmoid extends FixedActivation {
    LogSigmoid() {
        super(new ActivationInfo("log_sigmoid", "f(x) = log(1 / (1 + exp(-x)))",
                "f(x) = \\log \\sigma(x) = -\\log\\left(1 + e^{-x}\\right)",
                "f'(x) = 1 - \\sigma(x) = \\sigma(-x)",
                "Cox, D. R. (1958). The regression analysis of binary sequences. J. R. Stat. Soc. B (the logistic model)."));
    }

    @Override
    public double value(double x) {
        return Math.min(x, 0) - Math.log1p(Math.exp(-Math.abs(x)));
    }

    @Override
    public double derivative(double x) {
        return Stable.sigmoid(-x);
    }

    @Override
    protected double valueAndDerivative(double x, double[] derivatives, int i) {
        double e = Math.exp(-Math.abs(x));
        derivatives[i] = Stable.sigmoid(-x, e);
        return Math.min(x, 0) - Math.log1p(e);
    }
}
