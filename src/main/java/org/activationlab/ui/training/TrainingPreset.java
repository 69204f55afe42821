package org.activationlab.ui.training;

import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.activationlab.model.ActivationSpec;
import org.activationlab.nn.Initializer;
import org.activationlab.nn.OptimizerKind;
import org.activationlab.nn.Task;
import org.activationlab.ui.training.TrainingState.Layer;

/**
 * One-click scenarios, some in compare mode against another activation, each a function from
 * state to state: it starts from {@link TrainingState#INITIAL} (circle data, 200 points, noise
 * 0.1, seed 1), changes what the lesson needs and keeps only the speed of the state it is
 * applied to. The effects named in the explanations were measured with these exact settings
 * (see {@code TrainingPresetTest}).
 */
public enum TrainingPreset {
    /** Identity activation on XOR: the network is linear and stays at 50% accuracy. */
    LINEAR_XOR("linearXor", null, e -> {
        e.task = Task.XOR;
        e.layers = layers(1, 4, "identity");
        e.optimizer = OptimizerKind.ADAM;
        e.learningRate = 0.03;
    }),
    /** Two tanh units in one hidden layer on XOR: two lines where one neuron has one; 100% accuracy by step 100. */
    HIDDEN_LAYER_XOR("hiddenLayerXor", null, e -> {
        e.task = Task.XOR;
        e.layers = layers(1, 2, "tanh");
        e.optimizer = OptimizerKind.ADAM;
        e.learningRate = 0.03;
    }),
    /** Six sigmoid layers with large initial weights: units sit in the flat tails. */
    SIGMOID_SATURATES("sigmoidSaturates", null, e -> {
        e.layers = layers(6, 8, "sigmoid");
        e.initializer = Initializer.normal(4);
        e.learningRate = 0.5;
    }),
    /** ReLU at learning rate 3: most units die within 50 steps and accuracy stalls near 70%. */
    DYING_RELU_LEARNING_RATE("dyingReluLearningRate", null, e -> e.learningRate = 3),
    /** ReLU with every hidden bias at -3: all units start dead and nothing learns. */
    DYING_RELU_BIAS("dyingReluBias", null, e -> e.biasInit = -3),
    /** Leaky ReLU then PReLU at learning rate 2: no unit dies and the network learns the circle. */
    LEAKY_KEEPS_ALIVE("leakyKeepsAlive", "relu", e -> {
        e.layers = List.of(new Layer(8, ActivationSpec.of("leaky_relu")), new Layer(8, ActivationSpec.of("prelu")));
        e.learningRate = 2;
    }),
    /** ReLU on the circle at lr 0.1 next to tanh at the same settings: far ahead by step 200. */
    RELU_FASTER_THAN_TANH("reluFasterThanTanh", "tanh", e -> { }),
    /** SELU in six layers of four units with LeCun init: it still trains where sigmoid stalls. */
    SELU_DEEP_NARROW("seluDeepNarrow", null, e -> {
        e.layers = layers(6, 4, "selu");
        e.initializer = Initializer.lecunNormal();
        e.learningRate = 0.05;
    });

    private final String key;
    private final Optional<ActivationSpec> comparison;
    private final Consumer<TrainingState.Edit> change;

    TrainingPreset(String key, String comparison, Consumer<TrainingState.Edit> change) {
        this.key = key;
        this.comparison = Optional.ofNullable(comparison).map(ActivationSpec::of);
        this.change = change;
    }

    /** {@code state}'s speed with every other setting this scenario's, its compared network included. */
    public TrainingState apply(TrainingState state) {
        return TrainingState.INITIAL.with(e -> {
            change.accept(e);
            e.comparison = comparison;
            e.speed = state.speed();
        });
    }

    /** The scenario whose settings {@code state} has, if any. */
    public static Optional<TrainingPreset> matching(TrainingState state) {
        return Stream.of(values()).filter(p -> p.apply(state).equals(state)).findFirst();
    }

    /** The text key of its name; the explanation's key adds {@code .explanation}. */
    public String textKey() {
        return TrainingKeys.PRESET_PREFIX + key;
    }

    /** The text key of its one-line explanation. */
    public String explanationKey() {
        return textKey() + TrainingKeys.EXPLANATION_SUFFIX;
    }

    private static List<Layer> layers(int count, int units, String activation) {
        return Collections.nCopies(count, new Layer(units, ActivationSpec.of(activation)));
    }
}
