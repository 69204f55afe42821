package org.activationlab.nn.neuron;

import org.activationlab.model.Activation;

/**
 * Weights that make one neuron compute a logic gate on {0, 1}^2. With the sigmoid, |z| &gt;= 10
 * at every input, so outputs are within sigmoid(-10) = 4.5e-5 of 0 or 1. AND is the source
 * text's example (b = -30, w1 = w2 = 20); NOT negates x1 and ignores x2.
 */
public enum LogicPreset {
    AND(-30, 20, 20),
    OR(-10, 20, 20),
    NAND(30, -20, -20),
    NOT(10, -20, 0);

    private final double bias;
    private final double w1;
    private final double w2;

    LogicPreset(double bias, double w1, double w2) {
        this.bias = bias;
        this.w1 = w1;
        this.w2 = w2;
    }

    /** b. */
    public double bias() {
        return bias;
    }

    /** w1. */
    public double w1() {
        return w1;
    }

    /** w2. */
    public double w2() {
        return w2;
    }

    /** The neuron with these weights and {@code activation}. */
    public Neuron neuron(Activation activation) {
        return new Neuron(activation, bias, w1, w2);
    }

    /** The gate's truth value at (x1, x2), inputs 0 or 1. */
    public boolean expected(int x1, int x2) {
        boolean a = x1 == 1;
        boolean b = x2 == 1;
        return switch (this) {
            case AND -> a && b;
            case OR -> a || b;
            case NAND -> !(a && b);
            case NOT -> !a;
        };
    }
}
