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
 * by polynomials of degree 15 fitted for this class (minimax, Remez exchange in 50-digit
 * arithmetic, by {@code src/test/python/fit_erf.py}, which prints the coefficient block
 * below and tells how it was run):
 * <ul>
 *   <li>|x| &lt; 0.875: erf(x) = x + x P(x^2). erfc = 1 - erf, written as
 *       0.5 - ((x - 0.5) + x P) for 0.25 &le; x &lt; 0.5 and (1 - x) - x P from 0.5 on,
 *       where the subtractions in brackets are exact, so that cancellation costs nothing.</li>
 *   <li>0.875 &le; x &lt; 6, for erf(x) = 1 - erfc(x) and erfc(-x) = 2 - erfc(x), which need
 *       erfc(x) only to an absolute 1e-17: erfc(x) = C(x - m) on eleven pieces of width 1/2,
 *       m the middle of the piece that holds x. No exp is needed.</li>
 *   <li>0.875 &le; x &lt; 4, for erfc(x) to full relative accuracy: erfc(x) = exp(-x^2) R(x - c),
 *       R approximating the scaled complement erfcx(x) = exp(x^2) erfc(x) on three pieces
 *       ([0.875, 1.625], [1.625, 2.625], [2.625, 4]), each around a centre c for which x - c
 *       is exact.</li>
 *   <li>4 &le; x &lt; 27.3: erfc(x) = exp(-x^2) / x * S(1/x^2). From 27.3 on, erfc(x) is below
 *       half the smallest subnormal and rounds to 0; from 6 on, erfc(x) &lt; 2^-54, so erf(x)
 *       rounds to 1 and erfc(-x) to 2.</li>
 * </ul>
 * exp(-x^2) keeps its relative accuracy in the tail because x^2 is split exactly into the
 * rounded square plus its rounding error e (Dekker's product) and exp(-x^2) is taken as
 * exp(-square) (1 - e). The split avoids {@link Math#fma}, which has no hardware support on
 * CPUs still common in cheap laptops (Celeron and Pentium models without AVX2) and is then
 * emulated with {@link java.math.BigDecimal}, hundreds of times slower. For the same reason
 * the polynomials are evaluated with plain products and sums, as four interleaved chains
 * (powers split by their remainder mod 4) that a CPU runs side by side.
 *
 * <p>{@link #erfcx} is the scaled complement exp(x^2) erfc(x): the polynomials R and S above
 * without the exp for x &ge; 0.875, 2 exp(x^2) - erfcx(-x) below -0.875 and exp(x^2) erfc(x)
 * in between.
 *
 * <p><b>Accuracy</b>, measured against 50-digit mpmath values ({@code ErfTest} and 1,100,000
 * random points): erf within 1 ulp (largest error seen 0.92 ulp); erfc within 3 ulp
 * relative (largest seen 2.6 ulp) wherever erfc(x) is a normal double, x &lt; 26.54, and
 * within one unit of the last place (2^-1074) where it is subnormal; erfcx within 4 ulp
 * (largest seen 3.6 ulp for 0 &le; x &lt; 0.875, 2.3 ulp for x &lt; 0, 1.5 ulp from 0.875 on).
 * Special values: erf(&plusmn;0) = &plusmn;0, erf(&plusmn;&infin;) = &plusmn;1,
 * erfc(+&infin;) = 0, erfc(-&infin;) = 2, NaN gives NaN; every finite argument gives a finite
 * erf and erfc.
 *
 * <p><b>Cost.</b> erf is one polynomial, or a comparison beyond 6. erfc is one polynomial for
 * x &lt; 0.875, one polynomial and one {@link Math#exp} from 0.875 to 27.3, a comparison
 * beyond. erfcx is one polynomial from 0.875 on, a polynomial and an exp below.
 */
public final class Erf {

    /** From here on erfc(x) &lt; 2^-54: erf(x) rounds to 1 and erfc(-x) to 2. */
    private static final double SATURATION = 6.0;

    /** From here on erfc(x) &lt; 2^-1075, half the smallest subnormal: it rounds to 0. */
    private static final double ERFC_UNDERFLOW = 27.3;

    /**
     * Below -ERFCX_OVERFLOW, erfcx(x) = 2 exp(x^2) - erfcx(-x) exceeds the largest double (it
     * does from -26.6287 on; the margin keeps x^2 and its rounding error finite).
     */
    private static final double ERFCX_OVERFLOW = 26.7;

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

    /** Width of the complement pieces, a power of two. */
    private static final double COMPLEMENT_WIDTH = 0.5;

    /**
     * erfc(x) to an absolute error below 1e-17 for CENTRAL_END &lt;= x &lt; 6.375: piece i
     * covers [CENTRAL_END + i w, CENTRAL_END + (i + 1) w], w = COMPLEMENT_WIDTH, in u = x
     * minus its middle; coefficients of u^0..u^15.
     */
    private static final double[][] COMPLEMENT = {
        {   // [0.875, 1.375] in u = x - 1.125; absolute error 7.2e-18 (fit 1.7e-21)
            0.11161176829829224,
            -0.3182739585007693,
            0.35805820331336546,
            -0.16245233298476772,
            -0.02797329713385749,
            0.06132368360567813,
            -0.015536835449656346,
            -0.009606894226992676,
            0.006031260876288072,
            0.00036019204823672447,
            -0.0011532671191106028,
            0.00017695341421766764,
            0.00014155392367429427,
            -4.942827090675009e-05,
            -1.0675184886623744e-05,
            7.491084090858894e-06,
        },
        {   // [1.375, 1.875] in u = x - 1.625; absolute error 9.9e-19 (fit 4.8e-21)
            0.021556266760016336,
            -0.08047225902251116,
            0.13076742091158064,
            -0.11484061964670861,
            0.0497188631590938,
            0.002134924840596962,
            -0.014414781131499927,
            0.0061842615161032,
            0.0005765254564119484,
            -0.0014106850641949482,
            0.00035597833378338484,
            0.00012566455722497763,
            -8.79532870453387e-05,
            4.2566951520332795e-06,
            1.0442917479813239e-05,
            -2.7059762524244997e-06,
        },
        {   // [1.875, 2.375] in u = x - 2.125; absolute error 1.5e-19 (fit 3.3e-21)
            0.0026540293594823415,
            -0.012340820614333696,
            0.02622424380545911,
            -0.03303740518628917,
            0.026360828408610273,
            -0.01249548259143171,
            0.0018214125935920508,
            0.0018692572565861853,
            -0.001383345634454495,
            0.0002897798621745173,
            0.00012277229473966908,
            -9.485331289616192e-05,
            1.4980233257479784e-05,
            8.480033711596642e-06,
            -4.433684526738879e-06,
            2.0032044970277003e-07,
        },
        {   // [2.375, 2.875] in u = x - 2.625; absolute error 1.7e-20 (fit 1.2e-21)
            0.00020537573614121745,
            -0.001147875125882675,
            0.0030131722054420195,
            -0.004890426317562645,
            0.00541429380665445,
            -0.004217880601717845,
            0.0022468338446239057,
            -0.0006808680973932213,
            -3.464469978319498e-05,
            0.0001526004295100435,
            -7.395639227889632e-05,
            1.0326323882747e-05,
            6.691992217618164e-06,
            -4.157763751408375e-06,
            6.349099848834528e-07,
            2.8364852640247975e-07,
        },
        {   // [2.875, 3.375] in u = x - 3.125; absolute error 4.4e-22 (fit 1.9e-22)
            9.89673462524562e-06,
            -6.475868323471298e-05,
            0.00020237088510847846,
            -0.000400019782897758,
            0.0005575739490747893,
            -0.0005769615014743818,
            0.0004523151776326974,
            -0.0002664810510863131,
            0.00011126363918205895,
            -2.5450657165413916e-05,
            -3.873505681294852e-06,
            6.365536490753624e-06,
            -2.729171694474395e-06,
            4.1394888643326414e-07,
            1.8181673787982852e-07,
            -1.2316739876258863e-07,
        },
        {   // [3.375, 3.875] in u = x - 3.625; absolute error 8.9e-23 (fit 1.3e-23)
            2.951401925115698e-07,
            -2.2159202846331124e-06,
            8.032711031795057e-06,
            -1.8673744898627138e-05,
            3.11685922848214e-05,
            -3.959233534337854e-05,
            3.952911393173219e-05,
            -3.151412149264814e-05,
            2.0089148119431427e-05,
            -1.0055178916687427e-05,
            3.7186029729114486e-06,
            -8.055076511506181e-07,
            -7.680863223537698e-08,
            1.5648381499371677e-07,
            -7.046619711148516e-08,
            1.4244306317829372e-08,
        },
        {   // [3.875, 4.375] in u = x - 4.125; absolute error 1.1e-23 (fit 8.6e-24)
            5.423400799565075e-09,
            -4.5989958288460554e-08,
            1.8970857793988207e-07,
            -5.063686032385438e-07,
            9.811490515388173e-07,
            -1.466985354063157e-06,
            1.7554651139989277e-06,
            -1.7196588004473599e-06,
            1.3972270899087338e-06,
            -9.464133799949145e-07,
            5.323934803454921e-07,
            -2.444279919785177e-07,
            8.740939678441697e-08,
            -2.099240174210772e-08,
            5.405302082723841e-10,
            2.2313512991575175e-09,
        },
        {   // [4.375, 4.875] in u = x - 4.625; absolute error 4.1e-25 (fit 4.0e-25)
            6.121610513034186e-11,
            -5.789281366587487e-10,
            2.6775426320475257e-09,
            -8.062780403256859e-09,
            1.7752665471575667e-08,
            -3.042359700213161e-08,
            4.21690012875349e-08,
            -4.84796094944156e-08,
            4.701833171520818e-08,
            -3.88978088681532e-08,
            2.7621733833968068e-08,
            -1.6862183781696556e-08,
            8.811400534819654e-09,
            -3.893050613161974e-09,
            1.4242523330140168e-09,
            -3.8431152973921387e-10,
        },
        {   // [4.875, 5.375] in u = x - 5.125; absolute error 1.1e-25 (fit 1.1e-25)
            4.234563376335137e-13,
            -4.4201708693380435e-12,
            2.2653375705582737e-11,
            -7.592564337056477e-11,
            1.8700833582626478e-10,
            -3.605893955121548e-10,
            5.661380041171041e-10,
            -7.431331665461291e-10,
            8.308234755526857e-10,
            -8.017178596544853e-10,
            6.740795793264356e-10,
            -4.969196943832449e-10,
            3.2192726928533315e-10,
            -1.8390324596398989e-10,
            9.604672567825592e-11,
            -4.155489217996314e-11,
        },
        {   // [5.375, 5.875] in u = x - 5.625; absolute error 4.6e-27 (fit 4.6e-27)
            1.7920200056464797e-15,
            -2.046945208420651e-14,
            1.1514066798310357e-13,
            -4.249543542287535e-13,
            1.1568038954391061e-12,
            -2.4753224610883575e-12,
            4.332748980853494e-12,
            -6.373983849134986e-12,
            8.034943136891206e-12,
            -8.804304589541233e-12,
            8.477276067956562e-12,
            -7.228922290843308e-12,
            5.476280912265067e-12,
            -3.724596216218884e-12,
            2.432202906504887e-12,
            -1.3211608075289572e-12,
        },
        {   // [5.875, 6.375] in u = x - 6.125; absolute error 7.5e-29 (fit 7.5e-29)
            4.633222155224548e-18,
            -5.749447817869308e-17,
            3.5215367900124e-16,
            -1.4187960296724384e-15,
            4.227678228625723e-15,
            -9.932172888844868e-15,
            1.9150812174957968e-14,
            -3.1149114857432116e-14,
            4.359291464244561e-14,
            -5.327819048106097e-14,
            5.753032365192193e-14,
            -5.534515970259715e-14,
            4.750954083853902e-14,
            -3.703342080850156e-14,
            2.881492653639415e-14,
            -1.8361926400404295e-14,
        },
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
            return Math.copySign(1.0 - complementAbsolute(a), x);
        }
        return Double.isNaN(x) ? x : Math.copySign(1.0, x);
    }

    /**
     * The complementary error function, erfc(x) = 1 - erf(x), accurate relative to its own
     * value: erfc(10) is about 2.0885e-45, where 1 - erf(10) gives 0.
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
        if (x > 0.0) {
            return x < ERFC_UNDERFLOW ? complementRelative(x) : 0.0;
        }
        if (x > -SATURATION) {
            return 2.0 - complementAbsolute(-x);
        }
        return Double.isNaN(x) ? x : 2.0;
    }

    /**
     * The scaled complementary error function, erfcx(x) = exp(x^2) erfc(x). It stays
     * representable where erfc underflows: erfcx(x) is about 1 / (x sqrt(pi)) for large x,
     * so erfc(x) = exp(-x^2) erfcx(x) can share its exp with other factors of exp(-x^2), as
     * the Gaussian density in the GELU derivative is one. For x &ge; 0.875 it costs one
     * polynomial and no exp.
     *
     * @return a positive value; +infinity where the true value exceeds the largest double
     *         (x &lt; -26.628) and for -infinity, 0 for +infinity, NaN for NaN
     */
    public static double erfcx(double x) {
        if (x >= CENTRAL_END) {
            return scaledComplement(x, 0.0);
        }
        if (x >= -ERFCX_OVERFLOW) {
            // exp(x^2) = exp(square) (1 + e) up to e^2 / 2, e = x^2 - square, as in erfc.
            double square = x * x;
            double e = productError(x, square);
            if (x > -CENTRAL_END) {
                double complement = erfc(x);
                return Math.exp(square) * (complement + complement * e);
            }
            double twice = 2.0 * Math.exp(square);
            if (twice == Double.POSITIVE_INFINITY) {
                return twice;
            }
            return (twice + twice * e) - scaledComplement(-x, 0.0);
        }
        return Double.isNaN(x) ? x : Double.POSITIVE_INFINITY;
    }

    /**
     * erfc(x) for CENTRAL_END &lt;= x &lt; SATURATION to an absolute error below 1e-17, enough
     * for 1 - erfc(x) and 2 - erfc(x), with no exp: the polynomial of the piece that holds x,
     * found by an exact subtraction and multiplication.
     */
    private static double complementAbsolute(double x) {
        int piece = (int) ((x - CENTRAL_END) * (1.0 / COMPLEMENT_WIDTH));
        double middle = CENTRAL_END + (piece + 0.5) * COMPLEMENT_WIDTH;
        return polynomial(COMPLEMENT[piece], x - middle);
    }

    /** erfc(x) for CENTRAL_END &lt;= x &lt; ERFC_UNDERFLOW, to full relative accuracy. */
    private static double complementRelative(double x) {
        double square = x * x;
        // exp(-x^2) = exp(-square) (1 - e) up to e^2 / 2 < 2^-80 relatively, e = x^2 - square.
        double e = productError(x, square);
        // The polynomial before the exp: in this order the JIT's code runs measurably faster.
        double scaled = scaledComplement(x, e);
        return Math.exp(-square) * scaled;
    }

    /**
     * erfcx(x) (1 - e) for x &gt;= CENTRAL_END and a tiny e, the factor rounded in with the
     * polynomial rather than after it.
     */
    private static double scaledComplement(double x, double e) {
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
            v = 1.0 / (x * x);
        }
        // One copy of the polynomial for all pieces: measurably faster than one per branch.
        double scaled = timesOneMinus(coefficients, v, e);
        if (x >= MIDDLE_3_END) {
            scaled /= x;
        }
        return scaled;
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
     * multiply-adds; here c[2] + c[3] v + ... is split by the remainder of the power mod 4
     * into four chains in v^4 that a CPU runs side by side, and only the last steps, which
     * decide the rounding, are Horner's.
     */
    private static double aboveConstant(double[] c, double v) {
        double s = v * v;
        double q = s * s;
        double a = ((c[14] * q + c[10]) * q + c[6]) * q + c[2];
        double b = ((c[15] * q + c[11]) * q + c[7]) * q + c[3];
        double d = (c[12] * q + c[8]) * q + c[4];
        double f = (c[13] * q + c[9]) * q + c[5];
        return c[1] + v * ((a + v * b) + s * (d + v * f));
    }
}
