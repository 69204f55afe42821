package org.activationlab.ui.session;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.activationlab.ui.json.FieldReader;
import org.activationlab.ui.json.JsonFormatException;

/**
 * The parts a session file keeps, in registration order. Saving collects every part's JSON;
 * opening validates every saved part first and returns the steps that apply them, so that a
 * single bad value leaves the whole app as it was. A saved part no registered part claims (from a
 * newer app, or a feature this build lacks) is skipped with a note, and so is a field of a part
 * that the part does not know; a registered part the file lacks (a session from before it
 * existed) keeps its current state.
 */
public final class SessionParts {
    private final Map<String, SessionPart> parts = new LinkedHashMap<>();

    /**
     * Adds {@code part}.
     *
     * @throws IllegalArgumentException if a part with the same id is registered
     */
    public void register(SessionPart part) {
        if (parts.putIfAbsent(part.id(), part) != null) {
            throw new IllegalArgumentException("a session part called " + part.id() + " is already registered");
        }
    }

    /** Every part's current state, by id. */
    public ObjectNode save() {
        ObjectNode saved = JsonNodeFactory.instance.objectNode();
        parts.forEach((id, part) -> saved.set(id, part.save()));
        return saved;
    }

    /**
     * Validates every part of {@code document} without changing anything.
     *
     * @throws JsonFormatException from the first part that refuses its saved state
     */
    public Restoration prepare(SessionDocument document) throws JsonFormatException {
        List<SessionPart.Restore> steps = new ArrayList<>();
        List<String> skipped = new ArrayList<>();
        for (Map.Entry<String, SessionPart> part : parts.entrySet()) {
            JsonNode saved = document.parts().get(part.getKey());
            if (saved != null && !saved.isNull()) {
                FieldReader fields = FieldReader.of(saved, SessionFile.PARTS_POINTER + "/" + part.getKey());
                steps.add(part.getValue().prepare(fields));
                skipped.addAll(fields.ignored());
            }
        }
        document.parts().keySet().stream().filter(id -> !parts.containsKey(id))
                .forEach(id -> skipped.add(SessionFile.PARTS_POINTER + "/" + id));
        return new Restoration(steps, skipped);
    }

    /**
     * A validated session, ready to apply.
     *
     * @param steps one per saved part this app knows, in registration order
     * @param skipped the JSON pointers of the saved parts and fields this app does not know (ignored)
     */
    public record Restoration(List<SessionPart.Restore> steps, List<String> skipped) {
        public Restoration {
            steps = List.copyOf(steps);
            skipped = List.copyOf(skipped);
        }

        /** Puts the app into the saved state. */
        public void apply() {
            steps.forEach(SessionPart.Restore::apply);
        }
    }
}
