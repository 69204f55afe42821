package org.activationlab.ui.session;

import com.fasterxml.jackson.databind.JsonNode;
import org.activationlab.ui.json.FieldReader;
import org.activationlab.ui.json.JsonFormatException;

/**
 * One piece of the state a session file keeps, stored under {@code "parts"} by its {@link #id()}.
 * Opening a session is two steps so that a bad file changes nothing: every part first reads and
 * validates its JSON ({@link #prepare}, which must not touch the app), and only when all of them
 * succeeded are the returned {@link Restore} steps applied.
 *
 * <p>A feature adds its state to sessions by registering a part with {@link SessionParts}; the
 * {@link FieldReader} gives messages that name the field's JSON pointer, the value and what is allowed.
 */
public interface SessionPart {

    /** The key under {@code "parts"}, e.g. {@code "curves"}: lower case, stable across versions. */
    String id();

    /** The current state as JSON. */
    JsonNode save();

    /**
     * Reads and validates the saved part's fields without changing anything. Fields it does not
     * ask for are ignored (and named to the user) by the rule of {@link FieldReader}.
     *
     * @return what puts the app into the saved state
     * @throws JsonFormatException naming the field, the value and what is allowed
     */
    Restore prepare(FieldReader saved) throws JsonFormatException;

    /** Puts one part of the app into a validated saved state; cannot fail. */
    @FunctionalInterface
    interface Restore {
        void apply();
    }
}
