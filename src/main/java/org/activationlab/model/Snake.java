package org.activationlab.model;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.List;

/**
 * Snake, a periodic activation for learning periodic functions.
 *
 * <p>f(x) = x + sin^2(alpha x) / alpha; f'(x) = 1 + sin(2 alpha x), computed as
 * (sin(alpha x) + cos(alpha x))^2, which is the same number (1 + 2 sin cos) but never rounds
 * below 0, so f is seen to be non-decreasing. PyTorch has no built-in Snake; this is the
 * paper's definition, evaluated as PyTorch float64 would evaluate
 * {@code x + torch.sin(alpha * x) ** 2 / alpha}: alpha x is rounded to a double first.
 * Parameter alpha: default 1, a finite number &gt; 0 (the frequency; small alpha approaches
 * x + alpha x^2). Range (-inf, inf); f' touches 0 at x = -pi/4/alpha + k pi/alpha. Smooth.
 *
 * <p>Large |x|: f is x plus a term between 0 and 1/alpha, so it never overflows before x does.
 * Where alpha x itself overflows (|x| &gt; 1.8e308 / alpha, alpha &gt; 1), PyTorch gets
 * sin(inf) = NaN; here the exact product alpha x is reduced modulo pi in {@link BigDecimal}
 * (the two doubles' product is exact there; pi to {@value #PI_DIGITS} digits covers products
 * up to 3.3e616), so f and f' stay the true values.
 * Liu, Ziyin, Ueda (2020). Neural networks fail to learn periodic functions and how to fix it.
 */
final class Snake extends AbstractActivation {
    static final Parameter ALPHA = new Parameter("alpha", "parameter.snake.alpha", 1, Domain.POSITIVE, 0.1, 10);
    /** Digits of pi for reducing products alpha x beyond the largest double. */
    static final int PI_DIGITS = 700;

    Snake() {
        this(ALPHA.defaultValue());
    }

    private Snake(double alpha) {
        super(new ActivationInfo("snake", "f(x) = x + sin(alpha * x)^2 / alpha",
                "f(x) = x + \\frac{\\sin^2(\\alpha x)}{\\alpha}",
                "f'(x) = 1 + \\sin(2 \\alpha x)",
                "Liu, Z., Ziyin, L., Ueda, M. (2020). Neural networks fail to learn periodic functions and how to fix it. NeurIPS."),
                List.of(ALPHA), new double[] {alpha});
    }

    @Override
    protected Activation withValues(double[] values) {
        return new Snake(values[0]);
    }

    @Override
    public double value(double x) {
        double s = Math.sin(phase(x));
        return x + s * s / p[0];
    }

    @Override
    public double derivative(double x) {
        double u = phase(x);
        double sum = Math.sin(u) + Math.cos(u);
        return sum * sum;
    }

    @Override
    protected double valueAndDerivative(double x, double[] derivatives, int i) {
        double u = phase(x);
        double s = Math.sin(u);
        double sum = s + Math.cos(u);
        derivatives[i] = sum * sum;
        return x + s * s / p[0];
    }

    /** alpha x, or where that overflows, alpha x reduced modulo pi (sin^2 and sin 2u have period pi). */
    private double phase(double x) {
        double u = p[0] * x;
        return Double.isInfinite(u) ? LargePhase.modPi(p[0], x) : u;
    }

    @Override
    public List<Double> kinks() {
        return List.of();
    }

    /** Pi to {@link #PI_DIGITS} digits, computed once on first use (Machin's formula). */
    private static final class LargePhase {
        private static final MathContext PRECISION = new MathContext(PI_DIGITS + 20, RoundingMode.HALF_EVEN);
        private static final BigDecimal PI = BigDecimal.valueOf(16).multiply(arctanInverse(5))
                .subtract(BigDecimal.valueOf(4).multiply(arctanInverse(239)), PRECISION);

        /** The exact product a x minus the nearest multiple of pi, in [-pi/2, pi/2]. */
        static double modPi(double a, double x) {
            BigDecimal product = new BigDecimal(a).multiply(new BigDecimal(x));
            BigDecimal turns = product.divide(PI, PRECISION).setScale(0, RoundingMode.HALF_EVEN);
            return product.subtract(turns.multiply(PI)).doubleValue();
        }

        /** arctan(1 / n) = sum over k of (-1)^k / ((2k + 1) n^(2k + 1)). */
        private static BigDecimal arctanInverse(int n) {
            BigDecimal nSquared = BigDecimal.valueOf((long) n * n);
            BigDecimal power = BigDecimal.ONE.divide(BigDecimal.valueOf(n), PRECISION);
            BigDecimal sum = power;
            BigDecimal epsilon = BigDecimal.ONE.movePointLeft(PRECISION.getPrecision() + 5);
            for (int k = 1; power.compareTo(epsilon) > 0; k++) {
                power = power.divide(nSquared, PRECISION);
                BigDecimal term = power.divide(BigDecimal.valueOf(2L * k + 1), PRECISION);
                sum = k % 2 == 1 ? sum.subtract(term, PRECISION) : sum.add(term, PRECISION);
            }
            return sum;
        }
    }
}
