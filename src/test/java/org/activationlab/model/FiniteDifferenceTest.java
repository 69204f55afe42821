package org.activationlab.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * f' agrees with a central finite difference of f away from kinks, on a dense grid. Snake with a
 * high frequency (alpha &gt; 10) is left out: a step of 1e-5 |x| cannot follow ripples of period
 * pi / alpha that short (at alpha = 1e300 they change f by 1e-300), so its slope is checked
 * against the golden values instead.
 */
class FiniteDifferenceTest {

    static List<Activation> activations() {
        return ActivationSettings.all().stream()
                .filter(a -> !a.name().equals("snake") || a.parameterValues().get("alpha") <= 10)
                .toList();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("activations")
    void derivativeMatchesCentralDifferences(Activation a) {
        for (double x = -12; x <= 12; x += 0.0625 + 1e-4) {
            if (nearKink(a, x)) {
                continue;
            }
            double h = 1e-5 * Math.max(1, Math.abs(x));
            double fd = (a.value(x + h) - a.value(x - h)) / (2 * h);
            double scale = 1 + Math.abs(fd) + Math.abs(a.value(x)) * 1e-3;
            assertThat(Math.abs(a.derivative(x) - fd) / scale).as("%s at x = %s", a, x).isLessThan(1e-6);
        }
    }

    private static boolean nearKink(Activation a, double x) {
        return a.kinks().stream().anyMatch(k -> Math.abs(k - x) < 1e-3 * Math.max(1, Math.abs(k)));
    }
}
