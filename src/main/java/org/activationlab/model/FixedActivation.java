package org.activationlab.model;

/** An activation without parameters: {@link #with} only ever rejects the key. */
abstract class FixedActivation extends AbstractActivation {
    protected FixedActivation(ActivationInfo info) {
        super(info);
    }

    @Override
    protected final Activation withValues(double[] values) {
        throw new AssertionError(name() + " has no parameters to set");
    }
}
