package org.activationlab.model;

import java.util.List;

/**
 * Hard tanh.
 *
 * <p>f(x) = min(max(x, -1), 1); f'(x) = 1 for -1 &lt; x &lt; 1 and 0 elsewhere, including at the
 * kinks x = -1 and x = 1 (as PyTorch's hardtanh_backward). Range [-1, 1]. No parameters.
 * Collobert (2004). Large scale machine learning (PhD thesis).
 */
final class HardTanh extends FixedActivation {
    HardTanh() {
        super(new ActivationInfo("hard_tanh", "f(x) = min(max(x, -1), 1)",
                "f(x) = \\min(\\max(x, -1), 1)",
                "f'(x) = \\begin{cases} 1 & \\quad -1 < x < 1 \\\\ 0 & \\quad \\text{otherwise} \\end{cases}",
                "Collobert, R. (2004). Large scale machine learning. PhD thesis, Universite Paris VI."));
    }

    @Override
    public double value(double x) {
        return Math.min(Math.max(x, -1), 1);
    }

    @Override
    public double derivative(double x) {
        return x > -1 && x < 1 ? 1 : 0;
    }

    @Override
    public List<Double> kinks() {
        return List.of(-1.0, 1.0);
    }
}
