package org.activationlab.ui.controls;

import java.util.Objects;
import java.util.function.Function;
import javafx.util.StringConverter;

/**
 * The converter of a choice control whose items are shown by a name and never typed: the name of a
 * value, "" for none. Choice and combo boxes that are not editable never read text back, so
 * {@link StringConverter#fromString} refuses.
 */
public final class ShownAs {
    private ShownAs() {
    }

    /** A converter showing each non-null value as {@code name} gives it. */
    public static <T> StringConverter<T> names(Function<? super T, String> name) {
        Objects.requireNonNull(name, "name");
        return new StringConverter<>() {
            @Override
            public String toString(T value) {
                return value == null ? "" : name.apply(value);
            }

            @Override
            public T fromString(String text) {
                throw new UnsupportedOperationException("choose from the list");
            }
        };
    }
}
