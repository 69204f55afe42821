package org.activationlab.model;

/**
 * Sine.
 *
 * <p>f(x) = sin(x); f'(x) = cos(x). Range [-1, 1]; periodic and not monotonic (source text,
 * section 6, property 5), zero-centred and near identity at the origin. No parameters.
 * Sitzmann et al. (2020). Implicit neural representations with periodic activation functions (SIREN).
 */
final class Sine extends FixedActivation {
    Sine() {
        super(new ActivationInfo("sin", "f(x) = sin(x)",
                "f(x) = \\sin(x)",
                "f'(x) = \\cos(x)",
                "Sitzmann, V., et al. (2020). Implicit neural representations with periodic activation functions. NeurIPS."));
    }

    @Override
    public double value(double x) {
        return Math.sin(x);
    }

    @Override
    public double derivative(double x) {
        return Math.cos(x);
    }
}
