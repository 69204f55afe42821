package org.activationlab.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.activationlab.model.ActivationSpec;
import org.activationlab.nn.NetworkSpec;
import org.activationlab.nn.ProblemType;
import org.activationlab.nn.Task;
import org.activationlab.nn.Trainer;
import org.activationlab.nn.TrainingConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The files {@code train} writes are byte-identical to those version 0.1.0 wrote for the same
 * arguments (kept under {@code fixtures/v0.1.0/train}), so scripts reading them keep working.
 */
class TrainFixturesTest {
    private static final String FIXTURES = "/org/activationlab/fixtures/v0.1.0/train/";

    @TempDir
    Path tmp;

    static Stream<Arguments> runs() {
        return Stream.of(
                Arguments.of("relu", List.of("--task", "xor", "--hidden", "4,3", "--activation", "relu", "--steps", "30",
                        "--seed", "3")),
                Arguments.of("maxout", List.of("--task", "circle", "--hidden", "3", "--activation", "maxout", "--param",
                        "k=3", "--steps", "20", "--seed", "5", "--optimizer", "adam", "--lr", "0.01")),
                Arguments.of("prelu", List.of("--task", "spiral", "--hidden", "5,5", "--activation", "prelu", "--param",
                        "alpha=0.1", "--steps", "20", "--seed", "2", "--batch", "16")),
                Arguments.of("tanh-sin", List.of("--task", "sin", "--hidden", "6", "--activation", "tanh", "--steps", "25",
                        "--seed", "7", "--l2", "0.001")));
    }

    static byte[] fixture(String name) throws IOException {
        try (InputStream in = TrainFixturesTest.class.getResourceAsStream(FIXTURES + name)) {
            assertThat(in).as(name).isNotNull();
            return in.readAllBytes();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("runs")
    void theFilesAreByteIdenticalToVersion010(String name, List<String> arguments) throws IOException {
        Path out = tmp.resolve(name);
        String[] args = Stream.concat(arguments.stream(), Stream.of("--out", out.toString())).toArray(String[]::new);

        TrainCommandTest.Result r = TrainCommandTest.train(args);

        assertThat(r.exit()).as(r.err()).isZero();
        for (String file : List.of("init.json", "final.json", "metrics.csv", "data.csv")) {
            assertThat(Files.readAllBytes(out.resolve(file))).as(name + "/" + file).isEqualTo(fixture(name + "/" + file));
        }
    }

    @Test
    void weightsOfLayersWithDifferentActivationsAreByteIdenticalToVersion010() throws IOException {
        NetworkSpec spec = new NetworkSpec(ProblemType.CLASSIFICATION, List.of(3, 2),
                List.of(ActivationSpec.of("tanh"), ActivationSpec.of("prelu", Map.of("alpha", 0.1))));
        Trainer trainer = new Trainer(TrainingConfig.defaults(spec), Task.XOR.split(20, 0, 0.1, 1));

        String json = org.activationlab.json.NetworkJson.write(trainer.snapshot().weights());

        assertThat(json.getBytes(java.nio.charset.StandardCharsets.UTF_8)).isEqualTo(fixture("mixed.json"));
    }
}
