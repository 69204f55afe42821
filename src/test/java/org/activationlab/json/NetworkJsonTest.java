package org.activationlab.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;
import org.activationlab.model.ActivationSpec;
import org.activationlab.nn.NetworkSpec;
import org.activationlab.nn.NetworkWeights;
import org.activationlab.nn.ProblemType;
import org.activationlab.nn.Task;
import org.activationlab.nn.TestWeights;
import org.activationlab.nn.Trainer;
import org.activationlab.nn.TrainingConfig;
import org.activationlab.nn.TrainingSnapshot;
import org.junit.jupiter.api.Test;

/** The weights JSON of the {@code train} command, checked with an independent JSON parser. */
class NetworkJsonTest {
    private final ObjectMapper mapper = new ObjectMapper();

    private TrainingSnapshot snapshot(NetworkSpec spec) {
        return new Trainer(TrainingConfig.defaults(spec), Task.XOR.split(20, 0, 0.1, 1)).snapshot();
    }

    @Test
    void reluLayoutIsWeightsOutByInAndBiasPerLayerWithTheOutputLast() throws Exception {
        NetworkWeights w = snapshot(NetworkSpec.of(ProblemType.CLASSIFICATION, ActivationSpec.of("relu"), 4, 3)).weights();

        JsonNode json = mapper.readTree(NetworkJson.write(w));

        assertThat(json.get("activation").toString()).isEqualTo("{\"name\":\"relu\",\"params\":{}}");
        JsonNode layers = json.get("layers");
        assertThat(layers).hasSize(3);
        int[][] shapes = {{4, 2}, {3, 4}, {1, 3}};
        for (int l = 0; l < 3; l++) {
            JsonNode layer = layers.get(l);
            assertThat(layer.get("weights")).hasSize(shapes[l][0]);
            assertThat(layer.get("bias")).hasSize(shapes[l][0]);
            assertThat(layer.has("alpha")).isFalse();
            for (int r = 0; r < shapes[l][0]; r++) {
                assertThat(layer.get("weights").get(r)).hasSize(shapes[l][1]);
                for (int m = 0; m < shapes[l][1]; m++) {
                    assertThat(layer.get("weights").get(r).get(m).doubleValue()).isEqualTo(w.weight(l, r, m));
                }
            }
        }
    }

    /** Written and read back with a plain JSON parser: 2u rows per gated layer, a rows first, every number exact. */
    @Test
    void aGatedLayerWritesItsTwoURowsARowsFirstAndReadsBackExactly() throws Exception {
        NetworkSpec spec = NetworkSpec.of(ProblemType.CLASSIFICATION, ActivationSpec.of("geglu"), 3, 2);
        NetworkWeights w = snapshot(spec).weights();

        JsonNode json = mapper.readTree(NetworkJson.write(w));

        assertThat(json.get("activation").toString()).isEqualTo("{\"name\":\"geglu\",\"params\":{}}");
        JsonNode layers = json.get("layers");
        int[][] shapes = {{6, 2}, {4, 3}, {1, 2}};
        double[] flat = new double[w.layer(2).end()];
        int k = 0;
        for (int l = 0; l < 3; l++) {
            JsonNode layer = layers.get(l);
            assertThat(layer.get("weights")).hasSize(shapes[l][0]);
            assertThat(layer.get("bias")).hasSize(shapes[l][0]);
            assertThat(layer.has("activation")).isFalse();
            for (int r = 0; r < shapes[l][0]; r++) {
                for (int m = 0; m < shapes[l][1]; m++) {
                    flat[k++] = layer.get("weights").get(r).get(m).doubleValue();
                }
            }
            for (int r = 0; r < shapes[l][0]; r++) {
                flat[k++] = layer.get("bias").get(r).doubleValue();
            }
        }
        NetworkWeights read = TestWeights.of(spec, flat);
        for (int l = 0; l < 3; l++) {
            assertThat(read.weights(l)).isEqualTo(w.weights(l));
            assertThat(read.bias(l)).isEqualTo(w.bias(l));
        }
        assertThat(w.layer(0).row(2, 1)).as("b of unit 3 is row 5").isEqualTo(5);
        assertThat(read.predict(new double[] {0.3, -0.7})).isEqualTo(w.predict(new double[] {0.3, -0.7}));
    }

    @Test
    void preluLayersCarryTheirAlphaAndParamsListTheFunctionsParameters() throws Exception {
        NetworkSpec spec = NetworkSpec.of(ProblemType.CLASSIFICATION, ActivationSpec.of("prelu", Map.of("alpha", 0.1)), 2, 2);

        JsonNode json = mapper.readTree(NetworkJson.write(snapshot(spec).weights()));

        assertThat(json.get("activation").toString()).isEqualTo("{\"name\":\"prelu\",\"params\":{\"alpha\":0.1}}");
        assertThat(json.get("layers").get(0).get("alpha").doubleValue()).isEqualTo(0.1);
        assertThat(json.get("layers").get(1).get("alpha").doubleValue()).isEqualTo(0.1);
        assertThat(json.get("layers").get(2).has("alpha")).isFalse();
    }

    @Test
    void maxoutLayersHaveKRowsPerUnitAndOnlyKAsParameter() throws Exception {
        NetworkSpec spec = NetworkSpec.of(ProblemType.REGRESSION, ActivationSpec.of("maxout", Map.of("k", 3.0)), 2);

        JsonNode json = mapper.readTree(NetworkJson.write(snapshot(spec, Task.SIN).weights()));

        assertThat(json.get("activation").toString()).isEqualTo("{\"name\":\"maxout\",\"params\":{\"k\":3.0}}");
        assertThat(json.get("layers").get(0).get("pieces").intValue()).isEqualTo(3);
        assertThat(json.get("layers").get(0).get("weights")).hasSize(6);
        assertThat(json.get("layers").get(0).get("weights").get(0)).hasSize(1);
        assertThat(json.get("layers").get(1).get("weights").get(0)).hasSize(2);
    }

    private TrainingSnapshot snapshot(NetworkSpec spec, Task task) {
        return new Trainer(TrainingConfig.defaults(spec), task.split(20, 0, 0.1, 1)).snapshot();
    }

    @Test
    void mixedActivationsAreWrittenPerLayer() throws Exception {
        NetworkSpec spec = new NetworkSpec(ProblemType.CLASSIFICATION, List.of(3, 2),
                List.of(ActivationSpec.of("tanh"), ActivationSpec.of("leaky_relu", Map.of("slope", 0.2))));

        JsonNode json = mapper.readTree(NetworkJson.write(snapshot(spec).weights()));

        assertThat(json.get("activation").get("name").asText()).isEqualTo("tanh");
        assertThat(json.get("layers").get(0).get("activation").get("name").asText()).isEqualTo("tanh");
        assertThat(json.get("layers").get(1).get("activation").toString())
                .isEqualTo("{\"name\":\"leaky_relu\",\"params\":{\"slope\":0.2}}");
        assertThat(json.get("layers").get(2).has("activation")).isFalse();
    }

    @Test
    void nonFiniteNumbersBecomeNullSoTheFileStaysValidJson() throws Exception {
        NetworkSpec spec = NetworkSpec.of(ProblemType.REGRESSION, ActivationSpec.of("identity"), 1);
        NetworkWeights w = TestWeights.of(spec, Double.NaN, 1, Double.POSITIVE_INFINITY, 0);

        JsonNode json = mapper.readTree(NetworkJson.write(w));

        assertThat(json.get("layers").get(0).get("weights").get(0).get(0).isNull()).isTrue();
        assertThat(json.get("layers").get(1).get("weights").get(0).get(0).isNull()).isTrue();
        assertThat(json.get("layers").get(1).get("bias").get(0).doubleValue()).isZero();
    }

    @Test
    void writesDoublesThatRoundTrip() {
        NetworkSpec spec = NetworkSpec.of(ProblemType.REGRESSION, ActivationSpec.of("identity"), 1);
        NetworkWeights w = TestWeights.of(spec, 0.1, -1e-300, 1.0 / 3, 2);

        assertThat(NetworkJson.write(w)).isEqualTo("{\"activation\":{\"name\":\"identity\",\"params\":{}},\"layers\":[\n"
                + "{\"weights\":[[0.1]],\"bias\":[-1.0E-300]},\n"
                + "{\"weights\":[[0.3333333333333333]],\"bias\":[2.0]}\n"
                + "]}\n");
    }
}
