package org.activationlab.model;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A gated layer's forward pass evaluates the gate once per element; it must give, bit for bit,
 * h = a g(b), dh/da = {@link Gate#partialA} and dh/db = {@link Gate#partialB}, in both tails, at
 * the kinks, at zeros of either sign, infinities and NaN, with and without the partials.
 */
class GateForwardTest {
    private static final double[] VALUES = {-3.5, -1, -0.0, 0.0, 0.25, 2, 1e-300, Double.MAX_VALUE,
        Double.NEGATIVE_INFINITY, Double.NaN};
    private static final double[] GATES = {-800, -40, -3, -1, -0.0, 0.0, 1e-8, 0.35, 1, 3, 40, 800,
        Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, Double.NaN};

    @ParameterizedTest
    @EnumSource(Gate.class)
    void forwardEqualsThePartialsPointByPoint(Gate gate) {
        int gates = VALUES.length * GATES.length;
        double[] z = new double[2 * gates];
        for (int i = 0; i < gates; i++) {
            z[i] = VALUES[i / GATES.length];
            z[gates + i] = GATES[i % GATES.length];
        }
        double[] h = new double[gates];
        double[] partials = new double[2 * gates];
        gate.forward(z, gates, h, partials);
        double[] valuesOnly = new double[gates];
        gate.forward(z, gates, valuesOnly, null);
        for (int i = 0; i < gates; i++) {
            double a = z[i];
            double b = z[gates + i];
            String at = "(" + a + ", " + b + ")";
            FillChecks.assertSameBits(h[i], gate.value(a, b), "h" + at);
            FillChecks.assertSameBits(valuesOnly[i], gate.value(a, b), "h without partials" + at);
            FillChecks.assertSameBits(partials[i], gate.partialA(a, b), "dh/da" + at);
            FillChecks.assertSameBits(partials[gates + i], gate.partialB(a, b), "dh/db" + at);
        }
    }
}
