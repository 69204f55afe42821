package org.activationlab.model.formula;

import java.util.Locale;

/**
 * A formula that does not parse: the formula, the place (1-based, in characters) and what was
 * expected there, as one line in the current language, e.g.
 * {@code formula 'x*': expected a number, x, a parameter, a function or '(' at position 3}.
 * The parts stay available so that an editor can mark the place under the input field.
 */
public final class FormulaException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    private final String formula;
    private final int position;
    private final String key;
    private final transient Object[] arguments;

    FormulaException(String formula, int index, String key, Object... arguments) {
        super(key);
        this.formula = formula;
        this.position = formula.codePointCount(0, Math.min(index, formula.length())) + 1;
        this.key = key;
        this.arguments = arguments.clone();
    }

    /** The formula as typed. */
    public String formula() {
        return formula;
    }

    /** Where the problem is: 1 for the first character, length + 1 for the end. */
    public int position() {
        return position;
    }

    /** What went wrong there, without the formula and the position, in {@code locale}'s language. */
    public String problem(Locale locale) {
        return FormulaTexts.format(locale, key, arguments);
    }

    /** The whole line in {@code locale}'s language. */
    public String message(Locale locale) {
        return FormulaTexts.format(locale, "formula.error", formula, problem(locale), position);
    }

    @Override
    public String getMessage() {
        return message(Locale.getDefault());
    }
}
