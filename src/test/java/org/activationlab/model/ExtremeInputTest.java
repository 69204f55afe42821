package org.activationlab.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Never NaN, and never infinite where the true value is finite: sweeps out to +-1.8e308. Up to
 * |x| = 1e307 every tested function's true value and slope are finite (slopes stay below 8);
 * beyond that a slope above 1 may truly overflow, so only NaN is ruled out there. Squared ReLU
 * grows like x^2: its true value exceeds the largest double beyond 1.34e154, its slope 2x beyond
 * 8.99e307.
 */
class ExtremeInputTest {
    /** Where the true value of a function that grows faster than linearly stops being a double. */
    private static final Map<String, Double> VALUE_FINITE_UP_TO = Map.of("squared_relu", 1.34e154);
    /** Where the true slope of a function that grows faster than linearly stops being a double. */
    private static final Map<String, Double> SLOPE_FINITE_UP_TO = Map.of("squared_relu", 8.98e307);

    static List<Activation> activations() {
        return ActivationSettings.all().stream()
                .filter(a -> !a.name().equals("maxout") || a.parameterValues().values().stream()
                        .allMatch(v -> Math.abs(v) <= 8))
                .toList();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("activations")
    void finiteEverywhereFromTinyToHuge(Activation a) {
        for (int e = -308; e <= 308; e++) {
            for (double m : new double[] {1, 1.7976931348623157}) {
                for (double sign : new double[] {-1, 1}) {
                    double x = sign * m * Math.pow(10, e);
                    if (!Double.isFinite(x)) {
                        continue;
                    }
                    assertFiniteOrTrulyHuge(a, x);
                }
            }
        }
        for (double x : new double[] {-Double.MAX_VALUE, Double.MAX_VALUE, -Double.MIN_VALUE, Double.MIN_VALUE, 0.0, -0.0}) {
            assertFiniteOrTrulyHuge(a, x);
        }
    }

    private static void assertFiniteOrTrulyHuge(Activation a, double x) {
        assertThat(a.value(x)).as("%s(%s)", a, x).isNotNaN();
        assertThat(a.derivative(x)).as("%s'(%s)", a, x).isNotNaN();
        if (Math.abs(x) <= SLOPE_FINITE_UP_TO.getOrDefault(a.name(), Double.MAX_VALUE)) {
            assertThat(a.derivative(x)).as("%s'(%s)", a, x).isFinite();
        }
        if (Math.abs(x) <= Math.min(1e307, VALUE_FINITE_UP_TO.getOrDefault(a.name(), Double.MAX_VALUE))) {
            assertThat(a.value(x)).as("%s(%s)", a, x).isFinite();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("activations")
    void fastPathEqualsPointwiseEvaluation(Activation a) {
        double[] xs = new double[4096];
        for (int i = 0; i < xs.length; i++) {
            xs[i] = -900 + 1800.0 * i / (xs.length - 1);
        }
        double[] f = new double[xs.length];
        double[] df = new double[xs.length];
        a.fill(xs, f, df);
        for (int i = 0; i < xs.length; i++) {
            assertThat(f[i]).as("%s(%s)", a, xs[i]).isEqualTo(a.value(xs[i]));
            assertThat(df[i]).as("%s'(%s)", a, xs[i]).isEqualTo(a.derivative(xs[i]));
        }
    }
}
