package org.activationlab.model;

import java.util.List;

/** A function name that is not in the {@link Catalogue}; carries the closest known names. */
public class UnknownActivationException extends IllegalArgumentException {
    private final List<String> suggestions;

    public UnknownActivationException(String name, List<String> suggestions) {
        super(suggestions.isEmpty() ? ModelTexts.format("error.unknownFunction", name)
                : ModelTexts.format("error.unknownFunction.suggestions", name, String.join(", ", suggestions)));
        this.suggestions = List.copyOf(suggestions);
    }

    /** The closest catalogue names, best first. */
    public List<String> suggestions() {
        return suggestions;
    }
}
