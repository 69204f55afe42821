package org.activationlab.model;

import java.util.List;

/**
 * Soft shrinkage (soft thresholding).
 *
 * <p>f(x) = x - lambd for x &gt; lambd, x + lambd for x &lt; -lambd, 0 otherwise; f'(x) = 1 for
 * |x| &gt; lambd, 0 for |x| &lt;= lambd, so f'(+-lambd) = 0 at the two kinks, as PyTorch:
 * {@code softshrink_kernel} in {@code aten/src/ATen/native/cpu/Activation.cpp} returns
 * {@code x > lambd ? x - lambd : (x < -lambd ? x + lambd : 0)} and {@code shrink_backward}
 * returns {@code (x >= -lambd && x <= lambd) ? 0 : grad}. Parameter lambd: default 0.5, a finite
 * number &gt;= 0 (PyTorch rejects a negative lambd; lambd = 0 gives the identity, with f'(0) = 0).
 * Range (-inf, inf). The proximal operator of lambd |x|, used in sparse coding (ISTA).
 * Donoho (1995). De-noising by soft-thresholding.
 */
final class SoftShrink extends AbstractActivation {
    static final Parameter LAMBD = new Parameter("lambd", "parameter.softshrink.lambd", 0.5,
            Shrink.LAMBD_DOMAIN, 0, 2);

    SoftShrink() {
        this(LAMBD.defaultValue());
    }

    private SoftShrink(double lambd) {
        super(new ActivationInfo("softshrink", "f(x) = x - lambd if x > lambd, x + lambd if x < -lambd, else 0",
                "f(x) = \\begin{cases} x - \\lambda & \\quad x > \\lambda \\\\ x + \\lambda & \\quad x < -\\lambda \\\\ 0 & \\quad \\text{otherwise} \\end{cases}",
                "f'(x) = \\begin{cases} 1 & \\quad |x| > \\lambda \\\\ 0 & \\quad |x| \\leq \\lambda \\end{cases}",
                "Donoho, D. L. (1995). De-noising by soft-thresholding. IEEE Transactions on Information Theory 41(3)."),
                List.of(LAMBD), new double[] {lambd});
    }

    @Override
    protected Activation withValues(double[] values) {
        return new SoftShrink(values[0]);
    }

    @Override
    public double value(double x) {
        double lambd = p[0];
        return x > lambd ? x - lambd : x < -lambd ? x + lambd : Double.isNaN(x) ? x : 0;
    }

    @Override
    public double derivative(double x) {
        return Shrink.inside(x, p[0]) ? 0 : 1;
    }

    @Override
    public List<Double> kinks() {
        return Shrink.edges(p[0]);
    }
}
