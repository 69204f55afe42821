package org.activationlab.model;

import java.util.List;

/**
 * Hard swish.
 *
 * <p>f(x) = x relu6(x + 3) / 6; f'(x) = 0 for x &lt; -3, x / 3 + 1/2 for -3 &lt;= x &lt; 3 and 1 for
 * x &gt;= 3, so f'(-3) = -0.5 and f'(3) = 1. At x = 3 this is PyTorch's vectorised CPU kernel
 * ({@code hardswish_backward} blends to the incoming gradient where x &gt;= 3), which is what a
 * float64 tensor on the CPU gets for all but the last few elements; its scalar tail loop and its
 * CUDA kernel give 1.5 there (x &lt;= 3). PyTorch's documentation puts x = 3 on the f(x) = x piece,
 * whose slope is 1. Range
 * [-0.375, inf) (minimum at x = -1.5). No parameters. Written piecewise so that x * 6 cannot overflow
 * for huge x.
 * Howard et al. (2019). Searching for MobileNetV3.
 */
final class HardSwish extends FixedActivation {
    HardSwish() {
        super(new ActivationInfo("hard_swish", "f(x) = x * min(max(x + 3, 0), 6) / 6",
                "f(x) = x\\,\\frac{\\min(\\max(x + 3, 0), 6)}{6}",
                "f'(x) = \\begin{cases} 0 & \\quad x < -3 \\\\ x/3 + 1/2 & \\quad -3 \\leq x < 3 \\\\ 1 & \\quad x \\geq 3 \\end{cases}",
                "Howard, A., et al. (2019). Searching for MobileNetV3. ICCV."));
    }

    @Override
    public double value(double x) {
        if (x > 3) {
            return x;
        }
        return x < -3 ? 0 : x * (x + 3) / 6;
    }

    @Override
    public double derivative(double x) {
        if (x < -3) {
            return 0;
        }
        return x < 3 ? x / 3 + 0.5 : 1;
    }

    @Override
    public List<Double> kinks() {
        return List.of(-3.0, 3.0);
    }
}
