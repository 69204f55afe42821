package org.activationlab.ui.lessons;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * How lesson files name the constants of a preset enum: lower case with hyphens, e.g.
 * {@code TrainingPreset.LINEAR_XOR} is {@code "linear-xor"}.
 */
public final class PresetIds {
    private PresetIds() {
    }

    /** The id of {@code constant}. */
    public static String of(Enum<?> constant) {
        return constant.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The constant of {@code type} called {@code id}. */
    public static <E extends Enum<E>> Optional<E> find(Class<E> type, String id) {
        return Arrays.stream(type.getEnumConstants()).filter(c -> of(c).equals(id)).findFirst();
    }

    /** Every id of {@code type}, comma-separated, for messages. */
    public static String all(Class<? extends Enum<?>> type) {
        return Arrays.stream(type.getEnumConstants()).map(PresetIds::of).collect(Collectors.joining(", "));
    }
}
