package org.activationlab.nn;

import static org.assertj.core.api.Assertions.assertThat;

import org.activationlab.model.ActivationSpec;
import org.junit.jupiter.api.Test;

/** The claims of the source text (sections 1 and 2) that a tiny network can show. */
class SourceTextClaimsTest {

    /** Section 2: z = -30 + 20 x1 + 20 x2 through a sigmoid computes AND. */
    @Test
    void theSigmoidNeuronWithBiasMinus30AndWeights20ComputesAnd() {
        NetworkSpec spec = NetworkSpec.of(ProblemType.CLASSIFICATION, ActivationSpec.of("identity"), 2);
        // the hidden identity layer passes x1, x2 through; the sigmoid output unit is the neuron
        double[] parameters = {1, 0, 0, 1, 0, 0, 20, 20, -30};
        NetworkWeights neuron = new NetworkWeights(spec, Layout.of(spec), parameters);

        double[] out = neuron.predict(new double[] {0, 0, 0, 1, 1, 0, 1, 1});

        assertThat(out[0]).isLessThan(1e-4);
        assertThat(out[1]).isLessThan(1e-4);
        assertThat(out[2]).isLessThan(1e-4);
        assertThat(out[3]).isGreaterThan(0.9999);
    }

    @Test
    void theAndNeuronAlreadyFitsTheAndTask() {
        NetworkSpec spec = NetworkSpec.of(ProblemType.CLASSIFICATION, ActivationSpec.of("identity"), 2);
        NetworkWeights neuron = new NetworkWeights(spec, Layout.of(spec), new double[] {1, 0, 0, 1, 0, 0, 20, 20, -30});
        DataSplit gate = Task.AND.split(100, 0, 0.05, 1);

        TrainingSnapshot s = Trainer.startingFrom(TrainingConfig.defaults(spec), gate, neuron).snapshot();

        assertThat(s.accuracy()).isEqualTo(1.0);
        assertThat(s.loss()).isLessThan(0.01);
    }

    /** Section 1: without a non-linearity any depth is one linear map, which cannot separate XOR. */
    @Test
    void identityCannotBeat80PercentOnXorWhileTanhReaches100() {
        DataSplit xor = Task.XOR.split(200, 0.2, 0.1, 1);
        TrainingSnapshot linear = train(xor, "identity");
        TrainingSnapshot tanh = train(xor, "tanh");

        for (int k = 0; k < linear.history().size(); k++) {
            assertThat(linear.history().accuracy(k)).as("identity accuracy at step %d", k).isLessThanOrEqualTo(0.8);
        }
        assertThat(tanh.accuracy()).isEqualTo(1.0);
        assertThat(tanh.testAccuracy()).isEqualTo(1.0);
    }

    private static TrainingSnapshot train(DataSplit data, String activation) {
        NetworkSpec spec = NetworkSpec.of(ProblemType.CLASSIFICATION, ActivationSpec.of(activation), 4, 4);
        Trainer trainer = new Trainer(TrainingConfig.defaults(spec).withLearningRate(0.5), data);
        trainer.run(500);
        return trainer.snapshot();
    }
}
