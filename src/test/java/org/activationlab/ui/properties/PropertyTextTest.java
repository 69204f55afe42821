package org.activationlab.ui.properties;

import org.activationlab.model.Interval;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class PropertyTextTest {
    private static final double INF = Double.POSITIVE_INFINITY;

    @ParameterizedTest(name = "{0}{1} {2}, {3}{4} reads {5} and {6}")
    @CsvSource(delimiter = '|', value = {
            "( | 0 | 1 | ) | false | (0, 1) | 0 < x < 1",
            "[ | 0 | Infinity | ) | false | [0, ∞) | x ≥ 0",
            "( | -Infinity | -6.906754778648554 | ) | false | (-∞, -6.9068) | x < -6.9068",
            "( | -Infinity | 0 | ] | false | (-∞, 0] | x ≤ 0",
            "( | -1.7580993408473766 | Infinity | ) | false | (-1.7581, ∞) | x > -1.7581",
            "[ | -1 | 1 | ] | false | [-1, 1] | -1 ≤ x ≤ 1",
            "( | -Infinity | Infinity | ) | false | (-∞, ∞) | all x",
            "[ | 6 | 6 | ] | false | [6, 6] | x = 6",
    })
    void intervalsReadAsRangesAndAsRegionsOfX(String open, double lower, double upper, String close, boolean unused,
                                              String asRange, String asRegion) {
        Interval interval = new Interval(lower, open.equals("["), upper, close.equals("]"));
        assertThat(PropertyText.interval(interval)).isEqualTo(asRange);
        assertThat(PropertyText.region(interval)).isEqualTo(asRegion);
    }

    @Test
    void listsJoinWithCommasOrSayNone() {
        assertThat(PropertyText.regions(List.of())).isEqualTo("none");
        assertThat(PropertyText.regions(List.of(new Interval(-INF, false, -3, false), new Interval(3, false, INF, false))))
                .isEqualTo("x < -3, x > 3");
        assertThat(PropertyText.kinks(List.of())).isEqualTo("none");
        assertThat(PropertyText.kinks(List.of(0.0, 6.0))).isEqualTo("x = 0, 6");
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({"1, 1.0×", "2.34, 2.3×", "0.96, 1.0×", "12.25, 12.3×"})
    void costReadsAsAMultipleOfRelu(double cost, String text) {
        assertThat(PropertyText.cost(cost)).isEqualTo(text);
    }
}
