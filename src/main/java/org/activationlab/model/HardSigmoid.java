package org.activationlab.model;

import java.util.List;

/**
 * Hard sigmoid, PyTorch's definition.
 *
 * <p>f(x) = relu6(x + 3) / 6 = min(max(x + 3, 0), 6) / 6; f'(x) = 1/6 for -3 &lt; x &lt; 3 and 0
 * elsewhere, including at the kinks x = -3 and x = 3. Range [0, 1]. No parameters.
 * Howard et al. (2019). Searching for MobileNetV3.
 */
final class HardSigmoid extends FixedActivation {
    HardSigmoid() {
        super(new ActivationInfo("hard_sigmoid", "f(x) = min(max(x + 3, 0), 6) / 6",
                "f(x) = \\frac{\\min(\\max(x + 3, 0), 6)}{6}",
                "f'(x) = \\begin{cases} 1/6 & \\quad -3 < x < 3 \\\\ 0 & \\quad \\text{otherwise} \\end{cases}",
                "Howard, A., et al. (2019). Searching for MobileNetV3. ICCV."));
    }

    @Override
    public double value(double x) {
        return Math.min(Math.max(x + 3, 0), 6) / 6;
    }

    @Override
    public double derivative(double x) {
        return x > -3 && x < 3 ? 1.0 / 6 : 0;
    }

    @Override
    public List<Double> kinks() {
        return List.of(-3.0, 3.0);
    }
}
