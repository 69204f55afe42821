package org.activationlab.ui.session;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * One piece of the state a session file keeps, stored under {@code "parts"} by its {@link #id()}.
 * Opening a session is two steps so that a bad file changes nothing: every part first reads and
 * validates its JSON ({@link #prepare}, which must not touch the app), and only when all of them
 * succeeded are the returned {@link Restore} steps applied.
 *
 * <p>A feature adds its state to sessions by registering a part with {@link SessionParts}; the
 * {@link JsonFields} reader gives messages that name the field, the value and what is allowed.
 */
public interface SessionPart {

    /** The key under {@code "parts"}, e.g. {@code "curves"}: lower case, stable across versions. */
    String id();

    /** The current state as JSON. */
    JsonNode save();

    /**
     * Reads and validates {@code saved} without changing anything.
     *
     * @return what puts the app into the saved state
     * @throws SessionFormatException naming the field, the value and what is allowed
     */
    Restore prepare(JsonNode saved) throws SessionFormatException;

    /** Puts one part of the app into a validated saved state; cannot fail. */
    @FunctionalInterface
    interface Restore {
        void apply();
    }
}
