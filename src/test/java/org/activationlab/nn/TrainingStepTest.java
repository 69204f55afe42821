package org.activationlab.nn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

import org.activationlab.model.ActivationSpec;
import org.activationlab.json.NetworkJson;
import org.junit.jupiter.api.Test;

/**
 * Checks whole training steps through the public API against an independent computation:
 * gradients by central differences of {@link ReferenceNetwork#loss} and the update rules as
 * PyTorch's optimisers state them.
 */
class TrainingStepTest {
    private static final double H = 1e-6;
    private static final double LR = 0.3;

    private final DataSplit data = Task.XOR.split(40, 0, 0.2, 3);
    private final NetworkSpec spec = NetworkSpec.of(ProblemType.CLASSIFICATION, ActivationSpec.of("tanh"), 4, 3);
    private final TrainingConfig config = TrainingConfig.defaults(spec).withLearningRate(LR).withBiasInit(0.1);

    @Test
    void recordedLossIsTheLossOfTheRecordedWeights() {
        Trainer trainer = new Trainer(config, data);
        for (int k = 0; k < 3; k++) {
            TrainingSnapshot s = trainer.snapshot();
            assertThat(s.loss()).isCloseTo(ReferenceNetwork.loss(s.weights(), data.train()), offset(1e-14));
            trainer.step();
        }
    }

    @Test
    void gradientDescentStepIsMinusLearningRateTimesTheNumericalGradient() {
        Trainer trainer = new Trainer(config, data);
        NetworkWeights before = trainer.snapshot().weights();
        trainer.step();
        double[] after = trainer.snapshot().weights().parameters();

        double[] p = before.parameters();
        double[] g = ReferenceNetwork.numericalGradient(before, data.train(), H);
        for (int k = 0; k < p.length; k++) {
            assertThat(after[k]).as("parameter %d", k).isCloseTo(p[k] - LR * g[k], offset(1e-9));
        }
    }

    @Test
    void momentumAddsTheDecayedPreviousStep() {
        double mu = 0.9;
        Trainer trainer = new Trainer(config.withOptimizer(OptimizerKind.MOMENTUM).withMomentum(mu), data);
        NetworkWeights w0 = trainer.snapshot().weights();
        trainer.step();
        NetworkWeights w1 = trainer.snapshot().weights();
        trainer.step();
        double[] w2 = trainer.snapshot().weights().parameters();

        double[] g0 = ReferenceNetwork.numericalGradient(w0, data.train(), H);
        double[] g1 = ReferenceNetwork.numericalGradient(w1, data.train(), H);
        double[] p0 = w0.parameters();
        double[] p1 = w1.parameters();
        for (int k = 0; k < p0.length; k++) {
            assertThat(p1[k]).isCloseTo(p0[k] - LR * g0[k], offset(1e-9));
            assertThat(w2[k]).isCloseTo(p1[k] - LR * (mu * g0[k] + g1[k]), offset(1e-9));
        }
    }

    @Test
    void adamFirstStepMovesByTheLearningRateInTheGradientsDirection() {
        double lr = 0.01;
        Trainer trainer = new Trainer(config.withOptimizer(OptimizerKind.ADAM).withLearningRate(lr), data);
        NetworkWeights w0 = trainer.snapshot().weights();
        trainer.step();
        double[] p1 = trainer.snapshot().weights().parameters();

        double[] g = ReferenceNetwork.numericalGradient(w0, data.train(), H);
        double[] p0 = w0.parameters();
        for (int k = 0; k < p0.length; k++) {
            // m1 = (1 - b1) g and v1 = (1 - b2) g^2, so the bias-corrected step is lr g / (|g| + eps)
            assertThat(p1[k]).isCloseTo(p0[k] - lr * g[k] / (Math.abs(g[k]) + Adam.EPSILON), offset(1e-7));
        }
    }

    @Test
    void adamSecondStepFollowsTheBiasCorrectedMoments() {
        double lr = 0.01;
        Trainer trainer = new Trainer(config.withOptimizer(OptimizerKind.ADAM).withLearningRate(lr), data);
        NetworkWeights w0 = trainer.snapshot().weights();
        trainer.step();
        NetworkWeights w1 = trainer.snapshot().weights();
        trainer.step();
        double[] p2 = trainer.snapshot().weights().parameters();

        double[] g0 = ReferenceNetwork.numericalGradient(w0, data.train(), H);
        double[] g1 = ReferenceNetwork.numericalGradient(w1, data.train(), H);
        double[] p1 = w1.parameters();
        for (int k = 0; k < p1.length; k++) {
            double m = 0.9 * 0.1 * g0[k] + 0.1 * g1[k];
            double v = 0.999 * 0.001 * g0[k] * g0[k] + 0.001 * g1[k] * g1[k];
            double mHat = m / (1 - 0.9 * 0.9);
            double vHat = v / (1 - 0.999 * 0.999);
            if (Math.abs(g0[k]) > 1e-4 && Math.abs(g1[k]) > 1e-4) {
                assertThat(p2[k]).as("parameter %d", k).isCloseTo(p1[k] - lr * mHat / (Math.sqrt(vHat) + 1e-8), offset(1e-8));
            }
        }
    }

    @Test
    void l2DecaysWeightsButNotBiases() {
        double l2 = 0.05;
        Trainer trainer = new Trainer(config.withRegularization(new Regularization(0, l2)), data);
        NetworkWeights w0 = trainer.snapshot().weights();
        trainer.step();
        NetworkWeights w1 = trainer.snapshot().weights();

        double[] g = ReferenceNetwork.numericalGradient(w0, data.train(), H);
        double[] p0 = w0.parameters();
        double[] p1 = w1.parameters();
        for (int l = 0; l < w0.layerCount(); l++) {
            LayerShape s = w0.layer(l);
            for (int k = s.weightOffset(); k < s.end(); k++) {
                boolean weight = k < s.biasOffset();
                double expected = p0[k] - LR * (g[k] + (weight ? l2 * p0[k] : 0));
                assertThat(p1[k]).as("layer %d parameter %d", l, k).isCloseTo(expected, offset(1e-9));
            }
        }
    }

    @Test
    void l1PullsWeightsTowardZeroBySign() {
        double l1 = 0.02;
        Trainer trainer = new Trainer(config.withRegularization(new Regularization(l1, 0)), data);
        NetworkWeights w0 = trainer.snapshot().weights();
        trainer.step();
        double[] p1 = trainer.snapshot().weights().parameters();

        double[] g = ReferenceNetwork.numericalGradient(w0, data.train(), H);
        double[] p0 = w0.parameters();
        for (int l = 0; l < w0.layerCount(); l++) {
            LayerShape s = w0.layer(l);
            for (int k = s.weightOffset(); k < s.end(); k++) {
                double penalty = k < s.biasOffset() ? l1 * Math.signum(p0[k]) : 0;
                assertThat(p1[k]).isCloseTo(p0[k] - LR * (g[k] + penalty), offset(1e-9));
            }
        }
    }

    @Test
    void preluAlphaIsLearnedFromItsGradient() {
        NetworkSpec prelu = NetworkSpec.of(ProblemType.CLASSIFICATION, ActivationSpec.of("prelu"), 4, 3);
        Trainer trainer = new Trainer(TrainingConfig.defaults(prelu).withLearningRate(LR), data);
        NetworkWeights w0 = trainer.snapshot().weights();
        trainer.step();
        NetworkWeights w1 = trainer.snapshot().weights();

        double[] g = ReferenceNetwork.numericalGradient(w0, data.train(), H);
        for (int l = 0; l < 2; l++) {
            assertThat(w0.alpha(l)).isEqualTo(0.25);
            int alpha = w0.layer(l).alphaOffset();
            assertThat(w1.alpha(l)).isCloseTo(0.25 - LR * g[alpha], offset(1e-9)).isNotEqualTo(0.25);
            assertThat(trainer.snapshot().layers().get(l).alpha()).isEqualTo(w1.alpha(l));
        }
    }

    @Test
    void learningRateChangesTakeEffectOnTheNextStep() {
        Trainer slow = new Trainer(config, data);
        Trainer fast = new Trainer(config, data);
        fast.setLearningRate(2 * LR);
        slow.step();
        fast.step();
        double[] p0 = new Trainer(config, data).snapshot().weights().parameters();
        double[] ps = slow.snapshot().weights().parameters();
        double[] pf = fast.snapshot().weights().parameters();
        for (int k = 0; k < p0.length; k++) {
            assertThat(pf[k] - p0[k]).isCloseTo(2 * (ps[k] - p0[k]), offset(1e-12));
        }
    }

    @Test
    void aBatchAsLargeAsTheTrainingSetIsFullBatch() {
        TrainingSnapshot full = runFor(config, 20);
        TrainingSnapshot batched = runFor(config.withBatchSize(data.train().size()), 20);
        assertThat(NetworkJson.write(batched.weights())).isEqualTo(NetworkJson.write(full.weights()));
    }

    @Test
    void miniBatchStepsUseTheBatchGradient() {
        TrainingConfig miniBatch = config.withBatchSize(8);
        Trainer trainer = new Trainer(miniBatch, data);
        trainer.run(12);
        TrainingSnapshot s = trainer.snapshot();
        assertThat(s.step()).isEqualTo(12);
        assertThat(s.loss()).isLessThan(s.history().loss(0));
        assertThat(NetworkJson.write(s.weights())).isNotEqualTo(NetworkJson.write(runFor(config, 12).weights()));
    }

    private TrainingSnapshot runFor(TrainingConfig c, int steps) {
        Trainer trainer = new Trainer(c, data);
        trainer.run(steps);
        return trainer.snapshot();
    }
}
