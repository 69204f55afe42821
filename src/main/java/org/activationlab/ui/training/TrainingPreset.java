package org.activationlab.ui.training;

import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.activationlab.model.Activation;
import org.activationlab.model.Catalogue;
import org.activationlab.nn.Initializer;
import org.activationlab.nn.OptimizerKind;
import org.activationlab.nn.Task;
import org.activationlab.ui.training.TrainingSetup.Layer;

/**
 * One-click scenarios, some in compare mode against another activation, each starting from {@link TrainingSetup#defaults()} (circle data, 200
 * points, noise 0.1, seed 1) and changing what the lesson needs. The effects named in the
 * explanations were measured with these exact settings (see {@code TrainingPresetTest}).
 */
public enum TrainingPreset {
    /** Identity activation on XOR: the network is linear and stays at 50% accuracy. */
    LINEAR_XOR("linearXor", null, s -> s.withTask(Task.XOR).withLayers(layers(1, 4, "identity"))
            .withOptimizer(OptimizerKind.ADAM).withLearningRate(0.03)),
    /** Two tanh units in one hidden layer on XOR: two lines where one neuron has one; 100% accuracy by step 100. */
    HIDDEN_LAYER_XOR("hiddenLayerXor", null, s -> s.withTask(Task.XOR).withLayers(layers(1, 2, "tanh"))
            .withOptimizer(OptimizerKind.ADAM).withLearningRate(0.03)),
    /** Six sigmoid layers with large initial weights: units sit in the flat tails. */
    SIGMOID_SATURATES("sigmoidSaturates", null, s -> s.withLayers(layers(6, 8, "sigmoid")).withInitializer(Initializer.normal(4))
            .withLearningRate(0.5)),
    /** ReLU at learning rate 3: most units die within 50 steps and accuracy stalls near 70%. */
    DYING_RELU_LEARNING_RATE("dyingReluLearningRate", null, s -> s.withLearningRate(3)),
    /** ReLU with every hidden bias at -3: all units start dead and nothing learns. */
    DYING_RELU_BIAS("dyingReluBias", null, s -> s.withBiasInit(-3)),
    /** Leaky ReLU then PReLU at learning rate 2: no unit dies and the network learns the circle. */
    LEAKY_KEEPS_ALIVE("leakyKeepsAlive", "relu", s -> s.withLayers(List.of(new Layer(8, Catalogue.get("leaky_relu")),
            new Layer(8, Catalogue.get("prelu")))).withLearningRate(2)),
    /** ReLU on the circle at lr 0.1 next to tanh at the same settings: far ahead by step 200. */
    RELU_FASTER_THAN_TANH("reluFasterThanTanh", "tanh", s -> s),
    /** SELU in six layers of four units with LeCun init: it still trains where sigmoid stalls. */
    SELU_DEEP_NARROW("seluDeepNarrow", null, s -> s.withLayers(layers(6, 4, "selu")).withInitializer(Initializer.lecunNormal())
            .withLearningRate(0.05));

    private final String key;
    private final String comparison;
    private final UnaryOperator<TrainingSetup> change;

    TrainingPreset(String key, String comparison, UnaryOperator<TrainingSetup> change) {
        this.key = key;
        this.comparison = comparison;
        this.change = change;
    }

    /** The activation of the network shown beside this one in compare mode, if the scenario compares. */
    public Optional<Activation> comparison() {
        return Optional.ofNullable(comparison).map(Catalogue::get);
    }

    /** The text key of its name; the explanation's key adds {@code .explanation}. */
    public String textKey() {
        return TrainingKeys.PRESET_PREFIX + key;
    }

    /** The text key of its one-line explanation. */
    public String explanationKey() {
        return textKey() + TrainingKeys.EXPLANATION_SUFFIX;
    }

    /** The settings of this scenario. */
    public TrainingSetup setup() {
        return change.apply(TrainingSetup.defaults());
    }

    private static List<Layer> layers(int count, int units, String activation) {
        return java.util.Collections.nCopies(count, new Layer(units, Catalogue.get(activation)));
    }
}
