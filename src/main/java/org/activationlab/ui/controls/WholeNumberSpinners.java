package org.activationlab.ui.controls;

import javafx.scene.control.Spinner;
import javafx.util.StringConverter;

/**
 * Makes an editable whole-number spinner forgive what it cannot read: text that is not a whole
 * number (such as "2.5e3", "abc" or an empty field) puts the current value back in the field
 * instead of throwing from the Enter key or the focus change, as JavaFX's default converter does
 * (found by MonkeyTest). Numbers out of range are clamped by the spinner's value factory.
 */
public final class WholeNumberSpinners {
    private WholeNumberSpinners() {
    }

    /** Lets {@code spinner} be edited with the rules above; call once its value factory is set. */
    public static void forgiveUnreadableText(Spinner<Integer> spinner) {
        spinner.getValueFactory().setConverter(new StringConverter<>() {
            @Override
            public String toString(Integer value) {
                return value == null ? "" : value.toString();
            }

            @Override
            public Integer fromString(String text) {
                try {
                    return Integer.valueOf(text.strip());
                } catch (NumberFormatException e) {
                    spinner.cancelEdit();
                    return spinner.getValue();
                }
            }
        });
    }
}
