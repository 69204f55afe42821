package org.activationlab.model;

import java.util.List;

/**
 * SiLU (sigmoid-weighted linear unit), under PyTorch's name: Swish with beta fixed at 1.
 *
 * <p>f(x) = x sigmoid(x); f'(x) = sigmoid(x) (1 + x (1 - sigmoid(x))), the formula of PyTorch's
 * {@code silu_backward} ({@code aten/src/ATen/native/cpu/Activation.cpp}), written here as
 * sigmoid(x) + x sigmoid'(x) with sigmoid'(x) = e / (1 + e)^2, e = exp(-|x|), so that neither
 * tail overflows or cancels: at x = -800 sigmoid(x) underflows to 0 and f = -0, f' = 0, both
 * correctly rounded. Smooth, not monotonic (minimum about -0.2785 at x = -1.2785). No parameters.
 * Range [-0.2785, inf). The gate of SwiGLU.
 * Elfwing, Uchibe &amp; Doya (2018). Sigmoid-weighted linear units for neural network function
 * approximation in reinforcement learning; Hendrycks &amp; Gimpel (2016). Gaussian error linear units.
 */
final class Silu extends FixedActivation {
    Silu() {
        super(new ActivationInfo("silu", "f(x) = x * sigmoid(x)",
                "f(x) = x\\,\\sigma(x)",
                "f'(x) = \\sigma(x)\\,\\bigl(1 + x\\,(1 - \\sigma(x))\\bigr)",
                "Elfwing, S., Uchibe, E., Doya, K. (2018). Sigmoid-weighted linear units for neural network function approximation in reinforcement learning. Neural Networks 107; Hendrycks, D., Gimpel, K. (2016). Gaussian error linear units (GELUs). arXiv:1606.08415."));
    }

    @Override
    public double value(double x) {
        return x * Stable.sigmoid(x);
    }

    @Override
    public double derivative(double x) {
        return Stable.siluDerivative(x, Math.exp(-Math.abs(x)));
    }

    @Override
    protected double valueAndDerivative(double x, double[] derivatives, int i) {
        double e = Math.exp(-Math.abs(x));
        derivatives[i] = Stable.siluDerivative(x, e);
        return x * Stable.sigmoid(x, e);
    }

    @Override
    public List<Double> kinks() {
        return List.of();
    }
}
