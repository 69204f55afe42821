package org.activationlab.model;

import java.util.Locale;

/** How an activation's value changes with x over the whole real line (sign of f'). */
public enum Monotonicity {
    /** f' > 0 almost everywhere. */
    INCREASING("increasing"),
    /** f' >= 0 everywhere, with flat parts. */
    NON_DECREASING("non-decreasing"),
    /** f' < 0 almost everywhere. */
    DECREASING("decreasing"),
    /** f' <= 0 everywhere, with flat parts. */
    NON_INCREASING("non-increasing"),
    /** f' = 0 everywhere. */
    CONSTANT("constant"),
    /** f' changes sign. */
    NOT_MONOTONIC("not monotonic");

    private final String label;

    Monotonicity(String label) {
        this.label = label;
    }

    /** Whether the sign of f' never changes. */
    public boolean isMonotonic() {
        return this != NOT_MONOTONIC;
    }

    /** The English label that {@code properties --json} writes, e.g. {@code "increasing"}; never translated. */
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
        return ModelTexts.get(locale, "monotonicity." + name());
    }
}
