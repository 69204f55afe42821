package org.activationlab.model;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * ReLU's grid fast path (max(x, 0) and the slope, each in a loop of its own) must give, bit for
 * bit, what {@link Activation#value} and {@link Activation#derivative} give point by point: +0 at
 * -0 and below, NaN at NaN with slope 1, relu'(0) = 0, and the same when arrays are shared.
 */
class ReluFillTest {
    private static final Activation RELU = Catalogue.get("relu");
    private static final double[] SPECIAL = {0.0, -0.0, Double.MIN_VALUE, -Double.MIN_VALUE, 1e-300, -1e-300, 0.5, -0.5,
        Double.MAX_VALUE, -Double.MAX_VALUE, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, Double.NaN};

    @Property
    void fillEqualsPointwise(@ForAll @Size(max = 64) double[] xs) {
        FillChecks.assertFillMatchesPointwise(RELU, xs);
    }

    @ParameterizedTest
    @ValueSource(strings = {"both", "values", "derivatives"})
    void fillEqualsPointwiseOnSpecialValues(String outputs) {
        double[] f = outputs.equals("derivatives") ? null : new double[SPECIAL.length];
        double[] df = outputs.equals("values") ? null : new double[SPECIAL.length];
        RELU.fill(SPECIAL, f, df);
        FillChecks.assertPointwise(RELU, SPECIAL, f, df);
    }

    @ParameterizedTest
    @ValueSource(strings = {"values", "derivatives"})
    void fillInPlaceEqualsPointwise(String shared) {
        FillChecks.assertFillInPlaceMatchesPointwise(RELU, SPECIAL, shared);
    }
}
