package org.activationlab.model;

import java.util.List;

/**
 * Hard sigmoid, PyTorch's definition.
 *
 * <p>f(x) = relu6(x + 3) / 6 = min(max(x + 3, 0), 6) / 6; f'(x) = 1/6 for -3 &lt; x &lt; 3 and 0
 * elsewhere, including at the kinks x = -3 and x = 3. Range [0, 1]. No parameters.
 *
 * <p>The slope is PyTorch's: its {@code hardsigmoid_backward} CPU and CUDA kernels multiply by the
 * constant {@code 1.0f / 6.0f}, a single-precision sixth, even in float64, so the derivative is
 * {@value #PYTORCH_ONE_SIXTH} rather than 1/6 (5e-9 apart, relative to the slope; checked against
 * PyTorch 1.13 and the current kernel source).
 * Howard et al. (2019). Searching for MobileNetV3.
 */
final class HardSigmoid extends FixedActivation {
    /** One sixth as PyTorch's backward kernel holds it: the float {@code 1.0f / 6.0f} widened to double. */
    static final double PYTORCH_ONE_SIXTH = 1.0f / 6.0f;

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
        return x > -3 && x < 3 ? PYTORCH_ONE_SIXTH : 0;
    }

    @Override
    public List<Double> kinks() {
        return List.of(-3.0, 3.0);
    }
}
