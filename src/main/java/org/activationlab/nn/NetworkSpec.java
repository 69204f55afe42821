package org.activationlab.nn;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import org.activationlab.model.ActivationSpec;

/**
 * The shape of a tiny multilayer perceptron: 1 to 6 hidden layers of 1 to 16 units, each with
 * its own activation, then one output unit (sigmoid and binary cross-entropy for
 * classification, linear and squared error for regression).
 *
 * <p>Two activations are special inside a network: {@code prelu} learns one alpha per hidden
 * layer, starting at the function's alpha parameter; {@code maxout} gives every unit k pieces
 * with their own weights and bias over the layer's inputs (k from the function's parameter);
 * the function's own w and b parameters play no part there.
 *
 * @param type classification (2 inputs) or regression (1 input)
 * @param hiddenUnits the width of each hidden layer, input side first
 * @param activations the activation of each hidden layer, with its parameter values
 */
public record NetworkSpec(ProblemType type, List<Integer> hiddenUnits, List<ActivationSpec> activations) {
    /** The most hidden layers. */
    public static final int MAX_LAYERS = 6;
    /** The most units in a hidden layer. */
    public static final int MAX_UNITS = 16;

    /**
     * @throws IllegalArgumentException naming the layer count or width that is out of range
     */
    public NetworkSpec {
        hiddenUnits = List.copyOf(hiddenUnits);
        activations = List.copyOf(activations);
        if (hiddenUnits.isEmpty() || hiddenUnits.size() > MAX_LAYERS) {
            throw new IllegalArgumentException(NnTexts.format("error.network.layers", MAX_LAYERS, hiddenUnits.size()));
        }
        for (int l = 0; l < hiddenUnits.size(); l++) {
            int units = hiddenUnits.get(l);
            if (units < 1 || units > MAX_UNITS) {
                throw new IllegalArgumentException(NnTexts.format("error.network.units", l + 1, units, MAX_UNITS));
            }
        }
        if (activations.size() != hiddenUnits.size()) {
            throw new IllegalArgumentException(hiddenUnits.size() + " hidden layers need as many activations, got "
                    + activations.size());
        }
    }

    /** The same activation in every hidden layer. */
    public static NetworkSpec of(ProblemType type, ActivationSpec activation, int... hiddenUnits) {
        List<Integer> units = Arrays.stream(hiddenUnits).boxed().toList();
        return new NetworkSpec(type, units, Collections.nCopies(units.size(), activation));
    }

    /** The number of hidden layers. */
    public int depth() {
        return hiddenUnits.size();
    }

    /** Whether every hidden layer has the same activation with the same parameters. */
    public boolean uniformActivation() {
        return activations.stream().allMatch(activations.get(0)::equals);
    }
}
