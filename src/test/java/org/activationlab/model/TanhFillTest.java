package org.activationlab.model;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Tanh's grid fast path computes in separate passes; it must still give, bit for bit, what
 * {@link Activation#value} and {@link Activation#derivative} give point by point, including the
 * series near 0, the signs, the tails, zeros, infinities and NaN, and when arrays are shared.
 */
class TanhFillTest {
    private static final Activation TANH = Catalogue.get("tanh");
    private static final double[] SPECIAL = {0.0, -0.0, 0.019999999, -0.019999999, 0.02, -0.02, 1e-300, -1e-300,
        Double.MIN_VALUE, 0.5, -0.5, 19, -19, 400, -400, Double.MAX_VALUE, -Double.MAX_VALUE,
        Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, Double.NaN};

    @Property
    void fillEqualsPointwise(@ForAll @Size(max = 64) double[] xs) {
        assertFillMatchesPointwise(xs);
    }

    @Property
    void fillEqualsPointwiseNearTheSeriesLimit(@ForAll @Size(max = 64) @DoubleRange(min = -0.05, max = 0.05) double[] xs) {
        assertFillMatchesPointwise(xs);
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 1, 3, 17})
    void fillEqualsPointwiseOnSpecialValues(int rotation) {
        double[] xs = new double[SPECIAL.length];
        for (int i = 0; i < xs.length; i++) {
            xs[i] = SPECIAL[(i + rotation) % SPECIAL.length];
        }
        assertFillMatchesPointwise(xs);
    }

    @ParameterizedTest
    @ValueSource(strings = {"values", "derivatives"})
    void fillInPlaceEqualsPointwise(String shared) {
        FillChecks.assertFillInPlaceMatchesPointwise(TANH, SPECIAL, shared);
    }

    private static void assertFillMatchesPointwise(double[] xs) {
        FillChecks.assertFillMatchesPointwise(TANH, xs);
    }
}
