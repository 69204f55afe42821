package org.activationlab.ui.neuron;

import java.util.Optional;
import org.activationlab.nn.neuron.LogicPreset;
import org.activationlab.nn.neuron.XorProof;

/** The gate the truth table compares the neuron with: a preset's gate, or XOR, which has no preset. */
public enum LogicTarget {
    AND(LogicPreset.AND),
    OR(LogicPreset.OR),
    NAND(LogicPreset.NAND),
    NOT(LogicPreset.NOT),
    XOR(null);

    private final LogicPreset preset;

    LogicTarget(LogicPreset preset) {
        this.preset = preset;
    }

    /** The weights that compute this gate; empty for XOR, which no single neuron computes. */
    public Optional<LogicPreset> preset() {
        return Optional.ofNullable(preset);
    }

    /**
     * {@code state} compared with this gate and, when it has weights, with b, w1 and w2 set to them
     * (the activation stays); XOR keeps the weights, since none would do.
     */
    public NeuronState apply(NeuronState state) {
        NeuronState targeted = state.withTarget(this);
        return preset == null ? targeted : targeted.withWeights(preset);
    }

    /** The gate's value at (x1, x2). */
    public boolean expected(int x1, int x2) {
        return preset == null ? XorProof.xor(x1, x2) : preset.expected(x1, x2);
    }
}
