package org.activationlab.ui.neuron;

import java.util.Objects;
import org.activationlab.model.ActivationSpec;
import org.activationlab.nn.neuron.LinearStack;
import org.activationlab.nn.neuron.LogicPreset;

/**
 * Everything the Neuron tab shows, as one value: the neuron g(w1 x1 + w2 x2 + b), the gate its
 * truth table is compared with, and the linear-collapse stack. It is the view model's only state
 * and the tab's part of a session file.
 *
 * @param activation g
 * @param w1 from {@value #WEIGHT_MIN} to {@value #WEIGHT_MAX}, as are w2 and b
 * @param w2 the second weight
 * @param bias b
 * @param target the gate the truth table is compared with
 * @param collapseLayers the collapse stack's depth, 1 to {@value LinearStack#MAX_LAYERS}
 * @param collapseActivation the non-linear function the collapse is compared with
 * @param collapseSeed the seed of the collapse stack's weights
 */
public record NeuronState(ActivationSpec activation, double w1, double w2, double bias, LogicTarget target,
                          int collapseLayers, ActivationSpec collapseActivation, long collapseSeed) {
    /** The lowest weight and bias. */
    public static final double WEIGHT_MIN = -40;
    /** The highest weight and bias. */
    public static final double WEIGHT_MAX = 40;
    /** The state of a new tab: a sigmoid neuron computing AND, three layers collapsing against tanh. */
    public static final NeuronState INITIAL = new NeuronState(ActivationSpec.of("sigmoid"), LogicPreset.AND.w1(),
            LogicPreset.AND.w2(), LogicPreset.AND.bias(), LogicTarget.AND, 3, ActivationSpec.of("tanh"), 1);

    public NeuronState {
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
        if (!(value >= WEIGHT_MIN && value <= WEIGHT_MAX)) {
            throw new IllegalArgumentException(name + " must be a number from " + (int) WEIGHT_MIN
                    + " to " + (int) WEIGHT_MAX + ", got " + value);
        }
    }

    /** This state with g = {@code g}. */
    public NeuronState withActivation(ActivationSpec g) {
        return new NeuronState(g, w1, w2, bias, target, collapseLayers, collapseActivation, collapseSeed);
    }

    /** This state with w1 brought within the weight range; NaN leaves it unchanged. */
    public NeuronState withW1(double w) {
        return new NeuronState(activation, weight(w, w1), w2, bias, target, collapseLayers, collapseActivation,
                collapseSeed);
    }

    /** This state with w2 brought within the weight range; NaN leaves it unchanged. */
    public NeuronState withW2(double w) {
        return new NeuronState(activation, w1, weight(w, w2), bias, target, collapseLayers, collapseActivation,
                collapseSeed);
    }

    /** This state with b brought within the weight range; NaN leaves it unchanged. */
    public NeuronState withBias(double b) {
        return new NeuronState(activation, w1, w2, weight(b, bias), target, collapseLayers, collapseActivation,
                collapseSeed);
    }

    /** This state with b, w1 and w2 those of {@code p}. */
    public NeuronState withWeights(LogicPreset p) {
        return new NeuronState(activation, p.w1(), p.w2(), p.bias(), target, collapseLayers, collapseActivation,
                collapseSeed);
    }

    /** This state comparing the truth table with {@code t}. */
    public NeuronState withTarget(LogicTarget t) {
        return new NeuronState(activation, w1, w2, bias, t, collapseLayers, collapseActivation, collapseSeed);
    }

    /** This state with {@code layers} brought within 1 to {@value LinearStack#MAX_LAYERS}. */
    public NeuronState withCollapseLayers(int layers) {
        return new NeuronState(activation, w1, w2, bias, target, Math.max(1, Math.min(LinearStack.MAX_LAYERS, layers)),
                collapseActivation, collapseSeed);
    }

    /** This state comparing the collapse with {@code g}. */
    public NeuronState withCollapseActivation(ActivationSpec g) {
        return new NeuronState(activation, w1, w2, bias, target, collapseLayers, g, collapseSeed);
    }

    /** This state with the collapse stack's weights drawn from {@code seed}. */
    public NeuronState withCollapseSeed(long seed) {
        return new NeuronState(activation, w1, w2, bias, target, collapseLayers, collapseActivation, seed);
    }

    private static double weight(double value, double unchanged) {
        return Double.isNaN(value) ? unchanged : Math.max(WEIGHT_MIN, Math.min(WEIGHT_MAX, value));
    }
}
