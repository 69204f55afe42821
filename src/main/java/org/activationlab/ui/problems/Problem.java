package org.activationlab.ui.problems;

import java.util.Objects;

/**
 * A failure reported to the user: what was running and the exception's own words (its class
 * when it has none).
 */
public record Problem(ProblemSource source, String description) {
    public Problem {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(description, "description");
    }

    /** The problem of {@code failure} in {@code source}, described by its innermost cause. */
    public static Problem of(ProblemSource source, Throwable failure) {
        Throwable cause = failure;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        String message = cause.getMessage();
        String name = cause.getClass().getSimpleName();
        return new Problem(source, message == null || message.isBlank() ? name : name + ": " + message);
    }
}
