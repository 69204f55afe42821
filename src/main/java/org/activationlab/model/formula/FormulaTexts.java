package org.activationlab.model.formula;

import java.util.Locale;
import org.activationlab.model.TextBundle;

/** The formula messages, which live in the model's texts ({@code org/activationlab/model/texts*.properties}). */
final class FormulaTexts {
    private static final TextBundle BUNDLE = new TextBundle("org.activationlab.model.texts");

    private FormulaTexts() {
    }

    /** The text {@code key} in {@code locale}'s language, placeholders filled. */
    static String format(Locale locale, String key, Object... args) {
        return BUNDLE.format(locale, key, args);
    }

    /** The text {@code key} in the current language, placeholders filled. */
    static String format(String key, Object... args) {
        return BUNDLE.format(key, args);
    }
}
