package org.activationlab.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ActivationSpecTest {

    @Test
    void aNameAloneHasEveryParameterAtItsDefaultInCanonicalOrder() {
        assertThat(ActivationSpec.of("relu").parameters()).isEmpty();
        assertThat(ActivationSpec.of("elu").parameters()).containsExactly(Map.entry("alpha", 1.0));
        assertThat(ActivationSpec.of("maxout").parameters().keySet()).containsExactly("k", "w1", "b1", "w2", "b2");
    }

    @Test
    void parametersComeOutInTheFunctionsOrderWhateverOrderTheyWereGivenIn() {
        Map<String, Double> given = new LinkedHashMap<>();
        given.put("b3", 0.5);
        given.put("w3", -1.0);
        given.put("k", 3.0);
        ActivationSpec spec = ActivationSpec.of("maxout", given);
        assertThat(spec.parameters().keySet()).containsExactly("k", "w1", "b1", "w2", "b2", "w3", "b3");
        assertThat(spec.parameters()).containsEntry("w3", -1.0).containsEntry("b3", 0.5);
    }

    @Test
    void equalWhenNamesAndAllValuesAreEqual() {
        ActivationSpec a = ActivationSpec.of("leaky_relu", Map.of("slope", 0.2));
        ActivationSpec b = ActivationSpec.of("leaky_relu").with("slope", 0.2);
        assertThat(a).isEqualTo(b).hasSameHashCodeAs(b);
        assertThat(ActivationSpec.of("leaky_relu")).isEqualTo(ActivationSpec.of("leaky_relu", Map.of("slope", 0.01)));
        assertThat(a).isNotEqualTo(ActivationSpec.of("leaky_relu"));
        assertThat(ActivationSpec.of("elu")).isNotEqualTo(ActivationSpec.of("celu"));
        assertThat(ActivationSpec.of("elu", Map.of("alpha", 0.0)))
                .isNotEqualTo(ActivationSpec.of("elu", Map.of("alpha", -0.0)));
    }

    @Test
    void theSpecOfAnActivationNamesItWithItsValues() {
        Activation swish = Catalogue.get("swish").with("beta", 2);
        ActivationSpec spec = ActivationSpec.of(swish);
        assertThat(spec).isEqualTo(ActivationSpec.of("swish", Map.of("beta", 2.0)));
        assertThat(spec.toString()).isEqualTo("swish{beta=2.0}");
        assertThat(ActivationSpec.of("tanh").toString()).isEqualTo("tanh");
    }

    @Test
    void resolvesToTheFunctionWithItsValues() {
        Activation f = ActivationSpec.of("softplus", Map.of("beta", 3.0)).resolve();
        assertThat(f.name()).isEqualTo("softplus");
        assertThat(f.value(0.5)).isEqualTo(Catalogue.get("softplus").with("beta", 3).value(0.5));
    }

    @Test
    void isImmutable() {
        ActivationSpec spec = ActivationSpec.of("elu");
        ActivationSpec changed = spec.with("alpha", 2);
        assertThat(spec.parameters()).containsEntry("alpha", 1.0);
        assertThat(changed.parameters()).containsEntry("alpha", 2.0);
        assertThatThrownBy(() -> spec.parameters().put("alpha", 3.0)).isInstanceOf(UnsupportedOperationException.class);
    }

    @ParameterizedTest(name = "{0} with {1} = {2} is refused: {3}")
    @CsvSource(delimiter = '|', value = {
            "celu|alpha|0|alpha",
            "softplus|beta|0|beta",
            "maxout|k|9|k",
            "maxout|k|1.5|k",
            "leaky_relu|slope|NaN|slope",
            "relu|alpha|1|alpha",
            "elu|beta|1|beta"})
    void valuesAreCheckedByTheFunctionsOwnDomains(String name, String key, double value, String named) {
        assertThatThrownBy(() -> ActivationSpec.of(name, Map.of(key, value)))
                .isInstanceOf(InvalidParameterException.class).hasMessageContaining(named).hasMessageContaining(name);
        assertThatThrownBy(() -> ActivationSpec.of(name).with(key, value)).isInstanceOf(InvalidParameterException.class);
    }

    @Test
    void anUnknownNameSuggestsTheClosestOnes() {
        assertThatThrownBy(() -> ActivationSpec.of("rleu"))
                .isInstanceOfSatisfying(UnknownActivationException.class,
                        e -> assertThat(e.suggestions()).contains("relu"));
    }

    @Property
    void aSpecRebuiltFromItsNameAndParametersIsEqual(@ForAll("specs") ActivationSpec spec) {
        ActivationSpec again = ActivationSpec.of(spec.name(), spec.parameters());
        assertThat(again).isEqualTo(spec).hasSameHashCodeAs(spec);
        assertThat(again.parameters().keySet()).containsExactlyElementsOf(spec.parameters().keySet());
        assertThat(ActivationSpec.of(spec.resolve())).isEqualTo(spec);
    }

    /** Whether the value passes the checks that involve other parameters too (rrelu: lower <= upper). */
    private static boolean accepts(String name, String key, double value) {
        try {
            Catalogue.create(name, Map.of(key, value));
            return true;
        } catch (InvalidParameterException e) {
            return false;
        }
    }

    @Provide
    Arbitrary<ActivationSpec> specs() {
        return Arbitraries.of(Catalogue.names()).flatMap(name -> {
            List<Parameter> parameters = Catalogue.get(name).parameters();
            if (parameters.isEmpty()) {
                return Arbitraries.just(ActivationSpec.of(name));
            }
            Parameter first = parameters.get(0);
            return Arbitraries.doubles().between(first.sliderMin(), first.sliderMax())
                    .map(v -> first.domain().contains(v) ? v : first.defaultValue())
                    .map(v -> first.key().equals("k") ? (double) Math.round(v) : v)
                    .filter(v -> accepts(name, first.key(), v))
                    .map(v -> ActivationSpec.of(name, Map.of(first.key(), v)));
        });
    }
}
