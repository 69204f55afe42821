package org.activationlab.model;

/**
 * The error function and its complement, which {@link java.lang.Math} does not have.
 *
 * <pre>
 *   erf(x)  = 2/sqrt(pi) * integral from 0 to x of exp(-t^2) dt
 *   erfc(x) = 1 - erf(x) = 2/sqrt(pi) * integral from x to infinity of exp(-t^2) dt
 * </pre>
 *
 * <p>The exact GELU uses them through the standard normal distribution function,
 * Phi(x) = erfc(-x / sqrt 2) / 2.
 *
 * <p><b>Method.</b> erf is odd and erfc(-x) = 2 - erfc(x), so only x &ge; 0 is approximated,
 * by polynomials fitted for this class (minimax, Remez exchange in 50-digit arithmetic, by
 * {@code src/test/python/fit_erf.py}, which prints the coefficient block below):
 * <ul>
 *   <li>|x| &lt; 0.875: erf(x) = x + x P(x^2), P of degree 15; erfc = 1 - erf, written as
 *       0.5 - ((x - 0.5) + x P) for 0.25 &le; x &lt; 0.5 and (1 - x) - x P from 0.5 on, where
 *       the subtractions in brackets are exact, so that cancellation costs nothing.</li>
 *   <li>0.875 &le; x &lt; 4: erfc(x) = exp(-x^2) R(x - c), where R, of degree 15,
 *       approximates the scaled complement erfcx(x) = exp(x^2) erfc(x) on three pieces
 *       ([0.875, 1.625], [1.625, 2.625], [2.625, 4]), each around a centre c for which x - c
 *       is exact; erf = 1 - erfc.</li>
 *   <li>4 &le; x &lt; 27.3: erfc(x) = exp(-x^2) / x * S(1/x^2), S of degree 15; erf = 1 - erfc
 *       up to 6, where erfc(x) falls below 2^-54 and erf(x) rounds to 1 (and erfc(-x) to 2).
 *       From 27.3 on erfc(x) is below half the smallest subnormal and rounds to 0.</li>
 * </ul>
 * exp(-x^2) keeps its relative accuracy in the tail because x^2 is split exactly into the
 * rounded square plus its rounding error e (Dekker's product) and exp(-x^2) is taken as
 * exp(-square) (1 - e). The split avoids {@link Math#fma}, which has no hardware support on
 * some still common CPUs (older Pentium and Celeron models among them) and is then emulated
 * with {@link java.math.BigDecimal}, hundreds of times slower.
 *
 * <p><b>Accuracy</b>, measured by {@code ErfTest} against 50-digit mpmath values: erf within
 * ERF_ULPS ulp everywhere; erfc within ERFC_ULPS ulp (relative) wherever it is a normal
 * double, x &lt; 26.54, and within one unit of the last place (2^-1074) where it is subnormal.
 * Special values: erf(&plusmn;0) = &plusmn;0, erf(&plusmn;&infin;) = &plusmn;1, erfc(+&infin;) = 0,
 * erfc(-&infin;) = 2, NaN gives NaN; every finite argument gives a finite result.
 *
 * <p>Cost: one {@link Math#exp} and one polynomial for 0.875 &le; |x| &lt; 6, a polynomial
 * alone closer to 0, a comparison beyond 6 (erf) or 27.3 (erfc).
 */
public final class Erf {

    /** From here on erfc(x) &lt; 2^-54: erf(x) rounds to 1 and erfc(-x) to 2. */
    private static final double SATURATION = 6.0;

    /** From here on erfc(x) &lt; 2^-1075, half the smallest subnormal: it rounds to 0. */
    private static final double ERFC_UNDERFLOW = 27.3;

    /** 2^27 + 1, Veltkamp's constant for splitting a double into two 26-bit halves. */
    private static final double SPLITTER = 134217729.0;

    // BEGIN GENERATED COEFFICIENTS (src/test/python/fit_erf.py; do not edit by hand)
    /** Upper end of the central piece, where erf(x) = x + x P(x^2). */
    private static final double CENTRAL_END = 0.875;

    /**
     * P(t), t = x^2, coefficients of t^0..t^15;
     * relative error in erf 1.1e-17 (fit 7.4e-27).
     */
    private static final double[] CENTRAL = {
        0.1283791670955126,
        -0.37612638903183754,
        0.11283791670955126,
        -0.026866170645131252,
        0.005223977625442187,
        -0.000854832702345077,
        0.00012055332981782071,
        -1.4925650357928351e-05,
        1.6462114344395112e-06,
        -1.6365843986838845e-07,
        1.4807175839136146e-08,
        -1.2290254488651388e-09,
        9.418882827184211e-11,
        -6.675936221688727e-12,
        4.2440689155457453e-13,
        -1.9448659695923293e-14,
    };

    private static final double MIDDLE_1_END = 1.625;
    private static final double MIDDLE_1_CENTRE = 1.25;

    /**
     * erfcx(x) on [0.875, 1.625] in u = x - 1.25, coefficients of u^0..u^15;
     * relative error 1.4e-17 (fit 5.0e-19).
     */
    private static final double[] MIDDLE_1 = {
        0.3678229164523611,
        -0.20882187596460985,
        0.10679557149659896,
        -0.0502182743959074,
        0.02201136425083202,
        -0.009081627632944416,
        0.0035531099046628525,
        -0.0013257829295052102,
        0.00047397027020816145,
        -0.00016296000829477461,
        5.405466743844574e-05,
        -1.7344152321123605e-05,
        5.390564716230438e-06,
        -1.6297410404694914e-06,
        5.017637881143589e-07,
        -1.4270627232834278e-07,
    };

    private static final double MIDDLE_2_END = 2.625;
    private static final double MIDDLE_2_CENTRE = 2.04296875;

    /**
     * erfcx(x) on [1.625, 2.625] in u = x - 2.04296875, coefficients of u^0..u^15;
     * relative error 1.3e-17 (fit 1.7e-18).
     */
    private static final double[] MIDDLE_2 = {
        0.2508827385570346,
        -0.1032879775226291,
        0.03986862822760071,
        -0.014558410632180515,
        0.005063125128210156,
        -0.0016858416872476618,
        0.0005396677474271254,
        -0.0001666620960028326,
        4.979557969203414e-05,
        -1.4429205083701862e-05,
        4.063397651876185e-06,
        -1.1139156040232893e-06,
        2.9796599278973994e-07,
        -7.858472734093713e-08,
        2.0205825992247213e-08,
        -3.79978903580613e-09,
    };

    private static final double MIDDLE_3_END = 4.0;
    private static final double MIDDLE_3_CENTRE = 3.27734375;

    /**
     * erfcx(x) on [2.625, 4.0] in u = x - 3.27734375, coefficients of u^0..u^15;
     * relative error 1.1e-17 (fit 5.5e-18).
     */
    private static final double[] MIDDLE_3 = {
        0.16505434298763821,
        -0.046499528293727735,
        0.012659404556241673,
        -0.003340205261737316,
        0.0008562018589749364,
        -0.00021365498022082156,
        5.1993681807147024e-05,
        -1.2358231764287779e-05,
        2.87287549090411e-06,
        -6.539638192434301e-07,
        1.4592972533264362e-07,
        -3.194287108525062e-08,
        6.85358090459455e-09,
        -1.4596719682450285e-09,
        3.239376211692346e-10,
        -5.91838055856111e-11,
    };

    /**
     * x erfcx(x) for x >= 4.0 in t = 1/x^2, coefficients of t^0..t^15;
     * relative error 1.7e-17 (fit 2.4e-19).
     */
    private static final double[] TAIL = {
        0.5641895835477563,
        -0.28209479177387703,
        0.42314218765920086,
        -1.0578554682455301,
        3.702493874087082,
        -16.66117549071177,
        91.63100647783732,
        -595.1633584589254,
        4438.644649928484,
        -36684.886501495275,
        316658.30068414833,
        -2612808.0492439913,
        18523571.43619803,
        -100254887.5597924,
        355180065.42259973,
        -604636447.8207887,
    };
    // END GENERATED COEFFICIENTS

    private Erf() {
    }

    /**
     * The error function, erf(x) = 2/sqrt(pi) * integral from 0 to x of exp(-t^2) dt.
     *
     * @return a value in [-1, 1]; erf(-x) = -erf(x) exactly, erf(-0.0) = -0.0, NaN for NaN
     */
    public static double erf(double x) {
        double a = Math.abs(x);
        if (a < CENTRAL_END) {
            return x + x * polynomial(CENTRAL, x * x);
        }
        if (a < SATURATION) {
            return Math.copySign(1.0 - complementOfPositive(a), x);
        }
        return Double.isNaN(x) ? x : Math.copySign(1.0, x);
    }

    /**
     * The complementary error function, erfc(x) = 1 - erf(x), accurate relative to its own
     * value: erfc(10) = 2.088487583762545e-45 rather than 1 - erf(10) = 0.
     *
     * @return a value in [0, 2]; NaN for NaN
     */
    public static double erfc(double x) {
        if (Math.abs(x) < CENTRAL_END) {
            double xTimesP = x * polynomial(CENTRAL, x * x);
            if (x < 0.25) {
                return 1.0 - (x + xTimesP);
            }
            if (x < 0.5) {
                return 0.5 - ((x - 0.5) + xTimesP);
            }
            return (1.0 - x) - xTimesP;
        }
        if (x > -SATURATION && x < ERFC_UNDERFLOW) {
            double complement = complementOfPositive(Math.abs(x));
            return x > 0.0 ? complement : 2.0 - complement;
        }
        if (Double.isNaN(x)) {
            return x;
        }
        return x > 0.0 ? 0.0 : 2.0;
    }

    /** erfc(x) for CENTRAL_END &lt;= x &lt; ERFC_UNDERFLOW. */
    private static double complementOfPositive(double x) {
        double square = x * x;
        // exp(-x^2) = exp(-square) (1 - e) up to e^2 / 2 < 2^-80 relatively, e = x^2 - square.
        double e = productError(x, square);
        double[] coefficients;
        double v;
        if (x < MIDDLE_1_END) {
            coefficients = MIDDLE_1;
            v = x - MIDDLE_1_CENTRE;
        } else if (x < MIDDLE_2_END) {
            coefficients = MIDDLE_2;
            v = x - MIDDLE_2_CENTRE;
        } else if (x < MIDDLE_3_END) {
            coefficients = MIDDLE_3;
            v = x - MIDDLE_3_CENTRE;
        } else {
            coefficients = TAIL;
            v = 1.0 / square;
        }
        double scaled = timesOneMinus(coefficients, v, e);
        if (x >= MIDDLE_3_END) {
            scaled /= x;
        }
        return Math.exp(-square) * scaled;
    }

    /** x * x - square exactly, for square = x * x rounded (Dekker's product, no FMA). */
    private static double productError(double x, double square) {
        double spread = SPLITTER * x;
        double high = spread - (spread - x);
        double low = x - high;
        return ((high * high - square) + 2.0 * high * low) + low * low;
    }

    /** The polynomial c[0] + c[1] v + ... + c[15] v^15. */
    private static double polynomial(double[] c, double v) {
        return c[0] + v * aboveConstant(c, v);
    }

    /**
     * The polynomial times (1 - e), for a tiny e, rounded once at full size: the correction
     * is applied to the smaller part c[1] v + c[2] v^2 + ... before c[0] is added.
     */
    private static double timesOneMinus(double[] c, double v, double e) {
        double rest = v * aboveConstant(c, v);
        return c[0] + (rest - (c[0] + rest) * e);
    }

    /**
     * c[1] + c[2] v + ... + c[15] v^14. Horner's rule would make one chain of 14 dependent
     * multiply-adds; here c[2] + c[3] v + ... is split into its even and odd powers, two
     * chains in v^2 that a CPU runs side by side, and only the last steps, which decide the
     * rounding, are Horner's.
     */
    private static double aboveConstant(double[] c, double v) {
        double s = v * v;
        double even = (((((c[14] * s + c[12]) * s + c[10]) * s + c[8]) * s + c[6]) * s + c[4]) * s + c[2];
        double odd = (((((c[15] * s + c[13]) * s + c[11]) * s + c[9]) * s + c[7]) * s + c[5]) * s + c[3];
        return c[1] + v * (even + v * odd);
    }
}
