package org.activationlab.model;

import static org.assertj.core.api.Assertions.assertThat;

/** Checks that an activation's grid fast path ({@link Activation#fill}) gives the point-by-point numbers, bit for bit. */
final class FillChecks {
    private FillChecks() {
    }

    /** fill(xs, f, df) equals value and derivative at every point. */
    static void assertFillMatchesPointwise(Activation activation, double[] xs) {
        double[] f = new double[xs.length];
        double[] df = new double[xs.length];
        activation.fill(xs, f, df);
        assertPointwise(activation, xs, f, df);
    }

    /** fill with the values ({@code shared} = "values") or the derivatives written over xs itself equals the pointwise numbers. */
    static void assertFillInPlaceMatchesPointwise(Activation activation, double[] special, String shared) {
        double[] xs = special.clone();
        double[] other = new double[xs.length];
        boolean valuesInPlace = shared.equals("values");
        activation.fill(xs, valuesInPlace ? xs : other, valuesInPlace ? other : xs);
        assertPointwise(activation, special, valuesInPlace ? xs : other, valuesInPlace ? other : xs);
    }

    /** f and df (either may be null) hold the activation's value and derivative at every x, to the bit. */
    static void assertPointwise(Activation activation, double[] xs, double[] f, double[] df) {
        for (int i = 0; i < xs.length; i++) {
            if (f != null) {
                assertSameBits(f[i], activation.value(xs[i]), activation.name() + "(" + xs[i] + ")");
            }
            if (df != null) {
                assertSameBits(df[i], activation.derivative(xs[i]), activation.name() + "'(" + xs[i] + ")");
            }
        }
    }

    static void assertSameBits(double actual, double expected, String what) {
        assertThat(Double.doubleToRawLongBits(actual)).as("%s: %s, expected %s", what, actual, expected)
                .isEqualTo(Double.doubleToRawLongBits(expected));
    }
}
