package org.activationlab.ui.controls;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.Scale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class SliderStepsTest {

    @ParameterizedTest(name = "[{0}, {1}] integer={2} -> {3}")
    @CsvSource({
            "0, 0.5, false, 0.001",
            "0, 0.3, false, 0.0005",
            "-3, 3, false, 0.01",
            "0.05, 5, false, 0.005",
            "-1000, 1000, false, 2",
            "1, 8, true, 1",
            "0, 3e-6, false, 5e-9",
            "0, 0.5000000000000001, false, 0.001",
    })
    void stepIsTheLargestNiceStepBelowAFiveHundredthOfTheSpan(double min, double max, boolean integer, double step) {
        assertThat(SliderSteps.step(min, max, integer)).isEqualTo(step);
    }

    @ParameterizedTest(name = "{0} on a grid of {1} -> {2}")
    @CsvSource({
            "0.010344827586206896, 0.0005, 0.0105",
            "0.1 , 0.001, 0.1",
            "-2.004, 0.01, -2",
            "0.3333, 0.0005, 0.3335",
            "7.4, 1, 7",
    })
    void snapRoundsToTheGridWithoutBinaryNoise(double value, double step, double expected) {
        assertThat(SliderSteps.snap(value, step)).isEqualTo(expected);
    }

    @Test
    void aSpanThatIsNotAnIntervalIsRefused() {
        assertThatThrownBy(() -> SliderSteps.step(1, 1, false)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> SliderSteps.step(0, Double.POSITIVE_INFINITY, false))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> SliderSteps.step(Double.NaN, 1, false)).isInstanceOf(IllegalArgumentException.class);
    }

    @Property
    void snappedValuesAreWithinHalfAStepOnTheGrid(@ForAll @DoubleRange(min = -1e3, max = 1e3) double min,
                                                  @ForAll @DoubleRange(min = 1e-3, max = 1e3) @Scale(6) double span,
                                                  @ForAll @DoubleRange(min = 0, max = 1) double share) {
        double step = SliderSteps.step(min, min + span, false);
        double value = min + share * span;
        double snapped = SliderSteps.snap(value, step);
        assertThat(step).isLessThanOrEqualTo(span / SliderSteps.STEPS_ACROSS);
        // A 1-2-5 grid can land exactly on span / STEPS_ACROSS / 2.5 (e.g. 5e-6 -> 2e-6): allow the rounding.
        assertThat(step).isGreaterThanOrEqualTo(span / SliderSteps.STEPS_ACROSS / 2.5 * (1 - 1e-12));
        assertThat(Math.abs(snapped - value)).isLessThanOrEqualTo(step / 2 + 1e-12 * (1 + Math.abs(value)));
        assertThat(snapped / step).isCloseTo(Math.rint(snapped / step), within(1e-6));
    }
}
