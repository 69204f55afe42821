package org.activationlab.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Never NaN, and never infinite where the true value is finite: sweeps out to +-1.8e308. Up to
 * |x| = 1e307 every tested function's true value and slope are finite (slopes stay below 8);
 * beyond that a slope above 1 may truly overflow, so only NaN is ruled out there.
 */
class ExtremeInputTest {

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
        assertThat(a.derivative(x)).as("%s'(%s)", a, x).isFinite();
        if (Math.abs(x) <= 1e307) {
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
