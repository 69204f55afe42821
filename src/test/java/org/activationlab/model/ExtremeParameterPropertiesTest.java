package org.activationlab.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Properties at parameter values near the ends of what a double holds (issue 16, section 4,
 * item 11): Maxout's kinks are found where computing them directly would overflow, and softplus'
 * beta is refused below the floor where log(2) / beta and the tails leave the analysable range.
 */
class ExtremeParameterPropertiesTest {

    private static ActivationProperties maxout(double w1, double b1, double w2, double b2) {
        return PropertyAnalyzer.analyze(Catalogue.create("maxout",
                Map.of("k", 2.0, "w1", w1, "b1", b1, "w2", w2, "b2", b2)));
    }

    @ParameterizedTest(name = "max({0} x + {1}, {2} x + {3}) has its kink at {4}")
    @CsvSource({
            // w1 x + b1 = w2 x + b2 at x = (b2 - b1) / (w1 - w2); the differences overflow here.
            "1e308,                    1e308,  -1e308,                  -1e308,  -1",
            "1.7976931348623157e308,   0,      -1.7976931348623157e308,  0,       0",
            "1e308,                    -1e308,  0,                       0,       1",
            "1e307,                    3e307,  -1e307,                  -3e307,  -3",
            "1e-300,                   0,       0,                      -1e-300, -1",
            "1,                        0,      -1,                       0,       0",
    })
    void maxoutFindsTheCrossingWithoutOverflow(double w1, double b1, double w2, double b2, double kink) {
        ActivationProperties p = maxout(w1, b1, w2, b2);
        assertThat(p.kinks()).hasSize(1);
        assertThat(p.kinks().get(0)).isCloseTo(kink, within(1e-12));
    }

    @ParameterizedTest(name = "max(1e308 x + 1e308, -1e308 x - 1e308) = 1e308 |x + 1|")
    @CsvSource({"-1, 0", "0, 1e308", "-1.5, 5e307"})
    void maxoutAtExtremeParametersIsTheExpectedVee(double x, double value) {
        Activation a = Catalogue.create("maxout", Map.of("k", 2.0, "w1", 1e308, "b1", 1e308, "w2", -1e308, "b2", -1e308));
        assertThat(a.value(x)).isEqualTo(value);
        ActivationProperties p = PropertyAnalyzer.analyze(a);
        assertThat(p.range()).isEqualTo(new Interval(0, true, Double.POSITIVE_INFINITY, false));
        assertThat(p.smoothness()).isEqualTo(Smoothness.C0);
    }

    @ParameterizedTest(name = "softplus beta = {0}: range (0, inf), f(0) = log(2) / beta")
    @CsvSource({"1e-280", "1e-200", "1e-3", "1", "1e300"})
    void softplusIsAnalysedCorrectlyOverItsWholeDomain(double beta) {
        ActivationProperties p = PropertyAnalyzer.analyze(Catalogue.create("softplus", Map.of("beta", beta)));
        assertThat(p.range()).isEqualTo(new Interval(0, false, Double.POSITIVE_INFINITY, false));
        assertThat(p.valueAtZero()).isCloseTo(Math.log(2) / beta, within(1e-12 * Math.log(2) / beta));
        assertThat(p.slopeAtZero()).isEqualTo(0.5);
    }

    @ParameterizedTest(name = "softplus beta = {0} is refused")
    @CsvSource({"4.9e-324", "2.2250738585072014e-308", "1e-300", "9.99e-281", "0", "-1"})
    void softplusRefusesABetaBelowTheFloorNamingIt(double beta) {
        assertThatThrownBy(() -> Catalogue.create("softplus", Map.of("beta", beta)))
                .isInstanceOf(InvalidParameterException.class)
                .hasMessageContaining("beta")
                .hasMessageContaining(">= " + Numbers.format(Softplus.MIN_BETA));
    }
}
