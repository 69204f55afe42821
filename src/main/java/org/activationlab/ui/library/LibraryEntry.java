package org.activationlab.ui.library;

import java.util.Map;
import java.util.Objects;
import org.activationlab.model.ActivationSpec;
import org.activationlab.model.FormulaSpec;
import org.activationlab.ui.Messages;

/**
 * One formula of the user's library: the name it is listed under (unique in the library), a
 * description (possibly empty) and the formula with its declared parameters.
 *
 * @param name the name shown in the function lists, e.g. {@code My Mish}; not blank, stripped
 * @param description what the formula is for, possibly empty
 * @param formula the formula text with its parameters' values
 */
public record LibraryEntry(String name, String description, FormulaSpec formula) {
    public LibraryEntry {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(formula, "formula");
        name = name.strip();
        if (name.isEmpty()) {
            throw new IllegalArgumentException(Messages.get(LibraryKeys.NAME_REQUIRED));
        }
    }

    /**
     * The entry {@code name} for the formula {@code text} with {@code parameters}.
     *
     * @throws org.activationlab.model.formula.FormulaException where the text leaves the formula language
     * @throws IllegalArgumentException for a blank name or a refused parameter
     */
    public static LibraryEntry of(String name, String description, String text, Map<String, Double> parameters) {
        return new LibraryEntry(name, description, (FormulaSpec) ActivationSpec.formula(text, parameters));
    }

    /** This entry under another name. */
    public LibraryEntry withName(String newName) {
        return new LibraryEntry(newName, description, formula);
    }

    /** This entry with another description. */
    public LibraryEntry withDescription(String newDescription) {
        return new LibraryEntry(name, newDescription, formula);
    }
}
