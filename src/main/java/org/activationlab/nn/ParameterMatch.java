package org.activationlab.nn;

import java.util.ArrayList;
import java.util.List;
import org.activationlab.model.ActivationSpec;
import org.activationlab.model.GatedSpec;

/**
 * Parameter counts of a network, and gated layers sized to match an element-wise network.
 *
 * <p>A gated layer of u units is {@code Linear(in, 2u)}, so it has twice the weights and biases of
 * an element-wise layer of u units. To compare the two fairly, {@link #matched} shrinks the gated
 * layers of a network by one factor: every gated layer of width h gets u = max(1, floor(s h))
 * units, with s the largest factor in (0, 1] for which the whole network has no more parameters
 * than {@link #elementwiseCount its element-wise twin} (the same widths with one row per unit);
 * the other layers keep their widths. When even one unit per gated layer has more parameters than
 * the twin (a very narrow network), every gated layer gets one unit. For example, a 2-input
 * network with one hidden layer of 8 units has 2*8 + 8 + 8 + 1 = 33 parameters element-wise;
 * SwiGLU with 8 units would have 2*16 + 16 + 8 + 1 = 57, and the match is 4 units, 29 parameters.
 */
public final class ParameterMatch {
    private ParameterMatch() {
    }

    /** The number of weights, biases and learned alphas of {@code spec}, output layer included. */
    public static int count(NetworkSpec spec) {
        return Layout.of(spec).parameterCount();
    }

    /** The weights, biases and learned alpha of hidden layer {@code layer} (0-based) of {@code spec}. */
    public static int layerCount(NetworkSpec spec, int layer) {
        LayerShape shape = Layout.of(spec).layer(layer);
        return shape.end() - shape.weightOffset();
    }

    /** The count of {@code spec} with every gated layer replaced by an element-wise layer of the same width. */
    public static int elementwiseCount(NetworkSpec spec) {
        List<ActivationSpec> activations = new ArrayList<>(spec.activations());
        activations.replaceAll(a -> a instanceof GatedSpec ? ActivationSpec.of("identity") : a);
        return count(new NetworkSpec(spec.type(), spec.hiddenUnits(), activations));
    }

    /**
     * {@code spec} with its gated layers shrunk so that its parameter count is as close to its
     * {@link #elementwiseCount element-wise twin}'s as the rule in the class comment allows, never
     * above it (unless one unit per gated layer already is); {@code spec} itself when it has no gated layer.
     */
    public static NetworkSpec matched(NetworkSpec spec) {
        int target = elementwiseCount(spec);
        List<int[]> factors = new ArrayList<>();
        for (int l = 0; l < spec.depth(); l++) {
            if (spec.activations().get(l) instanceof GatedSpec) {
                for (int j = 1; j <= spec.hiddenUnits().get(l); j++) {
                    factors.add(new int[] {j, spec.hiddenUnits().get(l)});
                }
            }
        }
        if (factors.isEmpty()) {
            return spec;
        }
        factors.sort((x, y) -> Long.compare((long) y[0] * x[1], (long) x[0] * y[1]));
        NetworkSpec smallest = null;
        for (int[] s : factors) {
            NetworkSpec candidate = scaled(spec, s[0], s[1]);
            if (count(candidate) <= target) {
                return candidate;
            }
            smallest = candidate;
        }
        return smallest;
    }

    /** {@code spec} with every gated layer of width h given max(1, floor(h num / den)) units. */
    private static NetworkSpec scaled(NetworkSpec spec, int num, int den) {
        List<Integer> units = new ArrayList<>(spec.hiddenUnits());
        for (int l = 0; l < units.size(); l++) {
            if (spec.activations().get(l) instanceof GatedSpec) {
                units.set(l, Math.max(1, units.get(l) * num / den));
            }
        }
        return new NetworkSpec(spec.type(), units, spec.activations());
    }
}
