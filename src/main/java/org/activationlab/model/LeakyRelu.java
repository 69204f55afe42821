package org.activationlab.model;

/**
 * Leaky ReLU.
 *
 * <p>f(x) = x for x &gt; 0, slope * x for x &lt;= 0; f'(x) = 1 for x &gt; 0, slope for x &lt;= 0
 * (leaky_relu'(0) = slope, as PyTorch). Parameter slope: default 0.01, any finite number.
 * Range [0, inf) for slope 0, (-inf, inf) for slope &gt; 0. Keeps a small gradient for x &lt; 0 so
 * units cannot die (source text, section 6, property 4).
 * Maas, Hannun &amp; Ng (2013). Rectifier nonlinearities improve neural network acoustic models.
 */
final class LeakyRelu extends NegativeSlopeUnit {
    static final Parameter SLOPE = new Parameter("slope", "parameter.leaky_relu.slope", 0.01, Domain.ANY_FINITE, 0, 0.5);

    LeakyRelu() {
        this(SLOPE.defaultValue());
    }

    private LeakyRelu(double slope) {
        super(new ActivationInfo("leaky_relu", "f(x) = x if x > 0, else slope * x",
                "f(x) = \\begin{cases} x & \\quad x > 0 \\\\ a\\,x & \\quad x \\leq 0 \\end{cases}",
                "f'(x) = \\begin{cases} 1 & \\quad x > 0 \\\\ a & \\quad x \\leq 0 \\end{cases}",
                "Maas, A. L., Hannun, A. Y., Ng, A. Y. (2013). Rectifier nonlinearities improve neural network acoustic models. ICML."),
                SLOPE, slope);
    }

    @Override
    protected Activation withValues(double[] values) {
        return new LeakyRelu(values[0]);
    }
}
