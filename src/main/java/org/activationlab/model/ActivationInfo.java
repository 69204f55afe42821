package org.activationlab.model;

import java.util.Locale;

/**
 * What describes an activation function apart from its numbers. The name people read and the
 * one-line summary are translated: they are looked up in the model's texts
 * ({@code activation.NAME.displayName}, {@code activation.NAME.summary}) at each call, in the
 * current language unless a locale is given.
 *
 * @param name the CLI and file name, e.g. {@code "leaky_relu"}; never translated
 * @param formulaText the formula in plain text, e.g. {@code "f(x) = max(0, x)"}
 * @param formulaLatex the formula in LaTeX (JLaTeXMath subset)
 * @param derivativeLatex the derivative in LaTeX
 * @param paper the paper it comes from (authors, year, title), or a textbook source
 * @param userFormula whether this describes a formula the user typed: then {@code name} is the
 *     formula itself, which is also the name people read, and there is no paper
 */
public record ActivationInfo(String name, String formulaText, String formulaLatex, String derivativeLatex,
                             String paper, boolean userFormula) {

    /** A catalogue function's description. */
    public ActivationInfo(String name, String formulaText, String formulaLatex, String derivativeLatex, String paper) {
        this(name, formulaText, formulaLatex, derivativeLatex, paper, false);
    }

    /** The description of the formula {@code text} that the user typed. */
    public static ActivationInfo ofFormula(String text, String formulaText, String formulaLatex,
                                           String derivativeLatex) {
        return new ActivationInfo(text, formulaText, formulaLatex, derivativeLatex, "", true);
    }

    /** The name people read in the current language, e.g. {@code "Leaky ReLU"}. */
    public String displayName() {
        return displayName(Locale.getDefault());
    }

    /** The name people read in {@code locale}'s language ({@link Locale#ROOT}: English). */
    public String displayName(Locale locale) {
        return userFormula ? name : ModelTexts.get(locale, "activation." + name + ".displayName");
    }

    /** One line on what it is and why it exists, in the current language. */
    public String summary() {
        return summary(Locale.getDefault());
    }

    /** One line on what it is and why it exists, in {@code locale}'s language. */
    public String summary(Locale locale) {
        return userFormula ? ModelTexts.get(locale, "activation.formula.summary")
                : ModelTexts.get(locale, "activation." + name + ".summary");
    }
}
