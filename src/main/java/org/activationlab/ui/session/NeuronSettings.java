package org.activationlab.ui.session;

import java.util.Objects;
import org.activationlab.model.Activation;
import org.activationlab.nn.neuron.LinearStack;
import org.activationlab.ui.neuron.LogicTarget;
import org.activationlab.ui.neuron.NeuronViewModel;

/**
 * What a session keeps of the Neuron tab: the neuron g(w1 x1 + w2 x2 + b), the gate its truth
 * table is compared with, and the linear-collapse stack.
 *
 * @param activation g
 * @param w1 from {@value NeuronViewModel#WEIGHT_MIN} to {@value NeuronViewModel#WEIGHT_MAX}, as are w2 and b
 * @param w2 the second weight
 * @param bias b
 * @param target the gate the truth table is compared with
 * @param collapseLayers the collapse stack's depth, 1 to {@value LinearStack#MAX_LAYERS}
 * @param collapseActivation the non-linear function the collapse is compared with
 * @param collapseSeed the seed of the collapse stack's weights
 */
public record NeuronSettings(Activation activation, double w1, double w2, double bias, LogicTarget target,
                             int collapseLayers, Activation collapseActivation, long collapseSeed) {
    public NeuronSettings {
        Objects.requireNonNull(activation, "activation");
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(collapseActivation, "collapseActivation");
        requireWeight("w1", w1);
        requireWeight("w2", w2);
        requireWeight("the bias", bias);
        if (collapseLayers < 1 || collapseLayers > LinearStack.MAX_LAYERS) {
            throw new IllegalArgumentException("the collapse stack needs 1 to " + LinearStack.MAX_LAYERS
                    + " layers, got " + collapseLayers);
        }
    }

    private static void requireWeight(String name, double value) {
        if (!(value >= NeuronViewModel.WEIGHT_MIN && value <= NeuronViewModel.WEIGHT_MAX)) {
            throw new IllegalArgumentException(name + " must be a number from " + (int) NeuronViewModel.WEIGHT_MIN
                    + " to " + (int) NeuronViewModel.WEIGHT_MAX + ", got " + value);
        }
    }
}
