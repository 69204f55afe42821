package org.activationlab.ui.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.LinkedHashMap;
import java.util.Map;
import org.activationlab.json.Jackson;
import org.activationlab.model.ActivationSpec;
import org.activationlab.model.GatedSpec;
import org.activationlab.ui.json.FieldReader;
import org.activationlab.ui.json.JsonFormatException;
import org.junit.jupiter.api.Test;

class ActivationJsonTest {

    private static ActivationSpec read(String json) throws Exception {
        return ActivationJson.read(FieldReader.of(Jackson.MAPPER.readTree(json), ""));
    }

    @Test
    void aFormulaIsWrittenUnderFormulaWithItsDeclaredParametersAndReadBack() throws Exception {
        Map<String, Double> parameters = new LinkedHashMap<>();
        parameters.put("a", 1.5);
        ActivationSpec mish = ActivationSpec.formula("x * tanh(softplus(a * x))", parameters);
        ObjectNode node = ActivationJson.write(mish);
        assertThat(node.toString()).isEqualTo("{\"formula\":\"x * tanh(softplus(a * x))\",\"parameters\":{\"a\":1.5}}");
        assertThat(read(node.toString())).isEqualTo(mish);
    }

    @Test
    void aCatalogueFunctionKeepsTheNameForm() throws Exception {
        ActivationSpec leaky = ActivationSpec.of("leaky_relu", Map.of("slope", 0.2));
        assertThat(ActivationJson.write(leaky).get("name").asText()).isEqualTo("leaky_relu");
        assertThat(read(ActivationJson.write(leaky).toString())).isEqualTo(leaky);
    }

    @Test
    void aGatedUnitIsWrittenByNameWithNoParametersAndReadBack() throws Exception {
        ActivationSpec swiglu = ActivationSpec.of("swiglu");
        assertThat(swiglu).isInstanceOf(GatedSpec.class);
        assertThat(ActivationJson.write(swiglu).toString()).isEqualTo("{\"name\":\"swiglu\",\"parameters\":{}}");
        assertThat(read(ActivationJson.write(swiglu).toString())).isEqualTo(swiglu);
        assertThatThrownBy(() -> read("{\"name\": \"swiglu\", \"parameters\": {\"beta\": 1}}"))
                .isInstanceOf(JsonFormatException.class).hasMessageContaining("swiglu has no parameter 'beta'");
        assertThatThrownBy(() -> read("{\"name\": \"swiglo\"}"))
                .isInstanceOf(JsonFormatException.class).hasMessageContaining("gated units: glu, reglu, geglu, swiglu");
    }

    @Test
    void aBrokenFormulaIsRefusedAtItsFieldWithThePosition() {
        assertThatThrownBy(() -> read("{\"formula\": \"x*\"}"))
                .isInstanceOf(JsonFormatException.class)
                .hasMessageContaining("/formula").hasMessageContaining("position 3");
    }

    @Test
    void anUndeclaredParameterIsNamed() {
        assertThatThrownBy(() -> read("{\"formula\": \"b * x\", \"parameters\": {\"a\": 1}}"))
                .isInstanceOf(JsonFormatException.class).hasMessageContaining("b");
    }
}
