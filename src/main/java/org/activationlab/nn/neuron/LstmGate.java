package org.activationlab.nn.neuron;

import org.activationlab.model.Activation;
import org.activationlab.model.Catalogue;
import org.activationlab.nn.NnTexts;

/**
 * The gate arithmetic of an LSTM cell (Hochreiter &amp; Schmidhuber 1997; the forget gate of
 * Gers, Schmidhuber &amp; Cummins 2000): a candidate tanh(c), squashed to (-1, 1) and centred on
 * zero, is multiplied by a gate g(a), and the cell state is c_t = f c_{t-1} + i tanh(c) with a
 * forget gate f and an input gate i.
 */
public final class LstmGate {
    private static final Activation CANDIDATE = Catalogue.get("tanh");

    private LstmGate() {
    }

    /** What passes one gate: gate(a) * tanh(c). */
    public static Reading read(GateFunction gate, double gatePreActivation, double candidatePreActivation) {
        double g = gate.gate(gatePreActivation);
        double candidate = CANDIDATE.value(candidatePreActivation);
        return new Reading(g, candidate, g * candidate);
    }

    /**
     * The cell state over {@code steps} steps from c_0 = 0 with constant inputs:
     * c_t = f c_{t-1} + i tanh(c) with f = gate(forget pre-activation), i = gate(input pre-activation).
     * With the sigmoid, 0 &lt; f &lt; 1 and |c_t| stays below |i tanh(c)| / (1 - f); with tanh a
     * negative f makes the state flip sign every step; with ReLU f can exceed 1 and the state
     * grows geometrically.
     *
     * @return c_0 .. c_steps
     * @throws IllegalArgumentException if steps &lt; 1
     */
    public static double[] cellState(GateFunction gate, double forgetPreActivation, double inputPreActivation,
                                     double candidatePreActivation, int steps) {
        if (steps < 1) {
            throw new IllegalArgumentException(NnTexts.format("error.gate.steps", steps));
        }
        double f = gate.gate(forgetPreActivation);
        double written = read(gate, inputPreActivation, candidatePreActivation).passed();
        double[] c = new double[steps + 1];
        for (int t = 1; t <= steps; t++) {
            c[t] = f * c[t - 1] + written;
        }
        return c;
    }

    /**
     * One gate at work.
     *
     * @param gate the gate value g(a)
     * @param candidate tanh(c)
     * @param passed gate * candidate
     */
    public record Reading(double gate, double candidate, double passed) {
    }
}
