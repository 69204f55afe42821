package org.activationlab.nn;

import java.util.List;

/**
 * Why and when a run stopped because it diverged. The reason is kept as a text key and its
 * arguments, so it reads in the language current when it is shown.
 *
 * @param step the step (number of updates) at which the problem appeared
 * @param reasonKey the nn text saying what went wrong, e.g. {@code divergence.lossNaN}
 * @param reasonArguments what fills the reason's placeholders
 */
public record Divergence(int step, String reasonKey, List<Object> reasonArguments) {

    public Divergence {
        reasonArguments = List.copyOf(reasonArguments);
    }

    /** A reason without placeholders. */
    Divergence(int step, String reasonKey) {
        this(step, reasonKey, List.of());
    }

    /** What went wrong, in the current language, e.g. "the training loss is NaN". */
    public String reason() {
        return NnTexts.format(reasonKey, reasonArguments.toArray());
    }

    /** One line for people: {@code "diverged at step 12: the training loss is NaN"}. */
    public String message() {
        return NnTexts.format("divergence.message", step, reason());
    }
}
