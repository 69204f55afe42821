package org.activationlab.ui.training;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.activationlab.model.Catalogue;
import org.activationlab.nn.LayerDiagnostics;
import org.activationlab.nn.Trainer;
import org.activationlab.nn.TrainingSnapshot;
import org.activationlab.ui.Messages;
import org.activationlab.ui.training.TrainingSetup.Layer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Each scenario shows the effect its explanation names, with its fixed seed, measured with the engine. */
class TrainingPresetTest {

    private static TrainingSnapshot train(TrainingSetup setup, int steps) {
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
        TrainingSetup linear = TrainingPreset.LINEAR_XOR.setup();
        assertThat(train(linear, 1000).accuracy()).isLessThanOrEqualTo(0.55);
        TrainingSetup relu = linear.withLayer(0, new Layer(4, Catalogue.get("relu")));
        assertThat(train(relu, 50).accuracy()).isEqualTo(1.0);
    }

    @Test
    void twoTanhUnitsInOneHiddenLayerLearnXorWithinAHundredSteps() {
        TrainingSetup setup = TrainingPreset.HIDDEN_LAYER_XOR.setup();
        assertThat(setup.task()).isEqualTo(org.activationlab.nn.Task.XOR);
        assertThat(setup.layers()).containsExactly(new Layer(2, Catalogue.get("tanh")));
        assertThat(train(setup, 0).accuracy()).isLessThanOrEqualTo(0.5);
        TrainingSnapshot trained = train(setup, 100);
        assertThat(trained.accuracy()).isEqualTo(1.0);
        assertThat(trained.testAccuracy()).isEqualTo(1.0);
    }

    @Test
    void sigmoidWithLargeWeightsHasSaturatedUnitsInEveryLayerBeyondTheFirst() {
        TrainingSnapshot s = train(TrainingPreset.SIGMOID_SATURATES.setup(), 0);
        List<LayerDiagnostics> layers = s.layers();
        assertThat(layers).hasSize(6);
        for (int l = 1; l < layers.size(); l++) {
            assertThat(layers.get(l).saturatedFraction()).as("layer %d", l + 1).isPositive();
        }
        assertThat(train(TrainingPreset.SIGMOID_SATURATES.setup(), 50).layers().get(5).saturatedFraction()).isGreaterThanOrEqualTo(0.5);
    }

    @Test
    void highLearningRateKillsMostReluUnitsWithinFiftyStepsAndAccuracyStalls() {
        TrainingSnapshot s = train(TrainingPreset.DYING_RELU_LEARNING_RATE.setup(), 50);
        assertThat(s.layers().get(0).deadFraction()).isGreaterThanOrEqualTo(0.75);
        assertThat(s.layers().get(1).deadFraction()).isGreaterThanOrEqualTo(0.5);
        assertThat(train(TrainingPreset.DYING_RELU_LEARNING_RATE.setup(), 1000).accuracy()).isLessThan(0.75);
    }

    @Test
    void negativeBiasKillsEveryReluUnitFromTheStart() {
        TrainingSnapshot s = train(TrainingPreset.DYING_RELU_BIAS.setup(), 200);
        s.layers().forEach(l -> assertThat(l.deadFraction()).isEqualTo(1.0));
        assertThat(s.accuracy()).isLessThanOrEqualTo(0.55);
        s.layers().forEach(l -> l.units().forEach(u -> assertThat(u.deathStep()).isZero()));
    }

    @Test
    void leakyReluAndPreluKeepEveryUnitAliveAtAHighLearningRate() {
        TrainingSetup setup = TrainingPreset.LEAKY_KEEPS_ALIVE.setup();
        Trainer t = new Trainer(setup.config(), setup.data());
        for (int k = 0; k < 500; k++) {
            t.step();
            t.snapshot().layers().forEach(l -> assertThat(l.deadFraction()).isZero());
        }
        TrainingSnapshot s = t.snapshot();
        assertThat(s.accuracy()).isGreaterThanOrEqualTo(0.95);
        assertThat(s.layers().get(1).alpha()).isNotEqualTo(0.25);
        TrainingSnapshot relu = train(setup.withLayers(List.of(new Layer(8, Catalogue.get("relu")),
                new Layer(8, Catalogue.get("relu")))), 100);
        assertThat(relu.layers().get(0).deadFraction()).isPositive();
    }

    @Test
    void reluIsFarAheadOfTanhAtStepTwoHundred() {
        TrainingSetup relu = TrainingPreset.RELU_FASTER_THAN_TANH.setup();
        TrainingSetup tanh = relu.withLayers(List.of(new Layer(8, Catalogue.get("tanh")), new Layer(8, Catalogue.get("tanh"))));
        double reluLoss = train(relu, 200).loss();
        double tanhLoss = train(tanh, 200).loss();
        assertThat(reluLoss).isBetween(0.15, 0.21);
        assertThat(tanhLoss).isBetween(0.6, 0.66);
    }

    @Test
    void seluTrainsTheDeepNarrowNetWhereSigmoidStalls() {
        TrainingSetup selu = TrainingPreset.SELU_DEEP_NARROW.setup();
        assertThat(train(selu, 1000).accuracy()).isGreaterThanOrEqualTo(0.95);
        TrainingSetup sigmoid = selu.withLayers(java.util.Collections.nCopies(6, new Layer(4, Catalogue.get("sigmoid"))));
        assertThat(train(sigmoid, 1000).accuracy()).isBetween(0.4, 0.6);
    }
}
