package org.activationlab.model;

import java.util.Locale;

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

    /** The English label that {@code properties --json} writes, e.g. {@code "discontinuous"}; never translated. */
    @Override
    public String toString() {
        return label;
    }

    /** The label for people in the current language. */
    public String describe() {
        return describe(Locale.getDefault());
    }

    /** The label for people in {@code locale}'s language. */
    public String describe(Locale locale) {
        return ModelTexts.get(locale, "smoothness." + name());
    }
}
