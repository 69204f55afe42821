package org.activationlab.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The third kind of ActivationSpec: a gated unit by name, resolving to its diagonal, without parameters. */
class GatedSpecTest {

    @ParameterizedTest
    @EnumSource(Gate.class)
    void aGatedUnitIsNamedLikeAnyActivationAndResolvesToItsDiagonal(Gate gate) {
        ActivationSpec spec = ActivationSpec.of(gate.unitName());
        assertThat(spec).isEqualTo(GatedSpec.of(gate)).isNotEqualTo(ActivationSpec.of("silu"));
        assertThat(((GatedSpec) spec).gate()).isEqualTo(gate);
        assertThat(spec.name()).isEqualTo(gate.unitName()).hasToString(gate.unitName());
        assertThat(spec.parameters()).isEmpty();
        assertThat(spec.with(Map.of())).isSameAs(spec);
        assertThat(spec.resolve().value(1.5)).isEqualTo(gate.value(1.5, 1.5));
        assertThat(ActivationSpec.of(spec.resolve())).as("the diagonal names its unit").isEqualTo(spec);
        assertThat(ActivationSpec.isKnownName(gate.unitName())).isTrue();
        assertThat(Catalogue.contains(gate.unitName())).as("the 31 element-wise functions stay as they are").isFalse();
    }

    @ParameterizedTest
    @EnumSource(Gate.class)
    void aGatedUnitTakesNoParameter(Gate gate) {
        ActivationSpec spec = GatedSpec.of(gate);
        assertThatThrownBy(() -> spec.with("beta", 2)).isInstanceOf(InvalidParameterException.class)
                .hasMessage(gate.unitName() + " has no parameter 'beta'; it takes none");
        assertThatThrownBy(() -> ActivationSpec.of(gate.unitName(), Map.of("alpha", 1.0)))
                .isInstanceOf(InvalidParameterException.class);
    }

    @ParameterizedTest
    @EnumSource(Gate.class)
    void anUnknownNameSuggestsTheClosestGatedUnitToo(Gate gate) {
        String typo = gate.unitName().substring(0, gate.unitName().length() - 1) + "x";
        assertThat(ActivationSpec.unknownLayerName(typo).suggestions()).contains(gate.unitName());
        assertThat(Catalogue.names()).hasSize(31);
    }
}
