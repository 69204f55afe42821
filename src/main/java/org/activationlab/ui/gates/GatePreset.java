package org.activationlab.ui.gates;

import java.util.Optional;
import java.util.stream.Stream;
import org.activationlab.nn.neuron.GateFunction;
import org.activationlab.ui.TextKeys;

/** Gate settings that show one idea each, with a line of explanation: each a function from state to state. */
public enum GatePreset {
    /** A sigmoid gate far below zero lets almost nothing through. */
    CLOSED(GateFunction.SIGMOID, -6, 1.5, 2, TextKeys.GATES_PRESET_CLOSED, TextKeys.GATES_PRESET_CLOSED_HELP),
    /** At a = 0 the sigmoid gate passes half. */
    HALF(GateFunction.SIGMOID, 0, 1.5, 2, TextKeys.GATES_PRESET_HALF, TextKeys.GATES_PRESET_HALF_HELP),
    /** Far above zero it passes almost everything. */
    OPEN(GateFunction.SIGMOID, 6, 1.5, 2, TextKeys.GATES_PRESET_OPEN, TextKeys.GATES_PRESET_OPEN_HELP),
    /** A tanh "gate" below zero flips the candidate's sign; as a forget gate it makes the state oscillate. */
    TANH_FLIPS(GateFunction.TANH, -1.5, 1.5, -2, TextKeys.GATES_PRESET_TANH, TextKeys.GATES_PRESET_TANH_HELP),
    /** A ReLU "gate" above 1 amplifies; as a forget gate it makes the state grow without bound. */
    RELU_GROWS(GateFunction.RELU, 3, 1.5, 1.5, TextKeys.GATES_PRESET_RELU, TextKeys.GATES_PRESET_RELU_HELP);

    private final GateFunction gate;
    private final double gatePreActivation;
    private final double candidatePreActivation;
    private final double forgetPreActivation;
    private final String labelKey;
    private final String helpKey;

    GatePreset(GateFunction gate, double gatePreActivation, double candidatePreActivation,
               double forgetPreActivation, String labelKey, String helpKey) {
        this.gate = gate;
        this.gatePreActivation = gatePreActivation;
        this.candidatePreActivation = candidatePreActivation;
        this.forgetPreActivation = forgetPreActivation;
        this.labelKey = labelKey;
        this.helpKey = helpKey;
    }

    public GateFunction gate() {
        return gate;
    }

    public double gatePreActivation() {
        return gatePreActivation;
    }

    public double candidatePreActivation() {
        return candidatePreActivation;
    }

    public double forgetPreActivation() {
        return forgetPreActivation;
    }

    /** {@code state} with this preset's gate function and pre-activations (it sets all of them). */
    public GatesState apply(GatesState state) {
        return new GatesState(gate, gatePreActivation, candidatePreActivation, forgetPreActivation);
    }

    /** The preset whose settings {@code state} has, if any. */
    public static Optional<GatePreset> matching(GatesState state) {
        return Stream.of(values()).filter(p -> p.apply(state).equals(state)).findFirst();
    }

    /** The button text's key. */
    public String labelKey() {
        return labelKey;
    }

    /** The explanation's key. */
    public String helpKey() {
        return helpKey;
    }
}
