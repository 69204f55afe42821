package org.activationlab.ui.curves.gated;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.activationlab.model.Gate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

class GatedStateTest {

    @ParameterizedTest(name = "a from {0} -> {1}")
    @CsvSource({"-2, -2", "-30, -10", "3.8, 3.5", "4, 3.5", "NaN, -4"})
    void theLeftEndOfAStaysWithinItsLimitsAndBelowTheRightEnd(double asked, double got) {
        assertThat(GatedState.INITIAL.withAMin(asked).aMin()).isEqualTo(got);
    }

    @ParameterizedTest(name = "b to {0} -> {1}")
    @CsvSource({"2, 2", "30, 10", "-3.8, -3.5", "NaN, 4"})
    void theUpperEndOfBStaysWithinItsLimitsAndAboveTheLowerEnd(double asked, double got) {
        assertThat(GatedState.INITIAL.withBMax(asked).bMax()).isEqualTo(got);
    }

    @Test
    void theOtherEndsMoveToo() {
        GatedState s = GatedState.INITIAL.withAMax(1).withBMin(-1).withUnit(Gate.GEGLU).withShowing(true);
        assertThat(s).isEqualTo(new GatedState(Gate.GEGLU, -4, 1, -1, 4, true));
    }

    @Test
    void aRangeOutsideTheLimitsOrTooNarrowIsRefusedWithTheValues() {
        assertThatThrownBy(() -> new GatedState(Gate.GLU, -11, 1, -1, 1, false))
                .hasMessage("the range of a must lie within -10 to 10 and be at least 0.5 wide, got [-11.0, 1.0]");
        assertThatThrownBy(() -> new GatedState(Gate.GLU, -1, 1, 0.2, 0.5, false))
                .hasMessageContaining("the range of b").hasMessageContaining("[0.2, 0.5]");
        assertThatThrownBy(() -> new GatedState(Gate.GLU, -1, Double.NaN, -1, 1, false))
                .hasMessageContaining("the range of a");
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(GatedPreset.class)
    void everyPresetShowsTheView(GatedPreset preset) {
        GatedState s = preset.apply(GatedState.INITIAL.withAMin(-1));
        assertThat(s.showing()).isTrue();
        assertThat(s.aMin()).isEqualTo(-s.aMax());
        assertThat(s.bMin()).isEqualTo(-s.bMax());
        assertThat(preset.apply(s)).isEqualTo(s);
    }
}
