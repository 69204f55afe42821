package org.activationlab.ui.curves;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.activationlab.model.Activation;
import org.activationlab.model.Catalogue;
import org.activationlab.plot.curves.YRange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A lesson's picture of the Curves tab is a function from state to state, checked by the state. */
class CurvesPresetTest {
    private static final Activation STEEP_ELU = Catalogue.get("elu").with("alpha", 2.0);

    private static CurvesPreset preset(XRange x, boolean functions, boolean derivatives, int depth, double eps) {
        return new CurvesPreset(List.of(STEEP_ELU, Catalogue.get("sigmoid")), x, functions, derivatives, false, depth,
                true, eps, false);
    }

    private final CurvesPreset picture = preset(new XRange(-3, 3), true, true, 6, 0.05);

    @Test
    void itShowsExactlyItsFunctionsAndSettings() {
        CurvesState s = picture.apply(CurvesState.initial());
        assertThat(s.plotted()).containsExactly(Map.entry("elu", 0), Map.entry("sigmoid", 1));
        assertThat(s.activation("elu")).isEqualTo(STEEP_ELU);
        assertThat(s.x()).isEqualTo(new XRange(-3, 3));
        assertThat(s.depth()).isEqualTo(6);
        assertThat(s.epsilon()).isEqualTo(0.05);
    }

    @Test
    void itDependsOnTheStateOnlyThroughTheParametersOfFunctionsItDoesNotPlot() {
        Activation gentle = Catalogue.get("leaky_relu").with("slope", 0.3);
        CurvesState user = CurvesState.initial().withActivation(gentle).withX(new XRange(-1, 1)).withDepth(20)
                .withPlotted("gelu", true).withLogDerivative(true)
                .withYRanges(YRange.fixed(-1, 1), YRange.fixed(0.5, 2));
        CurvesState shown = picture.apply(user);

        assertThat(shown.activation("leaky_relu")).as("kept as the user left it").isEqualTo(gentle);
        assertThat(shown.withActivation(Catalogue.get("leaky_relu"))).isEqualTo(picture.apply(CurvesState.initial()));
        assertThat(shown.functionRange()).isEqualTo(YRange.AUTO);
        assertThat(shown.derivativeRange()).isEqualTo(YRange.AUTO);
        assertThat(picture.apply(shown)).as("applying it twice is applying it once").isEqualTo(shown);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "-30 | 30 | true  | true  | 1  | 0.01 | the x range must lie within [-20, 20] and be at least 0.01 wide, got from -30 to 30",
        "-6  | 6  | false | false | 1  | 0.01 | show the functions, the derivatives or both",
        "-6  | 6  | true  | true  | 51 | 0.01 | depth must be an integer from 1 to 50, got 51",
        "-6  | 6  | true  | true  | 1  | 0    | the saturation threshold must be a finite number > 0, got 0.0"})
    void aPictureTheTabCannotShowIsRefusedWithTheStatesMessage(double from, double to, boolean functions,
                                                                 boolean derivatives, int depth, double eps,
                                                                 String message) {
        assertThatThrownBy(() -> preset(new XRange(from, to), functions, derivatives, depth, eps))
                .isInstanceOf(IllegalArgumentException.class).hasMessage(message);
    }

    @Test
    void aFunctionListedTwiceOrNoneIsRefused() {
        assertThatThrownBy(() -> new CurvesPreset(List.of(STEEP_ELU, Catalogue.get("elu")), XRange.DEFAULT, true, true,
                false, 1, true, 0.01, false)).hasMessage("elu is listed twice");
        assertThatThrownBy(() -> new CurvesPreset(List.of(), XRange.DEFAULT, true, true, false, 1, true, 0.01, false))
                .hasMessage("a curves preset plots at least one function");
    }
}
