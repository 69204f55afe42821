package org.activationlab.ui.properties;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.Optional;
import org.activationlab.model.ActivationSpec;
import org.activationlab.model.Catalogue;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** The Properties tab's state: its checks and the functions that make the next state. */
class PropertiesStateTest {
    private static final PropertiesState START = PropertiesState.INITIAL;

    @ParameterizedTest(name = "\"{0}\" selects {1}")
    @CsvSource(nullValues = "NULL", value = {"elu, elu", "relu9, NULL", "NULL, NULL", "'', NULL"})
    void selectingAnUnknownNameSelectsNone(String name, String selected) {
        assertThat(START.withSelected("tanh").withSelected(name).selected()).isEqualTo(Optional.ofNullable(selected));
    }

    @Test
    void parametersAreKeptPerFunctionAndTheOthersKeepTheirDefaults() {
        ActivationSpec elu = ActivationSpec.of("elu").with("alpha", 0.5);
        PropertiesState edited = START.withParameters(elu).withFilter("lu").withSelected("elu");

        assertThat(edited.parameters()).containsExactly(Map.entry("elu", elu));
        assertThat(edited.activation("elu").parameterValues()).containsEntry("alpha", 0.5);
        assertThat(edited.activation("celu")).isEqualTo(Catalogue.get("celu"));
        assertThat(edited.withParameters(elu)).isEqualTo(edited);
        assertThat(edited.withParameters(ActivationSpec.of("elu")).activation("elu").parameterValues())
                .containsEntry("alpha", 1.0);
    }

    @Test
    void aStateRefusesAnUnknownSelectionAndParametersFiledUnderAnotherName() {
        assertThatThrownBy(() -> new PropertiesState("", Optional.of("relu9"), Map.of()))
                .hasMessageStartingWith("unknown activation \"relu9\" selected; known: identity, step,");
        assertThatThrownBy(() -> new PropertiesState("", Optional.empty(), Map.of("elu", ActivationSpec.of("celu"))))
                .hasMessage("the parameters of elu name another function: celu");
    }
}
