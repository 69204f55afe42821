package org.activationlab.nn;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import org.activationlab.model.ActivationSpec;
import java.util.List;
import org.activationlab.json.NetworkJson;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The same seed gives the same data, weights and metrics, to the last bit; another seed does not. */
class DeterminismTest {

    @ParameterizedTest(name = "batch size {0}")
    @ValueSource(ints = {0, 16})
    void theSameSeedReproducesTheRunAndAnotherSeedChangesIt(int batch) throws IOException {
        String first = run(7, batch);
        assertThat(run(7, batch)).isEqualTo(first);
        assertThat(run(8, batch)).isNotEqualTo(first);
    }

    private static String run(long seed, int batch) throws IOException {
        DataSplit data = Task.SPIRAL.split(100, 0.2, 0.1, seed);
        NetworkSpec spec = NetworkSpec.of(ProblemType.CLASSIFICATION, ActivationSpec.of("prelu"), 5, 5);
        TrainingConfig config = TrainingConfig.defaults(spec).withSeed(seed).withBatchSize(batch)
                .withOptimizer(OptimizerKind.ADAM).withLearningRate(0.01);
        Trainer trainer = new Trainer(config, data);
        StringBuilder metrics = new StringBuilder();
        MetricsCsv.train(trainer, 100, List.of(), metrics);
        StringBuilder all = new StringBuilder(DataCsv.toCsv(data.train()));
        all.append(NetworkJson.write(trainer.snapshot().weights()));
        return all.append(metrics).toString();
    }
}
