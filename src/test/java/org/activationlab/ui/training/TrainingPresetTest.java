package org.activationlab.ui.training;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.activationlab.model.ActivationSpec;
import org.activationlab.nn.LayerDiagnostics;
import org.activationlab.nn.Trainer;
import org.activationlab.nn.TrainingSnapshot;
import org.activationlab.ui.Messages;
import org.activationlab.ui.training.TrainingState.Layer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Each scenario shows the effect its explanation names, with its fixed seed, measured with the engine. */
class TrainingPresetTest {

    private static TrainingSnapshot train(TrainingState setup, int steps) {
        Trainer t = new Trainer(setup.config(), setup.data());
        t.run(steps);
        return t.snapshot();
    }

    @ParameterizedTest
    @EnumSource(TrainingPreset.class)
    void everyScenarioHasANameAndAnExplanation(TrainingPreset preset) {
        assertThat(Messages.get(preset.textKey())).doesNotStartWith("<");
        assertThat(Messages.get(preset.explanationKey())).doesNotStartWith("<").hasSizeGreaterThan(40);
    }

    @Test
    void linearCannotLearnXorButReluCan() {
        TrainingState linear = TrainingPreset.LINEAR_XOR.apply(TrainingState.INITIAL);
        assertThat(train(linear, 1000).accuracy()).isLessThanOrEqualTo(0.55);
        TrainingState relu = linear.withLayer(0, new Layer(4, ActivationSpec.of("relu")));
        assertThat(train(relu, 50).accuracy()).isEqualTo(1.0);
    }

    @Test
    void twoTanhUnitsInOneHiddenLayerLearnXorWithinAHundredSteps() {
        TrainingState setup = TrainingPreset.HIDDEN_LAYER_XOR.apply(TrainingState.INITIAL);
        assertThat(setup.task()).isEqualTo(org.activationlab.nn.Task.XOR);
        assertThat(setup.layers()).containsExactly(new Layer(2, ActivationSpec.of("tanh")));
        assertThat(train(setup, 0).accuracy()).isLessThanOrEqualTo(0.5);
        TrainingSnapshot trained = train(setup, 100);
        assertThat(trained.accuracy()).isEqualTo(1.0);
        assertThat(trained.testAccuracy()).isEqualTo(1.0);
    }

    @Test
    void sigmoidWithLargeWeightsHasSaturatedUnitsInEveryLayerBeyondTheFirst() {
        TrainingSnapshot s = train(TrainingPreset.SIGMOID_SATURATES.apply(TrainingState.INITIAL), 0);
        List<LayerDiagnostics> layers = s.layers();
        assertThat(layers).hasSize(6);
        for (int l = 1; l < layers.size(); l++) {
            assertThat(layers.get(l).saturatedFraction()).as("layer %d", l + 1).isPositive();
        }
        assertThat(train(TrainingPreset.SIGMOID_SATURATES.apply(TrainingState.INITIAL), 50).layers().get(5).saturatedFraction()).isGreaterThanOrEqualTo(0.5);
    }

    @Test
    void highLearningRateKillsMostReluUnitsWithinFiftyStepsAndAccuracyStalls() {
        TrainingSnapshot s = train(TrainingPreset.DYING_RELU_LEARNING_RATE.apply(TrainingState.INITIAL), 50);
        assertThat(s.layers().get(0).deadFraction()).isGreaterThanOrEqualTo(0.75);
        assertThat(s.layers().get(1).deadFraction()).isGreaterThanOrEqualTo(0.5);
        assertThat(train(TrainingPreset.DYING_RELU_LEARNING_RATE.apply(TrainingState.INITIAL), 1000).accuracy()).isLessThan(0.75);
    }

    @Test
    void negativeBiasKillsEveryReluUnitFromTheStart() {
        TrainingSnapshot s = train(TrainingPreset.DYING_RELU_BIAS.apply(TrainingState.INITIAL), 200);
        s.layers().forEach(l -> assertThat(l.deadFraction()).isEqualTo(1.0));
        assertThat(s.accuracy()).isLessThanOrEqualTo(0.55);
        s.layers().forEach(l -> l.units().forEach(u -> assertThat(u.deathStep()).isZero()));
    }

    @Test
    void leakyReluAndPreluKeepEveryUnitAliveAtAHighLearningRate() {
        TrainingState setup = TrainingPreset.LEAKY_KEEPS_ALIVE.apply(TrainingState.INITIAL);
        Trainer t = new Trainer(setup.config(), setup.data());
        for (int k = 0; k < 500; k++) {
            t.step();
            t.snapshot().layers().forEach(l -> assertThat(l.deadFraction()).isZero());
        }
        TrainingSnapshot s = t.snapshot();
        assertThat(s.accuracy()).isGreaterThanOrEqualTo(0.95);
        assertThat(s.layers().get(1).alpha()).isNotEqualTo(0.25);
        TrainingSnapshot relu = train(setup.withActivationEverywhere(ActivationSpec.of("relu")), 100);
        assertThat(relu.layers().get(0).deadFraction()).isPositive();
    }

    @Test
    void reluIsFarAheadOfTanhAtStepTwoHundred() {
        TrainingState relu = TrainingPreset.RELU_FASTER_THAN_TANH.apply(TrainingState.INITIAL);
        TrainingState tanh = relu.withActivationEverywhere(ActivationSpec.of("tanh"));
        double reluLoss = train(relu, 200).loss();
        double tanhLoss = train(tanh, 200).loss();
        assertThat(reluLoss).isBetween(0.15, 0.21);
        assertThat(tanhLoss).isBetween(0.6, 0.66);
    }

    @Test
    void seluTrainsTheDeepNarrowNetWhereSigmoidStalls() {
        TrainingState selu = TrainingPreset.SELU_DEEP_NARROW.apply(TrainingState.INITIAL);
        assertThat(train(selu, 1000).accuracy()).isGreaterThanOrEqualTo(0.95);
        TrainingState sigmoid = selu.withActivationEverywhere(ActivationSpec.of("sigmoid"));
        assertThat(train(sigmoid, 1000).accuracy()).isBetween(0.4, 0.6);
    }
}
