package org.activationlab.nn.neuron;

import org.activationlab.model.Activation;
import org.activationlab.model.Catalogue;
import org.activationlab.model.Interval;

/**
 * What a gate of an LSTM cell could squash its pre-activation with (source text, section 5).
 * The sigmoid is the one LSTMs use: its range (0, 1) makes the gate a valve that lets nothing
 * through near 0 and everything near 1. tanh can be negative, so a "gate" would flip the sign of
 * what passes; ReLU is unbounded, so a gate would amplify it and a forget gate above 1 lets the
 * cell state grow without limit (and a ReLU gate below 0 passes no gradient at all).
 */
public enum GateFunction {
    SIGMOID("sigmoid", new Interval(0, false, 1, false)),
    TANH("tanh", new Interval(-1, false, 1, false)),
    RELU("relu", new Interval(0, true, Double.POSITIVE_INFINITY, false));

    private final Activation activation;
    private final Interval range;

    GateFunction(String name, Interval range) {
        this.activation = Catalogue.get(name);
        this.range = range;
    }

    /** The catalogue function. */
    public Activation activation() {
        return activation;
    }

    /** The values the gate can take. */
    public Interval range() {
        return range;
    }

    /** Whether every gate value lies in [0, 1], so the gate only ever passes a share of its input. */
    public boolean isValve() {
        return range.lower() >= 0 && range.upper() <= 1;
    }

    /** The gate value at pre-activation {@code a}. */
    public double gate(double a) {
        return activation.value(a);
    }
}
