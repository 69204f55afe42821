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
 *   <li>|x| &lt; 0.875: erf(x) = x + x P(x^2), P of degree 11; erfc = 1 - erf, written as
 *       0.5 - ((x - 0.5) + x P) for x &ge; 0.25 so that no digits cancel.</li>
 *   <li>0.875 &le; x &lt; 6: erfc(x) = exp(-x^2) R(x - c), where R approximates the scaled
 *       complement erfcx(x) = exp(x^2) erfc(x) on four pieces ([0.875, 1.5], [1.5, 2.5],
 *       [2.5, 4], [4, 6]), each around a centre c for which x - c is exact; erf = 1 - erfc.</li>
 *   <li>6 &le; x &lt; 27.3: erfc(x) = exp(-x^2) / x * S(1/x^2), S a polynomial of degree 10.
 *       Here erfc(x) &lt; 2^-54, so erf(x) rounds to 1 and erfc(-x) to 2. From 27.3 on
 *       erfc(x) is below half the smallest subnormal and rounds to 0.</li>
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
     * P(t), t = x^2, coefficients of t^0..t^11;
     * relative error in erf 2.7e-17 (fit 3.2e-19).
     */
    private static final double[] CENTRAL = {
        0.1283791670955126,
        -0.37612638903183737,
        0.11283791670954303,
        -0.026866170644932613,
        0.005223977622956132,
        -0.0008548326839445214,
        0.00012055324326122618,
        -1.4925381489857359e-05,
        1.6456518575738474e-06,
        -1.6288380602649784e-07,
        1.4118058442212011e-08,
        -8.655115168428751e-10,
    };

    private static final double MIDDLE_1_END = 1.5;
    private static final double MIDDLE_1_CENTRE = 1.25;

    /**
     * erfcx(x) on [0.875, 1.5] in u = x - 1.25, coefficients of u^0..u^14;
     * relative error 2.1e-18 (fit 7.9e-19).
     */
    private static final double[] MIDDLE_1 = {
        0.3678229164523611,
        -0.20882187596460983,
        0.10679557149659887,
        -0.05021827439591311,
        0.022011364250840177,
        -0.00908162763230791,
        0.00355310990501133,
        -0.0013257829598951794,
        0.00047397021743794156,
        -0.00016295931562485097,
        5.405653418480869e-05,
        -1.73511191143992e-05,
        5.363406574321817e-06,
        -1.6159991357967287e-06,
        6.448205528672201e-07,
    };

    private static final double MIDDLE_2_END = 2.5;
    private static final double MIDDLE_2_CENTRE = 1.859375;

    /**
     * erfcx(x) on [1.5, 2.5] in u = x - 1.859375, coefficients of u^0..u^15;
     * relative error 1.0e-17 (fit 2.8e-18).
     */
    private static final double[] MIDDLE_2 = {
        0.27128582243922794,
        -0.11953501489963364,
        0.04902540411022155,
        -0.01891893608813149,
        0.0069240036606887465,
        -0.0024178467123837787,
        0.0008094399759250742,
        -0.0002607983640294311,
        8.112952178230127e-05,
        -2.443288233801038e-05,
        7.1397145114932716e-06,
        -2.028685074203291e-06,
        5.624562195821396e-07,
        -1.5240057236056347e-07,
        3.792028592843522e-08,
        -6.202402711332107e-09,
    };

    private static final double MIDDLE_3_END = 4.0;
    private static final double MIDDLE_3_CENTRE = 3.27734375;

    /**
     * erfcx(x) on [2.5, 4.0] in u = x - 3.27734375, coefficients of u^0..u^16;
     * relative error 1.1e-17 (fit 2.0e-18).
     */
    private static final double[] MIDDLE_3 = {
        0.16505434298763821,
        -0.046499528293727714,
        0.012659404556241463,
        -0.003340205261739264,
        0.0008562018589845327,
        -0.00021365498017215275,
        5.1993681638428713e-05,
        -1.2358232299022186e-05,
        2.8728769598911693e-06,
        -6.53960807545278e-07,
        1.459227205430162e-07,
        -3.1951949345875635e-08,
        6.872237556010045e-09,
        -1.4457373162833078e-09,
        2.9786490269442194e-10,
        -6.774183674199186e-11,
        1.4904628363772844e-11,
    };

    private static final double MIDDLE_4_END = 6.0;
    private static final double MIDDLE_4_CENTRE = 4.9453125;

    /**
     * erfcx(x) on [4.0, 6.0] in u = x - 4.9453125, coefficients of u^0..u^16;
     * relative error 8.1e-18 (fit 1.7e-18).
     */
    private static final double[] MIDDLE_4 = {
        0.11188348364091959,
        -0.02178158670954228,
        0.004166730616386288,
        -0.0007838678054631474,
        0.00014512967984061317,
        -2.646247424809384e-05,
        4.754825055903177e-06,
        -8.423938630026382e-07,
        1.4723103027962514e-07,
        -2.5397811320612707e-08,
        4.32619644838857e-09,
        -7.280099260500577e-10,
        1.209922147326551e-10,
        -1.981428802329128e-11,
        3.2645654392060296e-12,
        -5.724988508642229e-13,
        7.910746336493752e-14,
    };

    /**
     * x erfcx(x) for x >= 6.0 in t = 1/x^2, coefficients of t^0..t^10;
     * relative error 1.4e-17 (fit 4.9e-18).
     */
    private static final double[] TAIL = {
        0.5641895835477563,
        -0.2820947917738534,
        0.4231421876243491,
        -1.0578554481356524,
        3.7024879058595674,
        -16.660137083703336,
        91.51744704433048,
        -587.0766107879635,
        4059.429714884234,
        -25091.407645573883,
        92687.17482073948,
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
            return 0.5 - ((x - 0.5) + xTimesP);
        }
        if (x > 0.0) {
            return x < ERFC_UNDERFLOW ? complementOfPositive(x) : 0.0;
        }
        if (x > -SATURATION) {
            return 2.0 - complementOfPositive(-x);
        }
        return Double.isNaN(x) ? x : 2.0;
    }

    /** erfc(x) for CENTRAL_END &lt;= x &lt; ERFC_UNDERFLOW. */
    private static double complementOfPositive(double x) {
        double square = x * x;
        double squareError = productError(x, square);
        double scaled;
        if (x < MIDDLE_1_END) {
            scaled = polynomial(MIDDLE_1, x - MIDDLE_1_CENTRE);
        } else if (x < MIDDLE_2_END) {
            scaled = polynomial(MIDDLE_2, x - MIDDLE_2_CENTRE);
        } else if (x < MIDDLE_3_END) {
            scaled = polynomial(MIDDLE_3, x - MIDDLE_3_CENTRE);
        } else if (x < MIDDLE_4_END) {
            scaled = polynomial(MIDDLE_4, x - MIDDLE_4_CENTRE);
        } else {
            scaled = polynomial(TAIL, 1.0 / square) / x;
        }
        // exp(-(square + e)) = exp(-square) (1 - e) up to e^2 / 2 < 2^-80 relatively.
        return Math.exp(-square) * (scaled - scaled * squareError);
    }

    /** x * x - square exactly, for square = x * x rounded (Dekker's product, no FMA). */
    private static double productError(double x, double square) {
        double spread = SPLITTER * x;
        double high = spread - (spread - x);
        double low = x - high;
        return ((high * high - square) + 2.0 * high * low) + low * low;
    }

    /** c[0] + c[1] v + ... + c[n] v^n by Horner's rule. */
    private static double polynomial(double[] c, double v) {
        double sum = c[c.length - 1];
        for (int k = c.length - 2; k >= 0; k--) {
            sum = sum * v + c[k];
        }
        return sum;
    }
}
