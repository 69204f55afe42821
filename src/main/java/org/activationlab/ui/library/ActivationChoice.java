package org.activationlab.ui.library;

import java.util.Objects;
import org.activationlab.model.ActivationSpec;

/**
 * One item of a function list: an activation with the name it is listed under, and whether it is
 * one of the user's library formulas (marked as the user's) rather than a catalogue function.
 *
 * @param spec the activation a pick sets, with its default parameters
 * @param label the name shown: a catalogue function's display name, a library entry's name
 * @param yours whether it comes from the user's library
 */
public record ActivationChoice(ActivationSpec spec, String label, boolean yours) {
    public ActivationChoice {
        Objects.requireNonNull(spec, "spec");
        Objects.requireNonNull(label, "label");
    }

    /** The catalogue function, gated unit or formula {@code spec}, listed under its display name. */
    public static ActivationChoice of(ActivationSpec spec) {
        return new ActivationChoice(spec, spec.displayName(), false);
    }

    /** The library entry {@code entry}, listed under its name and marked as the user's. */
    public static ActivationChoice of(LibraryEntry entry) {
        return new ActivationChoice(entry.formula(), entry.name(), true);
    }

    /** Whether this choice names the function of {@code value} (whatever its parameter values). */
    public boolean names(ActivationSpec value) {
        return value != null && value.getClass() == spec.getClass() && value.name().equals(spec.name());
    }
}
