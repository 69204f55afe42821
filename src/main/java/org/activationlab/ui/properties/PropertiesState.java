package org.activationlab.ui.properties;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import org.activationlab.model.Activation;
import org.activationlab.model.ActivationSpec;
import org.activationlab.model.Catalogue;

/**
 * Everything the Properties tab keeps, as one value: the view model's only truth and the tab's
 * part of a session file. The table's rows are not part of it: they are computed from it (each
 * function with its parameters here) in the background.
 *
 * @param filter the search text (blank shows every function)
 * @param selected the name of the selected row, if any: a catalogue name, or the text of one of the
 *                 user's library formulas (a text that is not a bare lower-case name)
 * @param parameters the parameter values set in the details pane, by function name, in the
 *                   order they were first set; a function not in it has its catalogue defaults
 */
public record PropertiesState(String filter, Optional<String> selected, Map<String, ActivationSpec> parameters) {
    /** The state of a new tab: no search, no selection, every function with its defaults. */
    public static final PropertiesState INITIAL = new PropertiesState("", Optional.empty(), Map.of());
    private static final Pattern BARE_NAME = Pattern.compile("[a-z][a-z0-9_]*");

    public PropertiesState {
        Objects.requireNonNull(filter, "filter");
        Objects.requireNonNull(selected, "selected");
        selected.ifPresent(name -> {
            if (!selectable(name)) {
                throw new IllegalArgumentException("unknown activation \"" + name + "\" selected; known: "
                        + String.join(", ", Catalogue.names()));
            }
        });
        parameters.forEach((name, spec) -> {
            if (!name.equals(spec.name())) {
                throw new IllegalArgumentException("the parameters of " + name + " name another function: "
                        + spec.name());
            }
        });
        parameters = Collections.unmodifiableMap(new LinkedHashMap<>(parameters));
    }

    /** This state showing the functions that {@code text} matches. */
    public PropertiesState withFilter(String text) {
        return new PropertiesState(Objects.requireNonNull(text, "text"), selected, parameters);
    }

    /** This state with the row of {@code name} selected; null or a name that is no row's selects none. */
    public PropertiesState withSelected(String name) {
        return new PropertiesState(filter, Optional.ofNullable(name).filter(PropertiesState::selectable), parameters);
    }

    /**
     * Whether {@code name} can name a row: a catalogue name, or a formula's text (anything but a
     * bare lower-case name, which would be a catalogue name misspelt).
     */
    private static boolean selectable(String name) {
        return Catalogue.contains(name) || !name.isBlank() && !BARE_NAME.matcher(name).matches();
    }

    /** This state with {@code spec}'s parameter values for its function. */
    public PropertiesState withParameters(ActivationSpec spec) {
        Map<String, ActivationSpec> changed = new LinkedHashMap<>(parameters);
        changed.put(spec.name(), spec);
        return new PropertiesState(filter, selected, changed);
    }

    /** The function called {@code name} with the parameters this state has for it. */
    public Activation activation(String name) {
        ActivationSpec spec = parameters.get(name);
        return spec == null ? Catalogue.get(name) : spec.resolve();
    }

    /** The function of {@code function} with the parameters this state has for it, else those of {@code function}. */
    public Activation activation(ActivationSpec function) {
        return parameters.getOrDefault(function.name(), function).resolve();
    }
}
