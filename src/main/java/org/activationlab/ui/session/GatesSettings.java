package org.activationlab.ui.session;

import java.util.Objects;
import org.activationlab.nn.neuron.GateFunction;
import org.activationlab.plot.studies.GateFigures;
import org.activationlab.ui.gates.GatesViewModel;

/**
 * What a session keeps of the Gates tab.
 *
 * @param gate the gate function
 * @param gatePreActivation a, within +-{@value GateFigures#GATE_RANGE}
 * @param candidatePreActivation c, within +-{@value GatesViewModel#CANDIDATE_RANGE}
 * @param forgetPreActivation the forget gate's pre-activation, within +-{@value GateFigures#GATE_RANGE}
 */
public record GatesSettings(GateFunction gate, double gatePreActivation, double candidatePreActivation,
                            double forgetPreActivation) {
    public GatesSettings {
        Objects.requireNonNull(gate, "gate");
        requireWithin("the gate pre-activation", gatePreActivation, GateFigures.GATE_RANGE);
        requireWithin("the candidate pre-activation", candidatePreActivation, GatesViewModel.CANDIDATE_RANGE);
        requireWithin("the forget gate pre-activation", forgetPreActivation, GateFigures.GATE_RANGE);
    }

    private static void requireWithin(String name, double value, double range) {
        if (!(Math.abs(value) <= range)) {
            throw new IllegalArgumentException(name + " must be a number from -" + (int) range + " to " + (int) range
                    + ", got " + value);
        }
    }
}
