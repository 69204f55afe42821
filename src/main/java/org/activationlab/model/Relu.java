package org.activationlab.model;

import java.util.List;

/**
 * Rectified linear unit.
 *
 * <p>f(x) = max(0, x); f'(x) = 1 for x &gt; 0 and 0 for x &lt;= 0 (relu'(0) = 0, as PyTorch).
 * Range [0, inf). No parameters. Cheap, no vanishing gradient for x &gt; 0, sparse outputs; but
 * units whose input stays negative never learn again ("dying ReLU", source text, sections 3 and 6).
 * Nair &amp; Hinton (2010). Rectified linear units improve restricted Boltzmann machines.
 */
final class Relu extends FixedActivation {
    Relu() {
        super(new ActivationInfo("relu", "f(x) = max(0, x)",
                "f(x) = \\max(0, x)",
                "f'(x) = \\begin{cases} 1 & \\quad x > 0 \\\\ 0 & \\quad x \\leq 0 \\end{cases}",
                "Nair, V., Hinton, G. E. (2010). Rectified linear units improve restricted Boltzmann machines. ICML."));
    }

    @Override
    public double value(double x) {
        return x <= 0 ? 0 : x; // NaN stays NaN, as torch.relu
    }

    @Override
    public double derivative(double x) {
        return x <= 0 ? 0 : 1; // at NaN the slope PyTorch's threshold_backward passes
    }

    /**
     * The same numbers as {@link #value} and {@link #derivative}, each in a loop of its own without
     * calls, which the JIT can vectorise (max(x, 0) is relu(x) to the bit: +0 for -0 and NaN for NaN).
     * Falls back to the point-by-point loop when an output shares its array with another.
     */
    @Override
    public void fill(double[] xs, double[] values, double[] derivatives) {
        if (values == xs || derivatives == xs || values == derivatives) {
            super.fill(xs, values, derivatives);
            return;
        }
        if (values != null) {
            for (int i = 0; i < xs.length; i++) {
                values[i] = Math.max(xs[i], 0.0);
            }
        }
        if (derivatives != null) {
            for (int i = 0; i < xs.length; i++) {
                derivatives[i] = xs[i] <= 0 ? 0 : 1;
            }
        }
    }

    @Override
    public List<Double> kinks() {
        return List.of(0.0);
    }
}
