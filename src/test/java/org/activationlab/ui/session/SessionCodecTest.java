package org.activationlab.ui.session;

import org.activationlab.ui.depth.DepthState;
import org.activationlab.model.ActivationSpec;
import org.activationlab.ui.gates.GatesState;
import org.activationlab.ui.json.FieldReader;
import org.activationlab.ui.json.JsonFormatException;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.activationlab.model.Catalogue;
import org.activationlab.nn.depth.BatchNormMode;
import org.activationlab.nn.depth.WeightInit;
import org.activationlab.nn.neuron.GateFunction;
import org.activationlab.ui.curves.CurvesState;
import org.activationlab.ui.neuron.LogicTarget;
import org.activationlab.ui.neuron.NeuronState;
import org.activationlab.ui.properties.PropertiesState;
import org.activationlab.ui.training.TrainingState;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each view's codec reads back what it writes, and refuses a bad value naming where it is, the
 * value and what is allowed (the model's own validation, reused).
 */
class SessionCodecTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    /** A valid saved state of each part, written by the codecs. */
    private static ObjectNode valid(String part) {
        return switch (part) {
            case "curves" -> CurvesJson.write(CurvesState.initial());
            case "training" -> TrainingJson.write(new TrainingJson.Saved(TrainingState.INITIAL, 0));
            case "neuron" -> NeuronJson.write(new NeuronState(ActivationSpec.of("sigmoid"), 20, 20, -30, LogicTarget.AND, 3,
                    ActivationSpec.of("tanh"), 1));
            case "depth" -> DepthJson.write(new DepthState(ActivationSpec.of("tanh"), WeightInit.NORMAL, 0.05,
                    30, 100, BatchNormMode.OFF, 1, 2, 30, 2000));
            case "gates" -> GatesJson.write(new GatesState(GateFunction.SIGMOID, 1, 1.5, 2));
            case "properties" -> PropertiesJson.write(new PropertiesState("", Optional.of("relu"),
                    Map.of("elu", ActivationSpec.of("elu").with("alpha", 0.5))));
            default -> throw new IllegalArgumentException(part);
        };
    }

    private static Object read(String part, JsonNode json) throws JsonFormatException {
        FieldReader fields = FieldReader.of(json, "/parts/" + part);
        return switch (part) {
            case "curves" -> CurvesJson.read(fields);
            case "training" -> TrainingJson.read(fields);
            case "neuron" -> NeuronJson.read(fields);
            case "depth" -> DepthJson.read(fields);
            case "gates" -> GatesJson.read(fields);
            case "properties" -> PropertiesJson.read(fields);
            default -> throw new IllegalArgumentException(part);
        };
    }

    /** {@code json} with the value at {@code path} (slash-separated field names and array indices) replaced. */
    private static ObjectNode with(ObjectNode json, String path, String value) throws Exception {
        ObjectNode copy = json.deepCopy();
        String[] steps = path.split("/");
        JsonNode parent = copy;
        for (int i = 0; i < steps.length - 1; i++) {
            parent = parent.isArray() ? parent.get(Integer.parseInt(steps[i])) : parent.get(steps[i]);
        }
        String last = steps[steps.length - 1];
        JsonNode replacement = value == null ? null : MAPPER.readTree(value);
        if (parent.isArray()) {
            ((ArrayNode) parent).set(Integer.parseInt(last), replacement);
        } else if (replacement == null) {
            ((ObjectNode) parent).remove(last);
        } else {
            ((ObjectNode) parent).set(last, replacement);
        }
        return copy;
    }

    @ParameterizedTest
    @MethodSource("parts")
    void everyPartReadsBackWhatItWrote(String part) throws Exception {
        ObjectNode written = valid(part);
        Object read = read(part, written);
        JsonNode rewritten = switch (part) {
            case "curves" -> CurvesJson.write((CurvesState) read);
            case "training" -> TrainingJson.write((TrainingJson.Saved) read);
            case "neuron" -> NeuronJson.write((NeuronState) read);
            case "depth" -> DepthJson.write((DepthState) read);
            case "gates" -> GatesJson.write((GatesState) read);
            default -> PropertiesJson.write((PropertiesState) read);
        };
        assertThat(rewritten).isEqualTo(written);
    }

    static Stream<String> parts() {
        return Stream.of("curves", "training", "neuron", "depth", "gates", "properties");
    }

    static Stream<Arguments> badValues() {
        return Stream.of(
                Arguments.of("training", "learningRate", "-0.1", "/parts/training: the learning rate must be a finite number > 0, got -0.1"),
                Arguments.of("training", "learningRate", "\"fast\"", "/parts/training/learningRate: expected a finite number, got the string \"fast\""),
                Arguments.of("training", "points", "5", "the number of points must be from 20 to 1000, got 5"),
                Arguments.of("training", "noise", "0.9", "the noise must be from 0 to 0.5, got 0.9"),
                Arguments.of("training", "testFraction", "1", "the test fraction must be from 0 to 0.9"),
                Arguments.of("training", "task", "\"donut\"", "/parts/training/task: unknown task 'donut'; choose one of"),
                Arguments.of("training", "optimizer", "\"rmsprop\"", "/parts/training/optimizer: unknown optimizer 'rmsprop'; choose one of gd, momentum, adam"),
                Arguments.of("training", "initializer", "\"uniform:-1\"", "/parts/training/initializer: uniform needs a finite number > 0, got -1"),
                Arguments.of("training", "layers", "[]", "a network needs 1 to 6 hidden layers, got 0"),
                Arguments.of("training", "layers/0/units", "17", "/parts/training/layers/0: a layer needs 1 to 16 units, got 17"),
                Arguments.of("training", "layers/0/activation/name", "\"relu7\"", "/parts/training/layers/0/activation/name: unknown activation \"relu7\"; known: identity"),
                Arguments.of("training", "layers/1/activation", "{\"name\":\"elu\",\"parameters\":{\"alpha\":\"x\"}}", "/parts/training/layers/1/activation/parameters/alpha: expected a finite number"),
                Arguments.of("training", "layers/1/activation", "{\"name\":\"celu\",\"parameters\":{\"alpha\":-1}}", "/parts/training/layers/1/activation/parameters: parameter 'alpha' of celu must be a finite number > 0, got -1"),
                Arguments.of("training", "layers/1/activation", "{\"name\":\"softplus\",\"parameters\":{\"beta\":4.9e-324}}", "/parts/training/layers/1/activation/parameters: parameter 'beta' of softplus must be a finite number >= 1.0E-280, got 4.9E-324"),
                Arguments.of("training", "layers/1/activation", "{\"name\":\"relu\",\"parameters\":{\"gain\":2}}", "/parts/training/layers/1/activation/parameters: relu has no parameter 'gain'; it takes none"),
                Arguments.of("training", "speed", "3", "the speed must be one of [1, 2, 5, 10, 20, 50, 100, 0]"),
                Arguments.of("training", "step", "-4", "the step must be a whole number >= 0, got -4"),
                Arguments.of("training", "step", "1000000000000", "/parts/training/step: expected a whole number from -2147483648 to 2147483647, got 1000000000000"),
                Arguments.of("training", "points", "1000000000000", "/parts/training/points: expected a whole number from -2147483648 to 2147483647, got 1000000000000"),
                Arguments.of("curves", "plotted/0/colour", "1000000000000", "/parts/curves/plotted/0/colour: expected a whole number from -2147483648 to 2147483647, got 1000000000000"),
                Arguments.of("training", "seed", "1e400", "/parts/training/seed: expected a whole number from -9223372036854775808 to 9223372036854775807, got "),
                Arguments.of("training", "seed", "1.5", "/parts/training/seed: expected a whole number from -9223372036854775808 to 9223372036854775807, got 1.5"),
                Arguments.of("training", "batchSize", null, "/parts/training/batchSize: missing"),
                Arguments.of("training", "l2", "-1", "the L2 coefficient must be a finite number >= 0"),
                Arguments.of("curves", "depth", "0", "/parts/curves: depth must be an integer from 1 to"),
                Arguments.of("curves", "x/from", "-100", "/parts/curves/x: the x range must lie within [-20, 20]"),
                Arguments.of("curves", "x/to", "-7", "/parts/curves/x: the x range must lie within"),
                Arguments.of("curves", "functionRange", "{\"min\":1,\"max\":0}", "/parts/curves/functionRange: a fixed y range must be finite with min < max, got [1.0, 0.0]"),
                Arguments.of("curves", "functionRange", "\"tight\"", "/parts/curves/functionRange: expected \"auto\" or {\"min\": number, \"max\": number}"),
                Arguments.of("curves", "saturation/epsilon", "0", "the saturation threshold must be a finite number > 0, got 0.0"),
                Arguments.of("curves", "panels", "{\"functions\":false,\"derivatives\":false}", "show the functions, the derivatives or both"),
                Arguments.of("curves", "plotted/0/name", "\"sigmoidal\"", "/parts/curves/plotted/0/name: unknown activation \"sigmoidal\""),
                Arguments.of("curves", "plotted/1/colour", "0", "/parts/curves/plotted/1/colour: must be a whole number >= 0 used by no other plotted function, got 0"),
                Arguments.of("curves", "functions/maxout", "{\"k\":9}", "/parts/curves/functions/maxout: parameter 'k' of maxout must be an integer from 1 to 8, got 9"),
                Arguments.of("curves", "functions/leaky_relu", "{\"slope\":null}", "/parts/curves/functions/leaky_relu/slope: missing"),
                Arguments.of("neuron", "w1", "41", "/parts/neuron: w1 must be a number from -40 to 40, got 41.0"),
                Arguments.of("neuron", "target", "\"xnor\"", "/parts/neuron/target: expected one of and, or, nand, not, xor, got the string \"xnor\""),
                Arguments.of("neuron", "collapse/layers", "7", "the collapse stack needs 1 to 6 layers, got 7"),
                Arguments.of("depth", "layers", "1", "/parts/depth: the number of layers must be an integer from 2 to 100, got 1"),
                Arguments.of("depth", "width", "501", "the width must be an integer from 10 to 500, got 501"),
                Arguments.of("depth", "init", "\"orthogonal\"", "/parts/depth/init: unknown initialiser 'orthogonal'"),
                Arguments.of("depth", "bornDead/trials", "50", "the born-dead trial count must be a whole number from 100 to 10000, got 50"),
                Arguments.of("depth", "batchNorm", "\"middle\"", "/parts/depth/batchNorm:"),
                Arguments.of("gates", "gatePreActivation", "7", "/parts/gates: the gate pre-activation must be a number from -6 to 6, got 7.0"),
                Arguments.of("gates", "gate", "\"softmax\"", "/parts/gates/gate: expected one of sigmoid, tanh, relu, got the string \"softmax\""),
                Arguments.of("properties", "selected", "\"relu9\"", "/parts/properties: unknown activation \"relu9\" selected"),
                Arguments.of("properties", "filter", "3", "/parts/properties/filter: expected a text in quotes, got 3"),
                Arguments.of("properties", "parameters/relu9", "{}",
                        "/parts/properties/parameters/relu9: unknown activation \"relu9\""),
                Arguments.of("properties", "parameters/elu/alpha", "\"big\"",
                        "/parts/properties/parameters/elu/alpha: expected a finite number"));
    }

    @ParameterizedTest
    @MethodSource("badValues")
    void aBadValueIsRefusedNamingItAndWhatIsAllowed(String part, String path, String value, String expected)
            throws Exception {
        ObjectNode json = with(valid(part), path, value);
        assertThatThrownBy(() -> read(part, json)).isInstanceOf(JsonFormatException.class)
                .hasMessageContaining(expected);
    }

    @Test
    void aPartThatIsNotAnObjectIsRefused() {
        assertThatThrownBy(() -> read("gates", MAPPER.getNodeFactory().textNode("sigmoid")))
                .hasMessage("/parts/gates: expected an object { ... }, got the string \"sigmoid\"");
    }

    @Test
    void aPropertiesPartOfVersion010WithoutParametersGivesEveryFunctionItsDefaults() throws Exception {
        ObjectNode json = (ObjectNode) MAPPER.readTree("{\"filter\": \"lu\", \"selected\": null}");

        assertThat(PropertiesJson.read(FieldReader.of(json, "/parts/properties")))
                .isEqualTo(new PropertiesState("lu", Optional.empty(), Map.of()));
    }

    @Test
    void aMatchedGatedNetworkKeepsTheWidthsItWasMatchedAgainstAndAFileWithoutThemHasNoMatchToKeep() throws Exception {
        TrainingState matched = TrainingState.INITIAL.withActivationEverywhere(ActivationSpec.of("swiglu")).matched();
        ObjectNode json = TrainingJson.write(new TrainingJson.Saved(matched, 0));
        assertThat(json.get("matchedFrom")).isEqualTo(MAPPER.readTree("[8, 8]"));
        FieldReader fields = FieldReader.of(json, "/parts/training");

        assertThat(TrainingJson.read(fields).state()).isEqualTo(matched);
        assertThat(TrainingJson.read(fields).state().matched()).isEqualTo(matched);
        json.remove("matchedFrom");
        assertThat(TrainingJson.read(fields).state().matchedFrom()).isEmpty();
        assertThat(TrainingJson.write(new TrainingJson.Saved(TrainingState.INITIAL, 0)).has("matchedFrom")).isFalse();
        assertThatThrownBy(() -> read("training", with(TrainingJson.write(new TrainingJson.Saved(matched, 0)),
                "matchedFrom", "[8, 7]"))).isInstanceOf(JsonFormatException.class)
                .hasMessage("/parts/training: matching the parameter count of the widths [8, 7] gives [5, 4], not the"
                        + " layers' [5, 5]");
    }

    @Test
    void functionsTheFileLeavesOutKeepTheirDefaultsAndMaxoutKeepsItsPieces() throws Exception {
        CurvesState state = CurvesState.initial()
                .withActivation(Catalogue.create("maxout", Map.of("k", 3.0, "w3", -1.0, "b3", 0.5)))
                .withPlotted("maxout", true);
        ObjectNode json = CurvesJson.write(state);
        ((ObjectNode) json.get("functions")).remove("prelu");
        CurvesState read = CurvesJson.read(FieldReader.of(json, "/parts/curves"));
        assertThat(read.activation("prelu").parameterValues()).isEqualTo(Catalogue.get("prelu").parameterValues());
        assertThat(read.activation("maxout").parameterValues()).isEqualTo(state.activation("maxout").parameterValues());
        assertThat(read.plotted()).isEqualTo(state.plotted());
    }
}
