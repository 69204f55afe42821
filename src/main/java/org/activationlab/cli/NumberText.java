package org.activationlab.cli;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Strict parsing of the numbers typed on the command line: plain decimal notation with an
 * optional exponent ({@code 0.01}, {@code -6}, {@code 1e-3}); no hex, no type suffixes, no
 * surrounding blanks. Not-a-number and infinities are recognised so that the message can say
 * what is wrong with them.
 */
public final class NumberText {
    private static final Pattern DECIMAL = Pattern.compile("[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?");
    private static final Pattern NON_FINITE = Pattern.compile("[+-]?(nan|inf|infinity)");

    private NumberText() {
    }

    /**
     * The finite number {@code text} spells.
     *
     * @throws IllegalArgumentException with a one-line message naming the text when it is not a
     *     number, or is NaN, infinite, or too large for a double
     */
    public static double parseFinite(String text) {
        if (NON_FINITE.matcher(text.toLowerCase(Locale.ROOT)).matches()) {
            throw new IllegalArgumentException(CliTexts.format("error.number.notFinite", text));
        }
        if (!DECIMAL.matcher(text).matches()) {
            throw new IllegalArgumentException(CliTexts.format("error.number.notANumber", text));
        }
        double value = Double.parseDouble(text);
        if (Double.isInfinite(value)) {
            throw new IllegalArgumentException(CliTexts.format("error.number.tooLarge", text));
        }
        return value;
    }
}
