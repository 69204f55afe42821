package org.activationlab.model;

/** The smoothness class of an activation over the real line. */
public enum Smoothness {
    /** Has jumps (e.g. the step function). */
    DISCONTINUOUS("discontinuous"),
    /** Continuous with kinks where f' jumps (e.g. ReLU): differentiable almost everywhere. */
    C0("C0 (kinks)"),
    /** Continuously differentiable, f'' jumps somewhere (e.g. ELU with alpha = 1). */
    C1("C1"),
    /** Infinitely differentiable. */
    SMOOTH("C-infinity");

    private final String label;

    Smoothness(String label) {
        this.label = label;
    }

    @Override
    public String toString() {
        return label;
    }
}
