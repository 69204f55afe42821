package org.activationlab.ui.curves;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.activationlab.model.ActivationSpec;
import org.activationlab.model.Parameter;
import org.activationlab.ui.controls.FormulaDefinition;
import org.activationlab.ui.controls.SliderRange;
import org.junit.jupiter.api.Test;

/** Typed formulas in the curves tab's one state: added, renamed by editing, removed, with their slider ranges. */
class CurvesFormulaStateTest {
    private static final FormulaDefinition SCALED = FormulaDefinition.of("a * tanh(x)", Map.of("a", 2.0),
            Map.of("a", new SliderRange(0, 5)));

    @Test
    void anAddedFormulaIsListedAfterTheCatalogueAndPlottedInTheNextFreeColour() {
        CurvesState state = CurvesState.initial().withFormula(null, SCALED);

        assertThat(state.formulas()).containsExactly("a * tanh(x)");
        assertThat(state.plotted()).containsEntry("a * tanh(x)", 3);
        assertThat(state.plottedFunctions().get(3).spec()).isEqualTo(ActivationSpec.formula("a * tanh(x)", Map.of("a", 2.0)));
        assertThat(state.formulaDefinition("a * tanh(x)")).isEqualTo(SCALED);
    }

    @Test
    void theSlidersShowTheUsersRangeAndDefault() {
        CurvesState state = CurvesState.initial().withFormula(null, SCALED);

        List<Parameter> sliders = state.formulaSliders("a * tanh(x)");

        assertThat(sliders).singleElement().satisfies(p -> {
            assertThat(p.key()).isEqualTo("a");
            assertThat(p.defaultValue()).isEqualTo(2);
            assertThat(p.sliderMin()).isEqualTo(0);
            assertThat(p.sliderMax()).isEqualTo(5);
        });
    }

    @Test
    void editingKeepsThePlaceTheColourAndTheValuesOfParametersWhoseDefaultStayed() {
        CurvesState state = CurvesState.initial().withFormula(null, SCALED).withPlotted("relu", false);
        state = state.withActivation(state.activation("a * tanh(x)").with("a", 3.5));

        CurvesState edited = state.withFormula("a * tanh(x)",
                FormulaDefinition.of("a * tanh(b * x)", Map.of("a", 2.0, "b", 1.0), Map.of()));

        assertThat(edited.formulas()).containsExactly("a * tanh(b * x)");
        assertThat(edited.plotted()).containsExactly(Map.entry("sigmoid", 0), Map.entry("tanh", 1),
                Map.entry("a * tanh(b * x)", 3));
        assertThat(edited.activation("a * tanh(b * x)").parameterValues()).isEqualTo(Map.of("a", 3.5, "b", 1.0));
        assertThat(edited.formulaDefinition("a * tanh(b * x)").ranges())
                .isEqualTo(Map.of("a", new SliderRange(-2, 6), "b", new SliderRange(-1, 3)));

        CurvesState newDefault = state.withFormula("a * tanh(x)",
                FormulaDefinition.of("a * tanh(x)", Map.of("a", 4.0), Map.of()));
        assertThat(newDefault.activation("a * tanh(x)").parameterValues()).isEqualTo(Map.of("a", 4.0));
    }

    @Test
    void aFormulaCannotTakeTheNameOfAnotherFunction() {
        CurvesState state = CurvesState.initial().withFormula(null, SCALED);
        FormulaDefinition mish = FormulaDefinition.of("mish", Map.of("mish", 1.0), Map.of());

        assertThat(state.refusal(null, mish)).hasValueSatisfying(m -> assertThat(m).contains("mish"));
        assertThat(state.refusal(null, SCALED)).isPresent();
        assertThat(state.refusal("a * tanh(x)", SCALED)).isEmpty();
        assertThatThrownBy(() -> state.withFormula(null, mish)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("already in the list");
    }

    @Test
    void aLessonPictureKeepsTheTypedFormulasAndTheirSliderRanges() {
        CurvesState state = CurvesState.initial().withFormula(null, SCALED);
        CurvesPreset picture = new CurvesPreset(List.of(state.activation("relu")), XRange.DEFAULT, true, true, false, 1,
                false, CurvesState.DEFAULT_EPSILON, false);

        CurvesState shown = picture.apply(state);

        assertThat(shown.plotted()).containsOnlyKeys("relu");
        assertThat(shown.formulaDefinition("a * tanh(x)")).isEqualTo(SCALED);
    }

    @Test
    void removingAFormulaTakesItOffThePlotAndOutOfTheList() {
        CurvesState state = CurvesState.initial().withFormula(null, SCALED);

        CurvesState removed = state.withoutFormula("a * tanh(x)");

        assertThat(removed).isEqualTo(CurvesState.initial());
        assertThatThrownBy(() -> removed.withoutFormula("relu")).isInstanceOf(IllegalArgumentException.class);
    }
}
