package org.activationlab.nn;

/**
 * Why and when a run stopped because it diverged.
 *
 * @param step the step (number of updates) at which the problem appeared
 * @param reason what went wrong, e.g. "the training loss is NaN"
 */
public record Divergence(int step, String reason) {
    /** One line for people: {@code "diverged at step 12: the training loss is NaN"}. */
    public String message() {
        return "diverged at step " + step + ": " + reason;
    }
}
