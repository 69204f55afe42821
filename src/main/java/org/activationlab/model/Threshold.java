package org.activationlab.model;

import java.util.List;

/**
 * Threshold: x above the threshold, a constant below.
 *
 * <p>f(x) = x for x &gt; threshold, value for x &lt;= threshold; f'(x) = 1 for x &gt; threshold,
 * 0 for x &lt;= threshold. At the threshold itself f = value and f' = 0, as PyTorch:
 * {@code threshold_kernel} in {@code aten/src/ATen/native/cpu/Activation.cpp} computes
 * {@code x <= threshold ? value : x} and {@code threshold_backward} gives
 * {@code x <= threshold ? 0 : grad}. f jumps at the threshold unless value = threshold, where it
 * has a kink instead (threshold 0, value 0 is ReLU). Parameters threshold (default 0) and value
 * (default 0), any finite numbers. Range {value} ∪ (threshold, inf).
 * PyTorch torch.nn.Threshold; the threshold logic unit of McCulloch &amp; Pitts (1943).
 */
final class Threshold extends AbstractActivation {
    static final Parameter THRESHOLD = new Parameter("threshold", "parameter.threshold.threshold", 0,
            Domain.ANY_FINITE, -3, 3);
    static final Parameter VALUE = new Parameter("value", "parameter.threshold.value", 0,
            Domain.ANY_FINITE, -3, 3);

    Threshold() {
        this(THRESHOLD.defaultValue(), VALUE.defaultValue());
    }

    private Threshold(double threshold, double value) {
        super(new ActivationInfo("threshold", "f(x) = x if x > threshold, else value",
                "f(x) = \\begin{cases} x & \\quad x > t \\\\ v & \\quad x \\leq t \\end{cases}",
                "f'(x) = \\begin{cases} 1 & \\quad x > t \\\\ 0 & \\quad x \\leq t \\end{cases}",
                "McCulloch, W. S., Pitts, W. (1943). A logical calculus of the ideas immanent in nervous activity; PyTorch torch.nn.Threshold."),
                List.of(THRESHOLD, VALUE), new double[] {threshold, value});
    }

    @Override
    protected Activation withValues(double[] values) {
        return new Threshold(values[0], values[1]);
    }

    @Override
    public double value(double x) {
        return x <= p[0] ? p[1] : x;
    }

    @Override
    public double derivative(double x) {
        return x <= p[0] ? 0 : 1;
    }

    @Override
    public List<Double> kinks() {
        return List.of(p[0]);
    }
}
