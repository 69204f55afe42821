package org.activationlab.model;

import java.util.List;

/**
 * Squared ReLU, the activation of the Primer transformer.
 *
 * <p>f(x) = max(0, x)^2; f'(x) = 2 max(0, x), so f'(0) = 0, which is also what PyTorch's
 * autograd gives for {@code torch.relu(x) ** 2} (pow_backward 2 relu(x) times relu's
 * threshold_backward, 0 at x &lt;= 0). f and f' are continuous; f'' jumps from 0 to 2 at the origin
 * (a C1 join, not a kink). Range [0, inf); f overflows to +inf beyond x = 1.34e154 because the
 * true value exceeds the largest double there, and f' beyond 8.99e307. No parameters.
 * So, Mańke, Liu, Dai, Shazeer &amp; Le (2021). Primer: searching for efficient transformers for
 * language modeling.
 */
final class SquaredRelu extends FixedActivation {
    SquaredRelu() {
        super(new ActivationInfo("squared_relu", "f(x) = max(0, x)^2",
                "f(x) = \\max(0, x)^2",
                "f'(x) = 2 \\max(0, x)",
                "So, D. R., Ma\u0144ke, W., Liu, H., Dai, Z., Shazeer, N., Le, Q. V. (2021). Primer: searching for efficient transformers for language modeling. NeurIPS."));
    }

    @Override
    public double value(double x) {
        return x > 0 ? x * x : Double.isNaN(x) ? x : 0;
    }

    @Override
    public double derivative(double x) {
        return x > 0 ? 2 * x : Double.isNaN(x) ? x : 0;
    }

    @Override
    public List<Double> kinks() {
        return List.of();
    }
}
