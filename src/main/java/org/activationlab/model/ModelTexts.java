package org.activationlab.model;

import java.util.Locale;

/** The model layer's user-facing texts ({@code org/activationlab/model/texts*.properties}). */
final class ModelTexts {
    private static final TextBundle BUNDLE = new TextBundle("org.activationlab.model.texts");

    private ModelTexts() {
    }

    /** The text {@code key} in the current language. */
    static String get(String key) {
        return BUNDLE.get(key);
    }

    /** The text {@code key} in {@code locale}'s language. */
    static String get(Locale locale, String key) {
        return BUNDLE.get(locale, key);
    }

    /** The text {@code key} in the current language, placeholders filled. */
    static String format(String key, Object... args) {
        return BUNDLE.format(key, args);
    }

    /** The text {@code key} in {@code locale}'s language, placeholders filled. */
    static String format(Locale locale, String key, Object... args) {
        return BUNDLE.format(locale, key, args);
    }
}
