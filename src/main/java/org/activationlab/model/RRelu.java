package org.activationlab.model;

import java.util.List;
import java.util.Map;

/**
 * Randomized leaky ReLU, in its evaluation form.
 *
 * <p>f(x) = x for x &gt; 0, a x for x &lt;= 0 with a = (lower + upper) / 2; f'(x) = 1 for
 * x &gt; 0, a for x &lt;= 0 (rrelu'(0) = a). This is what PyTorch's {@code F.rrelu(x, lower,
 * upper, training=False)} computes: {@code rrelu_with_noise} in
 * {@code aten/src/ATen/native/Activation.cpp} calls {@code leaky_relu(self, (lower + upper) / 2)}
 * when not training, and its backward is {@code leaky_relu_backward} with that slope. In training,
 * PyTorch draws a fresh slope from U(lower, upper) for every element with x &lt;= 0 at every
 * forward pass; the network trainer does the same ({@code nn.RreluUnits}). Parameters lower
 * (default 1/8) and upper (default 1/3), finite numbers &gt;= 0 with lower &lt;= upper
 * (PyTorch's defaults and the paper's range). Range (-inf, inf) for a &gt; 0.
 * Xu, Wang, Chen &amp; Li (2015). Empirical evaluation of rectified activations in convolutional network.
 */
final class RRelu extends NegativeSlopeUnit {
    private static final Domain NON_NEGATIVE = new Domain(0, true, Double.POSITIVE_INFINITY, false, false);
    static final Parameter LOWER = new Parameter("lower", "parameter.rrelu.lower", 1.0 / 8, NON_NEGATIVE, 0, 1);
    static final Parameter UPPER = new Parameter("upper", "parameter.rrelu.upper", 1.0 / 3, NON_NEGATIVE, 0, 1);

    RRelu() {
        this(LOWER.defaultValue(), UPPER.defaultValue());
    }

    private RRelu(double lower, double upper) {
        super(new ActivationInfo("rrelu", "f(x) = x if x > 0, else (lower + upper) / 2 * x",
                "f(x) = \\begin{cases} x & \\quad x > 0 \\\\ \\frac{l + u}{2}\\,x & \\quad x \\leq 0 \\end{cases}",
                "f'(x) = \\begin{cases} 1 & \\quad x > 0 \\\\ \\frac{l + u}{2} & \\quad x \\leq 0 \\end{cases}",
                "Xu, B., Wang, N., Chen, T., Li, M. (2015). Empirical evaluation of rectified activations in convolutional network. arXiv:1505.00853."),
                List.of(LOWER, UPPER), new double[] {lower, upper}, mean(lower, upper));
    }

    /** (lower + upper) / 2 as PyTorch rounds it, halving first only where the sum would overflow. */
    private static double mean(double lower, double upper) {
        double sum = lower + upper;
        return Double.isFinite(sum) ? sum / 2 : lower / 2 + upper / 2;
    }

    /** The smallest slope training draws for x &lt;= 0. */
    double lower() {
        return p[0];
    }

    /** The largest slope training draws for x &lt;= 0. */
    double upper() {
        return p[1];
    }

    @Override
    public Activation with(String key, double value) {
        return checked(super.with(key, value));
    }

    /** Sets all the values before checking lower &lt;= upper, so that both ends may move at once in any order. */
    @Override
    public Activation with(Map<String, Double> values) {
        double[] next = p.clone();
        for (Map.Entry<String, Double> e : values.entrySet()) {
            int index = indexOf(e.getKey());
            next[index] = parameters().get(index).validate(name(), e.getValue());
        }
        return checked(withValues(next));
    }

    private static Activation checked(Activation a) {
        RRelu r = (RRelu) a;
        if (r.lower() > r.upper()) {
            throw new InvalidParameterException(ModelTexts.format("error.rrelu.lowerAboveUpper",
                    Numbers.format(r.lower()), Numbers.format(r.upper())));
        }
        return r;
    }

    @Override
    protected Activation withValues(double[] values) {
        return new RRelu(values[0], values[1]);
    }
}
