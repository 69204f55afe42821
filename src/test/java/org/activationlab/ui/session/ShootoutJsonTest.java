package org.activationlab.ui.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.activationlab.model.ActivationSpec;
import org.activationlab.nn.Initializer;
import org.activationlab.nn.OptimizerKind;
import org.activationlab.nn.Task;
import org.activationlab.ui.json.FieldReader;
import org.activationlab.ui.json.JsonFormatException;
import org.activationlab.ui.json.JsonText;
import org.activationlab.ui.shootout.ShootoutState;
import org.activationlab.ui.shootout.ShootoutViewModel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The "shootout" session part: the Shoot-out tab's settings, every kind of contender included. */
class ShootoutJsonTest {
    /** Every setting away from the initial one, with a parameterised function, a formula and a gated unit. */
    private static final ShootoutState CHANGED = new ShootoutState(
            List.of(ActivationSpec.of("leaky_relu", Map.of("slope", 0.2)),
                    ActivationSpec.formula("x * sigmoid(beta * x)", Map.of("beta", 1.5)), ActivationSpec.of("swiglu")),
            List.of(Task.CIRCLE, Task.SPIRAL), 3, 12, true, Optional.of(Initializer.lecunNormal()), OptimizerKind.ADAM,
            16, 500, 30, 0.03, List.of(0.01, 0.1, 1.0), true, ActivationSpec.of("swiglu"), 0.9);

    private static ShootoutState read(String json) throws JsonFormatException {
        return ShootoutJson.read(FieldReader.of(JsonText.parse(json), "/parts/shootout"));
    }

    @Test
    void everySettingRoundTrips() throws JsonFormatException {
        for (ShootoutState s : List.of(ShootoutState.INITIAL, CHANGED)) {
            assertThat(read(ShootoutJson.write(s).toString())).isEqualTo(s);
        }
        JsonNode written = ShootoutJson.write(CHANGED);
        assertThat(written.get("activations").get(1).get("formula").asText()).isEqualTo("x * sigmoid(beta * x)");
        assertThat(written.get("activations").get(2).get("name").asText()).isEqualTo("swiglu");
        assertThat(written.get("initializer").asText()).isEqualTo("lecun_normal");
        assertThat(ShootoutJson.write(ShootoutState.INITIAL).get("initializer").asText()).isEqualTo("default");
    }

    /** One field of the initial settings replaced by a bad value: the refusal names that field. */
    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(delimiter = ';', value = {
        "seeds; 101; /parts/shootout/seeds; 1 to 100",
        "steps; 0; /parts/shootout/steps; 1 to 20000",
        "layers; 5; /parts/shootout/layers; 1 to 4",
        "units; 2.5; /parts/shootout/units; whole number",
        "batch; -1; /parts/shootout/batch; >= 0",
        "learningRate; 0; /parts/shootout/learningRate; > 0",
        "targetAccuracy; 1.5; /parts/shootout/targetAccuracy; (0, 1]",
        "rateGrid; [0.1]; /parts/shootout/rateGrid; two or more",
        "rateGrid; [0.3, 0.1]; /parts/shootout/rateGrid/1; above the one before",
        "tasks; [\"circle\", \"nope\"]; /parts/shootout/tasks/1; nope",
        "tasks; [\"circle\", \"circle\"]; /parts/shootout/tasks/1; twice",
        "initializer; \"bogus\"; /parts/shootout/initializer; bogus",
        "optimizer; \"sgd2\"; /parts/shootout/optimizer; sgd2",
        "activations; [{\"name\": \"relu\"}, {\"name\": \"nope\"}]; /parts/shootout/activations/1/name; nope",
        "activations; [{\"name\": \"relu\"}, {\"name\": \"relu\"}]; /parts/shootout/activations/1; twice",
        "baseline; {\"name\": \"nope\"}; /parts/shootout/baseline/name; nope",
        "tuneRate; 1; /parts/shootout/tuneRate; ''",
    })
    void aBadValueIsRefusedByItsField(String field, String value, String pointer, String allowed)
            throws JsonFormatException {
        ObjectNode json = ShootoutJson.write(ShootoutState.INITIAL);
        json.set(field, JsonText.parse(value));
        assertThatThrownBy(() -> read(json.toString())).isInstanceOf(JsonFormatException.class)
                .hasMessageStartingWith(pointer).hasMessageContaining(allowed);
    }

    @Test
    void thePartSavesAndRestoresTheViewModel() throws JsonFormatException {
        ShootoutViewModel saved = new ShootoutViewModel(ShootoutState.INITIAL, s -> { });
        ShootoutViewModel opened = new ShootoutViewModel(ShootoutState.INITIAL, s -> { });
        try {
            saved.update(s -> CHANGED);
            SessionParts parts = new SessionParts();
            parts.register(ViewParts.shootout(saved));
            ObjectNode file = parts.save();

            SessionParts into = new SessionParts();
            into.register(ViewParts.shootout(opened));
            Map<String, JsonNode> byId = new LinkedHashMap<>();
            file.fields().forEachRemaining(e -> byId.put(e.getKey(), e.getValue()));
            into.prepare(new SessionDocument(1, "test", byId)).apply();
            assertThat(opened.getState()).isEqualTo(CHANGED);

            ShootoutViewModel untouched = opened;
            untouched.update(s -> ShootoutState.INITIAL);
            into.prepare(new SessionDocument(1, "test", Map.of())).apply();
            assertThat(untouched.getState()).as("a session from before the part keeps the tab as it is")
                    .isEqualTo(ShootoutState.INITIAL);
        } finally {
            saved.dispose();
            opened.dispose();
        }
    }
}
