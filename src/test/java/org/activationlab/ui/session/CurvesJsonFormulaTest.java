package org.activationlab.ui.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;
import org.activationlab.ui.controls.FormulaDefinition;
import org.activationlab.ui.controls.SliderRange;
import org.activationlab.ui.curves.CurvesState;
import org.activationlab.ui.json.FieldReader;
import org.activationlab.ui.json.JsonFormatException;
import org.junit.jupiter.api.Test;

/** The curves tab's typed formulas in a session file: text, current values, defaults and slider ranges. */
class CurvesJsonFormulaTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private static CurvesState withFormulas() {
        CurvesState state = CurvesState.initial()
                .withFormula(null, FormulaDefinition.of("x * tanh(softplus(a * x))", Map.of("a", 1.0),
                        Map.of("a", new SliderRange(0, 2))))
                .withFormula(null, FormulaDefinition.of("max(x, k * x) + c", Map.of("k", 0.1, "c", 0.0), Map.of()))
                .withFormula(null, FormulaDefinition.of("x^2", Map.of(), Map.of()));
        state = state.withActivation(state.activation("x * tanh(softplus(a * x))").with("a", 1.5))
                .withPlotted("max(x, k * x) + c", false);
        return state;
    }

    private static CurvesState throughText(CurvesState state) throws Exception {
        String text = MAPPER.writeValueAsString(CurvesJson.write(state));
        return CurvesJson.read(FieldReader.of(MAPPER.readTree(text), "/parts/curves"));
    }

    @Test
    void formulasComeBackWithTheirValuesDefaultsRangesAndColours() throws Exception {
        CurvesState state = withFormulas();

        CurvesState read = throughText(state);

        // catalogue activations compare by identity, so the state is compared through its specs and its file
        assertThat(read.plottedFunctions()).isEqualTo(state.plottedFunctions());
        assertThat(read.formulaRanges()).isEqualTo(state.formulaRanges());
        assertThat(CurvesJson.write(read)).isEqualTo(CurvesJson.write(state));
        assertThat(read.activation("x * tanh(softplus(a * x))").parameterValues()).isEqualTo(Map.of("a", 1.5));
        assertThat(read.formulaDefinition("x * tanh(softplus(a * x))").defaults()).isEqualTo(Map.of("a", 1.0));
        assertThat(read.formulaDefinition("x * tanh(softplus(a * x))").ranges()).isEqualTo(Map.of("a", new SliderRange(0, 2)));
        assertThat(read.formulas()).containsExactly("x * tanh(softplus(a * x))", "max(x, k * x) + c", "x^2");
        assertThat(read.plotted()).containsEntry("x^2", 5).doesNotContainKey("max(x, k * x) + c");
    }

    @Test
    void theFormulasAreWrittenApartFromTheCatalogueFunctions() {
        ObjectNode json = CurvesJson.write(withFormulas());

        assertThat(json.get("functions").has("x^2")).isFalse();
        assertThat(json.get("formulas").get(0).toString()).isEqualTo("{\"formula\":\"x * tanh(softplus(a * x))\","
                + "\"parameters\":{\"a\":1.5},\"defaults\":{\"a\":1.0},\"sliders\":{\"a\":{\"min\":0.0,\"max\":2.0}}}");
        assertThat(CurvesJson.write(CurvesState.initial()).has("formulas")).isFalse();
    }

    @Test
    void aFormulaWithOnlyItsTextAndParametersTakesThemAsDefaults() throws Exception {
        ObjectNode json = CurvesJson.write(CurvesState.initial());
        json.putArray("formulas").addObject().put("formula", "b * x").putObject("parameters").put("b", 3);
        ((com.fasterxml.jackson.databind.node.ArrayNode) json.get("plotted")).addObject().put("name", "b * x").put("colour", 7);

        CurvesState read = CurvesJson.read(FieldReader.of(json, "/parts/curves"));

        assertThat(read.formulaDefinition("b * x").defaults()).isEqualTo(Map.of("b", 3.0));
        assertThat(read.formulaDefinition("b * x").ranges()).isEqualTo(Map.of("b", new SliderRange(-3, 9)));
        assertThat(read.plotted()).containsEntry("b * x", 7);
    }

    @Test
    void aBrokenFormulaIsRefusedAtItsFieldWithThePosition() {
        ObjectNode json = CurvesJson.write(CurvesState.initial());
        json.putArray("formulas").addObject().put("formula", "x *");

        assertThatThrownBy(() -> CurvesJson.read(FieldReader.of(json, "/parts/curves")))
                .isInstanceOf(JsonFormatException.class)
                .hasMessageContaining("/parts/curves/formulas/0/formula").hasMessageContaining("position 4");
    }

    @Test
    void aBadSliderRangeOrAnUnknownSliderIsRefusedAtItsField() {
        ObjectNode bad = CurvesJson.write(withFormulas());
        ((ObjectNode) bad.get("formulas").get(0).get("sliders").get("a")).put("max", -1);
        ObjectNode unknown = CurvesJson.write(withFormulas());
        ((ObjectNode) unknown.get("formulas").get(0).get("sliders")).putObject("z").put("min", 0).put("max", 1);

        assertThatThrownBy(() -> CurvesJson.read(FieldReader.of(bad, "/parts/curves")))
                .isInstanceOf(JsonFormatException.class).hasMessageContaining("/parts/curves/formulas/0/sliders/a");
        assertThatThrownBy(() -> CurvesJson.read(FieldReader.of(unknown, "/parts/curves")))
                .isInstanceOf(JsonFormatException.class).hasMessageContaining("z");
    }

    @Test
    void aFormulaListedTwiceIsRefused() {
        ObjectNode json = CurvesJson.write(withFormulas());
        ((com.fasterxml.jackson.databind.node.ArrayNode) json.get("formulas")).add(json.get("formulas").get(2).deepCopy());

        assertThatThrownBy(() -> CurvesJson.read(FieldReader.of(json, "/parts/curves")))
                .isInstanceOf(JsonFormatException.class).hasMessageContaining("twice");
    }
}
