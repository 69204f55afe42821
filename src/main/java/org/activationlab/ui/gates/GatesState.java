package org.activationlab.ui.gates;

import java.util.Objects;
import org.activationlab.nn.neuron.GateFunction;
import org.activationlab.nn.neuron.LstmGate;
import org.activationlab.plot.studies.GateFigures;

/**
 * Everything the Gates tab shows, as one value: the view model's only state and the tab's part
 * of a session file.
 *
 * @param gate the gate function
 * @param gatePreActivation a, within +-{@value GateFigures#GATE_RANGE}
 * @param candidatePreActivation c, within +-{@value #CANDIDATE_RANGE}
 * @param forgetPreActivation the forget gate's pre-activation, within +-{@value GateFigures#GATE_RANGE}
 */
public record GatesState(GateFunction gate, double gatePreActivation, double candidatePreActivation,
                         double forgetPreActivation) {
    /** The candidate pre-activation's range. */
    public static final double CANDIDATE_RANGE = 4;
    /** The state of a new tab. */
    public static final GatesState INITIAL = new GatesState(GateFunction.SIGMOID, 1, 1.5, 2);

    public GatesState {
        Objects.requireNonNull(gate, "gate");
        requireWithin("the gate pre-activation", gatePreActivation, GateFigures.GATE_RANGE);
        requireWithin("the candidate pre-activation", candidatePreActivation, CANDIDATE_RANGE);
        requireWithin("the forget gate pre-activation", forgetPreActivation, GateFigures.GATE_RANGE);
    }

    private static void requireWithin(String name, double value, double range) {
        if (!(Math.abs(value) <= range)) {
            throw new IllegalArgumentException(name + " must be a number from -" + (int) range + " to " + (int) range
                    + ", got " + value);
        }
    }

    /** This state with {@code g} as the gate function. */
    public GatesState withGate(GateFunction g) {
        return new GatesState(g, gatePreActivation, candidatePreActivation, forgetPreActivation);
    }

    /** This state with a = {@code a} brought within its range; NaN leaves it unchanged. */
    public GatesState withGatePreActivation(double a) {
        return new GatesState(gate, clamp(a, GateFigures.GATE_RANGE, gatePreActivation), candidatePreActivation,
                forgetPreActivation);
    }

    /** This state with c = {@code c} brought within its range; NaN leaves it unchanged. */
    public GatesState withCandidatePreActivation(double c) {
        return new GatesState(gate, gatePreActivation, clamp(c, CANDIDATE_RANGE, candidatePreActivation),
                forgetPreActivation);
    }

    /** This state with the forget gate's pre-activation {@code f} brought within its range; NaN leaves it unchanged. */
    public GatesState withForgetPreActivation(double f) {
        return new GatesState(gate, gatePreActivation, candidatePreActivation,
                clamp(f, GateFigures.GATE_RANGE, forgetPreActivation));
    }

    /** What passes the gate: g(a), tanh(c) and their product. */
    public LstmGate.Reading reading() {
        return LstmGate.read(gate, gatePreActivation, candidatePreActivation);
    }

    private static double clamp(double value, double range, double unchanged) {
        return Double.isNaN(value) ? unchanged : Math.max(-range, Math.min(range, value));
    }
}
