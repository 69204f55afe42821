package org.activationlab.model;

/**
 * The error function erf(x) = 2/sqrt(pi) * integral_0^x exp(-t^2) dt and its complement
 * erfc(x) = 1 - erf(x).
 *
 * <p>For |x| &lt;= 3: the series erf(x) = 2/sqrt(pi) e^(-x^2) sum_n 2^n x^(2n+1) / (1*3*...*(2n+1)),
 * whose terms are all positive, so nothing cancels. For x &gt; 3: erfc by its continued fraction
 * erfc(x) = e^(-x^2)/sqrt(pi) / (x + (1/2)/(x + 1/(x + (3/2)/(x + ...)))), evaluated with
 * Lentz's method, which keeps the relative accuracy of the far tail.
 */
final class Erf {
    private static final double TWO_OVER_SQRT_PI = 1.1283791670955125739;
    private static final double ONE_OVER_SQRT_PI = 0.56418958354775628695;
    /** Beyond this, erfc(x) is below the smallest double. */
    private static final double ERFC_UNDERFLOW = 27.3;
    private static final double SERIES_LIMIT = 3;

    private Erf() {
    }

    /** erf(x); odd, with erf(+-inf) = +-1. */
    static double erf(double x) {
        if (Math.abs(x) > SERIES_LIMIT) {
            return Math.copySign(1 - erfc(Math.abs(x)), x);
        }
        double x2 = x * x;
        double term = x;
        double sum = x;
        for (int n = 0; Math.abs(term) > 1e-17 * Math.abs(sum); n++) {
            term *= 2 * x2 / (2 * n + 3);
            sum += term;
        }
        return TWO_OVER_SQRT_PI * Math.exp(-x2) * sum;
    }

    /** erfc(x) = 1 - erf(x), with full relative accuracy for large positive x. */
    static double erfc(double x) {
        if (x <= SERIES_LIMIT) {
            return 1 - erf(x);
        }
        if (x > ERFC_UNDERFLOW) {
            return 0;
        }
        double tiny = 1e-300;
        double f = x;
        double c = x;
        double d = 0;
        for (int n = 1; n < 500; n++) {
            double a = n / 2.0;
            d = x + a * d;
            d = 1 / (d == 0 ? tiny : d);
            c = x + a / c;
            if (c == 0) {
                c = tiny;
            }
            double delta = c * d;
            f *= delta;
            if (Math.abs(delta - 1) < 1e-17) {
                break;
            }
        }
        return Math.exp(-x * x) * ONE_OVER_SQRT_PI / f;
    }
}
