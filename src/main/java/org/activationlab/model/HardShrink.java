package org.activationlab.model;

import java.util.List;

/**
 * Hard shrinkage.
 *
 * <p>f(x) = x for |x| &gt; lambd, 0 for |x| &lt;= lambd; f'(x) = 1 for |x| &gt; lambd, 0 for
 * |x| &lt;= lambd. f jumps at x = +-lambd (from 0 to +-lambd) and takes the value 0 there, and
 * f'(+-lambd) = 0, as PyTorch: the CPU kernel in {@code aten/src/ATen/native/cpu/Activation.cpp}
 * ({@code hardshrink_kernel}) returns {@code (x >= -lambd && x <= lambd) ? 0 : x} and
 * {@code hardshrink_backward} returns {@code (x >= -lambd && x <= lambd) ? 0 : grad}.
 * Parameter lambd: default 0.5, a finite number &gt;= 0 (lambd = 0 gives the identity, with
 * f'(0) = 0 as PyTorch). Range (-inf, -lambd) ∪ {0} ∪ (lambd, inf). Used for sparse codes.
 * Donoho &amp; Johnstone (1994). Ideal spatial adaptation by wavelet shrinkage.
 */
final class HardShrink extends AbstractActivation {
    static final Parameter LAMBD = new Parameter("lambd", "parameter.hardshrink.lambd", 0.5,
            Shrink.LAMBD_DOMAIN, 0, 2);

    HardShrink() {
        this(LAMBD.defaultValue());
    }

    private HardShrink(double lambd) {
        super(new ActivationInfo("hardshrink", "f(x) = x if |x| > lambd, else 0",
                "f(x) = \\begin{cases} x & \\quad |x| > \\lambda \\\\ 0 & \\quad |x| \\leq \\lambda \\end{cases}",
                "f'(x) = \\begin{cases} 1 & \\quad |x| > \\lambda \\\\ 0 & \\quad |x| \\leq \\lambda \\end{cases}",
                "Donoho, D. L., Johnstone, I. M. (1994). Ideal spatial adaptation by wavelet shrinkage. Biometrika 81(3)."),
                List.of(LAMBD), new double[] {lambd});
    }

    @Override
    protected Activation withValues(double[] values) {
        return new HardShrink(values[0]);
    }

    @Override
    public double value(double x) {
        return Shrink.inside(x, p[0]) ? 0 : x;
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
