package org.activationlab.nn;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import org.activationlab.model.ActivationSpec;
import java.util.List;
import org.junit.jupiter.api.Test;

class MetricsCsvTest {

    private static String[] lines(NetworkSpec spec, DataSplit data, int steps) throws IOException {
        Trainer trainer = new Trainer(TrainingConfig.defaults(spec), data);
        StringBuilder sb = new StringBuilder();
        MetricsCsv.train(trainer, steps, List.of(), sb);
        return sb.toString().split("\n", -1);
    }

    @Test
    void classificationHeaderAndOneRowPerStepIncludingStepZero() throws IOException {
        NetworkSpec spec = NetworkSpec.of(ProblemType.CLASSIFICATION, ActivationSpec.of("prelu"), 3, 2);

        String[] lines = lines(spec, Task.XOR.split(40, 0.25, 0.1, 1), 5);

        assertThat(lines[0]).isEqualTo("step,loss,accuracy,test_loss,test_accuracy,"
                + "layer1_dead,layer1_saturated,layer1_preact_mean,layer1_preact_std,layer1_grad_norm,layer1_update_ratio,layer1_alpha,"
                + "layer2_dead,layer2_saturated,layer2_preact_mean,layer2_preact_std,layer2_grad_norm,layer2_update_ratio,layer2_alpha,"
                + "output_grad_norm,output_update_ratio");
        assertThat(lines).hasSize(1 + 6 + 1);
        assertThat(lines[7]).isEmpty();
        for (int k = 0; k <= 5; k++) {
            String[] fields = lines[k + 1].split(",");
            assertThat(fields).hasSize(21);
            assertThat(fields[0]).isEqualTo(Integer.toString(k));
        }
        assertThat(lines[1].split(",")[10]).as("no update before step 1").isEqualTo("NaN");
        assertThat(lines[1].split(",")[11]).isEqualTo("0.25");
    }

    @Test
    void regressionHasNoAccuracyColumnsAndNoAlphaForOtherActivations() throws IOException {
        NetworkSpec spec = NetworkSpec.of(ProblemType.REGRESSION, ActivationSpec.of("tanh"), 2);

        String[] lines = lines(spec, Task.SIN.split(20, 0, 0.1, 1), 2);

        assertThat(lines[0]).isEqualTo("step,loss,test_loss,layer1_dead,layer1_saturated,layer1_preact_mean,"
                + "layer1_preact_std,layer1_grad_norm,layer1_update_ratio,output_grad_norm,output_update_ratio");
        assertThat(lines[1].split(",")[2]).as("no test points").isEqualTo("NaN");
    }

    @Test
    void lossesAreWrittenSoThatTheyReadBackExactly() throws IOException {
        NetworkSpec spec = NetworkSpec.of(ProblemType.CLASSIFICATION, ActivationSpec.of("tanh"), 3);
        DataSplit data = Task.MOONS.split(30, 0, 0.1, 1);
        Trainer trainer = new Trainer(TrainingConfig.defaults(spec), data);
        StringBuilder sb = new StringBuilder();
        MetricsCsv.train(trainer, 3, List.of(), sb);

        String[] lines = sb.toString().split("\n");
        for (int k = 0; k <= 3; k++) {
            assertThat(Double.parseDouble(lines[k + 1].split(",")[1])).isEqualTo(trainer.snapshot().history().loss(k));
        }
    }
}
