package org.activationlab.model;

import java.util.List;

/**
 * Tanh shrinkage.
 *
 * <p>f(x) = x - tanh(x); f'(x) = tanh^2(x). PyTorch computes {@code input - input.tanh()}
 * ({@code tanhshrink} in {@code torch/nn/functional.py}), whose autograd derivative is
 * 1 - (1 - tanh^2(x)), equal to tanh^2(x) within rounding. Smooth, odd, increasing; f'(0) = 0,
 * so the origin is flat (f is about x^3 / 3 there). Range (-inf, inf). No parameters.
 *
 * <p>Why a series near 0: x - tanh(x) cancels, for |x| &lt; 1/4 it loses up to log2(3 / x^2)
 * bits (all of them at x = 1e-6, where the true value is 3.3e-19). Below {@value #SERIES_LIMIT}
 * f is the Taylor series x^3/3 - 2x^5/15 + 17x^7/315 - ... (coefficients from the Bernoulli
 * numbers, up to x^21: the first term left out is below 2e-16 of the value there), which keeps
 * full relative accuracy down to the smallest x; above it the direct difference loses at most
 * 4 bits.
 */
final class TanhShrink extends FixedActivation {
    /** Below this |x| the Taylor series is used. */
    static final double SERIES_LIMIT = 0.25;
    /** Coefficients of x^3, x^5, ..., x^21 in x - tanh(x) = -sum 2^2n (2^2n - 1) B_2n x^(2n-1) / (2n)!. */
    private static final double[] SERIES = {
            1.0 / 3, -2.0 / 15, 17.0 / 315, -62.0 / 2835, 1382.0 / 155925, -21844.0 / 6081075,
            929569.0 / 638512875, -6404582.0 / 10854718875.0, 443861162.0 / 1856156927625.0,
            -18888466084.0 / 194896477400625.0};

    TanhShrink() {
        super(new ActivationInfo("tanhshrink", "f(x) = x - tanh(x)",
                "f(x) = x - \\tanh(x)",
                "f'(x) = \\tanh^2(x)",
                "PyTorch torch.nn.Tanhshrink; the shrinkage functions of Donoho, D. L. (1995). De-noising by soft-thresholding."));
    }

    @Override
    public double value(double x) {
        if (Math.abs(x) >= SERIES_LIMIT) {
            return x - Math.tanh(x);
        }
        double x2 = x * x;
        double sum = SERIES[SERIES.length - 1];
        for (int i = SERIES.length - 2; i >= 0; i--) {
            sum = sum * x2 + SERIES[i];
        }
        return x * x2 * sum;
    }

    @Override
    public double derivative(double x) {
        double t = Math.tanh(x);
        return t * t;
    }

    @Override
    public List<Double> kinks() {
        return List.of();
    }
}
