package org.activationlab.model;

/**
 * Parametric ReLU.
 *
 * <p>f(x) = x for x &gt; 0, alpha * x for x &lt;= 0; f'(x) = 1 for x &gt; 0, alpha for x &lt;= 0
 * (prelu'(0) = alpha, as PyTorch); df/dalpha = min(0, x). Parameter alpha: default 0.25
 * (PyTorch's init), any finite number including 0 and negatives; learned in training, one per
 * layer. A single extra parameter per layer (source text, section 6, property 8).
 * He, Zhang, Ren &amp; Sun (2015). Delving deep into rectifiers.
 */
final class PRelu extends NegativeSlopeUnit {
    static final Parameter ALPHA = new Parameter("alpha", "parameter.prelu.alpha", 0.25,
            Domain.ANY_FINITE, -1, 1);

    PRelu() {
        this(ALPHA.defaultValue());
    }

    private PRelu(double alpha) {
        super(new ActivationInfo("prelu", "f(x) = x if x > 0, else alpha * x",
                "f(x) = \\begin{cases} x & \\quad x > 0 \\\\ \\alpha\\,x & \\quad x \\leq 0 \\end{cases}",
                "f'(x) = \\begin{cases} 1 & \\quad x > 0 \\\\ \\alpha & \\quad x \\leq 0 \\end{cases}",
                "He, K., Zhang, X., Ren, S., Sun, J. (2015). Delving deep into rectifiers: surpassing human-level performance on ImageNet classification. ICCV."),
                ALPHA, alpha);
    }

    @Override
    protected Activation withValues(double[] values) {
        return new PRelu(values[0]);
    }
}
