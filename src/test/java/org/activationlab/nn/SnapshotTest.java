package org.activationlab.nn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.offset;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.activationlab.model.ActivationSpec;
import org.activationlab.json.NetworkJson;
import org.junit.jupiter.api.Test;

/** Snapshots are immutable and consistent, also while another thread keeps training. */
class SnapshotTest {
    private final NetworkSpec spec = NetworkSpec.of(ProblemType.CLASSIFICATION, ActivationSpec.of("tanh"), 6, 4);
    private final DataSplit data = Task.CIRCLE.split(60, 0.2, 0.1, 4);

    @Test
    void aSnapshotDoesNotChangeWhileTrainingGoesOnPastTheHistorysCapacity() {
        Trainer trainer = new Trainer(TrainingConfig.defaults(spec), data);
        trainer.run(5);
        TrainingSnapshot early = trainer.snapshot();
        String weights = NetworkJson.write(early.weights());
        List<Double> losses = new ArrayList<>();
        for (int k = 0; k <= 5; k++) {
            losses.add(early.history().loss(k));
        }

        trainer.run(1000);

        assertThat(early.step()).isEqualTo(5);
        assertThat(early.history().size()).isEqualTo(6);
        assertThat(NetworkJson.write(early.weights())).isEqualTo(weights);
        for (int k = 0; k <= 5; k++) {
            assertThat(early.history().loss(k)).isEqualTo(losses.get(k));
            assertThat(trainer.snapshot().history().loss(k)).isEqualTo(losses.get(k));
        }
        assertThatThrownBy(() -> early.history().loss(6)).isInstanceOf(IndexOutOfBoundsException.class)
                .hasMessage("step 6 is outside the steps kept in full, 0 to 5");
        assertThat(trainer.snapshot().history().size()).isEqualTo(1006);
    }

    @Test
    void snapshotWeightsAndMetricsBelongTogetherWhenReadFromAnotherThread() throws Exception {
        Trainer trainer = new Trainer(TrainingConfig.defaults(spec).withLearningRate(0.5), data);
        AtomicBoolean done = new AtomicBoolean();
        Thread background = new Thread(() -> {
            for (int k = 0; k < 3000; k++) {
                trainer.step();
                trainer.publish();
            }
            done.set(true);
        });
        background.start();
        int checked = 0;
        while (!done.get() || checked == 0) {
            TrainingSnapshot s = trainer.latest();
            assertThat(s.history().size()).isEqualTo(s.step() + 1);
            assertThat(s.loss()).isCloseTo(ReferenceNetwork.loss(s.weights(), data.train()), offset(1e-12));
            checked++;
        }
        background.join();
        assertThat(trainer.latest().step()).isEqualTo(3000);
        assertThat(checked).isPositive();
    }

    @Test
    void theInitialStateIsPublishedAtOnce() {
        Trainer trainer = new Trainer(TrainingConfig.defaults(spec), data);
        assertThat(trainer.latest().step()).isZero();
        assertThat(trainer.latest().status()).isEqualTo(TrainingStatus.RUNNING);
        trainer.step();
        assertThat(trainer.latest().step()).as("only publish() replaces it").isZero();
        assertThat(trainer.publish().step()).isEqualTo(1);
        assertThat(trainer.latest().step()).isEqualTo(1);
    }

    @Test
    void predictionsAndUnitOutputsFollowTheWeights() {
        Trainer trainer = new Trainer(TrainingConfig.defaults(spec), data);
        trainer.run(50);
        NetworkWeights w = trainer.snapshot().weights();
        double[] points = {0.1, -0.2, 0.9, 0.4, -0.5, -0.5};
        Dataset asData = new Dataset(ProblemType.CLASSIFICATION, points, new double[] {0, 1, 0});

        double[] p = w.predict(points);
        double[][][] hidden = w.hiddenOutputs(points);

        for (int i = 0; i < 3; i++) {
            double logit = ReferenceNetwork.output(w, asData, i);
            assertThat(p[i]).isCloseTo(1 / (1 + Math.exp(-logit)), offset(1e-15));
            double z = w.bias(0)[0] + w.weight(0, 0, 0) * points[2 * i] + w.weight(0, 0, 1) * points[2 * i + 1];
            assertThat(hidden[0][0][i]).isCloseTo(Math.tanh(z), offset(1e-15));
        }
        assertThat(hidden).hasNumberOfRows(2);
        assertThat(hidden[1]).hasNumberOfRows(4);
    }
}
