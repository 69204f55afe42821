package org.activationlab.ui.controls;

import java.util.OptionalDouble;
import java.util.regex.Pattern;

/**
 * Numbers typed into the app's fields: a decimal number with an optional exponent ({@code 2},
 * {@code -0.5}, {@code .25}, {@code 1e-3}, {@code +7.5E2}); surrounding blanks are ignored and a
 * typographic minus (U+2212) is accepted. No hex, no type suffixes, no words such as NaN.
 */
public final class DecimalInput {
    private static final Pattern NUMBER = Pattern.compile("[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?");

    private DecimalInput() {
    }

    /** {@code text} without surrounding blanks and with a typographic minus replaced, as messages quote it. */
    public static String normalise(String text) {
        return text.strip().replace('\u2212', '-');
    }

    /** The number {@code text} spells (infinite if it overflows a double), or empty when it is not a number. */
    public static OptionalDouble parse(String text) {
        String normalised = normalise(text);
        return NUMBER.matcher(normalised).matches()
                ? OptionalDouble.of(Double.parseDouble(normalised)) : OptionalDouble.empty();
    }
}
