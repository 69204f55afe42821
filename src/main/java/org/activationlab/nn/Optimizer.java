package org.activationlab.nn;

/** An update rule with its state (momentum buffers, moment estimates, step count). */
interface Optimizer {
    /**
     * Writes the change to apply to every parameter, given the gradient {@code g} at the
     * current parameters and the learning rate of this step, and advances the state.
     */
    void computeDelta(double[] g, double learningRate, double[] delta);
}
