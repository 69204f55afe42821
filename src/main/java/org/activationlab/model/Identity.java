package org.activationlab.model;

/**
 * Identity (linear activation).
 *
 * <p>f(x) = x, f'(x) = 1. Range (-inf, inf). No parameters. A network with only identity
 * activations collapses to one linear map, whatever its depth (source text, section 1).
 */
final class Identity extends FixedActivation {
    Identity() {
        super(new ActivationInfo("identity", "f(x) = x", "f(x) = x", "f'(x) = 1",
                "(a linear map; any depth of identity layers is one linear layer)"));
    }

    @Override
    public double value(double x) {
        return x;
    }

    @Override
    public double derivative(double x) {
        return 1;
    }
}
