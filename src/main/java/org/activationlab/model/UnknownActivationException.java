package org.activationlab.model;

import java.util.List;

/** A function name that is not in the {@link Catalogue}; carries the closest known names. */
public class UnknownActivationException extends IllegalArgumentException {
    private final List<String> suggestions;

    public UnknownActivationException(String name, List<String> suggestions) {
        super("unknown function '" + name + "'"
                + (suggestions.isEmpty() ? "" : "; did you mean " + String.join(", ", suggestions) + "?")
                + " (activation-lab list shows all)");
        this.suggestions = List.copyOf(suggestions);
    }

    /** The closest catalogue names, best first. */
    public List<String> suggestions() {
        return suggestions;
    }
}
