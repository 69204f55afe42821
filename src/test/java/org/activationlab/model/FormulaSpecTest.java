package org.activationlab.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.Map;
import org.activationlab.model.formula.FormulaActivation;
import org.activationlab.model.formula.FormulaException;
import org.junit.jupiter.api.Test;

/** A typed formula as the second kind of {@link ActivationSpec}. */
class FormulaSpecTest {

    private static Map<String, Double> params(Object... keyValues) {
        Map<String, Double> map = new LinkedHashMap<>();
        for (int i = 0; i < keyValues.length; i += 2) {
            map.put((String) keyValues[i], ((Number) keyValues[i + 1]).doubleValue());
        }
        return map;
    }

    @Test
    void aFormulaSpecIsNamedByItsTextAndKeepsItsParametersInOrder() {
        ActivationSpec spec = ActivationSpec.formula("  b * x + a ", params("b", 2, "a", 1));
        assertThat(spec).isInstanceOf(FormulaSpec.class);
        assertThat(spec.name()).isEqualTo("b * x + a");
        assertThat(spec.parameters().keySet()).containsExactly("b", "a");
        assertThat(spec.resolve().value(3)).isEqualTo(7);
        assertThat(spec.toString()).isEqualTo("b * x + a{b=2.0, a=1.0}");
    }

    @Test
    void equalByTextAndValuesAndChangedThroughWith() {
        ActivationSpec spec = ActivationSpec.formula("a * x", params("a", 2));
        assertThat(spec).isEqualTo(ActivationSpec.formula("a * x", params("a", 2)))
                .hasSameHashCodeAs(ActivationSpec.formula("a * x", params("a", 2)))
                .isNotEqualTo(ActivationSpec.formula("a * x", params("a", 3)))
                .isNotEqualTo(ActivationSpec.of("identity"));
        ActivationSpec changed = spec.with("a", 3);
        assertThat(changed).isEqualTo(ActivationSpec.formula("a * x", params("a", 3)));
        assertThat(changed.resolve().parameters().get(0).defaultValue()).isEqualTo(2);
        assertThat(ActivationSpec.of(changed.resolve())).isEqualTo(changed);
    }

    @Test
    void badFormulasAndBadParametersAreRefused() {
        assertThatThrownBy(() -> ActivationSpec.formula("x *", Map.of())).isInstanceOf(FormulaException.class);
        assertThatThrownBy(() -> ActivationSpec.formula("a * x", params("a", Double.NaN)))
                .isInstanceOf(InvalidParameterException.class).hasMessageContaining("'a'");
        assertThatThrownBy(() -> ActivationSpec.formula("a * x", params("a", 1)).with("b", 2))
                .isInstanceOf(InvalidParameterException.class)
                .hasMessage("the formula a * x has no parameter 'b'; it declares a");
    }

    @Test
    void aFormulaIsNamedByItselfWhereverADisplayNameIsShown() {
        FormulaActivation f = (FormulaActivation) ActivationSpec.formula("x * sigmoid(x)", Map.of()).resolve();
        assertThat(f.info().displayName()).isEqualTo("x * sigmoid(x)");
        assertThat(f.info().summary(java.util.Locale.ROOT)).isEqualTo("a formula you typed");
        assertThat(f.info().formulaText()).isEqualTo("f(x) = x * sigmoid(x)");
        assertThat(f.derivativeText()).isEqualTo("sigmoid(x) + x * (sigmoid(x) * (1 - sigmoid(x)))");
    }
}
