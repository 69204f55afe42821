package org.activationlab.model;

import java.util.List;

/**
 * ReLU6.
 *
 * <p>f(x) = min(max(x, 0), 6); f'(x) = 1 for 0 &lt; x &lt; 6 and 0 elsewhere, including at the
 * kinks x = 0 and x = 6 (as PyTorch). Range [0, 6]. No parameters.
 * Krizhevsky (2010). Convolutional deep belief networks on CIFAR-10.
 */
final class Relu6 extends FixedActivation {
    Relu6() {
        super(new ActivationInfo("relu6", "f(x) = min(max(x, 0), 6)",
                "f(x) = \\min(\\max(x, 0), 6)",
                "f'(x) = \\begin{cases} 1 & \\quad 0 < x < 6 \\\\ 0 & \\quad \\text{otherwise} \\end{cases}",
                "Krizhevsky, A. (2010). Convolutional deep belief networks on CIFAR-10. Technical report."));
    }

    @Override
    public double value(double x) {
        return Math.min(Math.max(x, 0), 6);
    }

    @Override
    public double derivative(double x) {
        return x > 0 && x < 6 ? 1 : 0;
    }

    @Override
    public List<Double> kinks() {
        return List.of(0.0, 6.0);
    }
}
