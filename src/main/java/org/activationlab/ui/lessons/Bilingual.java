package org.activationlab.ui.lessons;

import java.util.Locale;
import java.util.Objects;

/**
 * A text of a lesson in both languages of the app. Which one shows follows the current language
 * ({@link Locale#getDefault()}), read at each call so that a language switch takes effect when the
 * views are rebuilt.
 *
 * @param en the English text (not blank)
 * @param zh the Simplified Chinese text (not blank)
 */
public record Bilingual(String en, String zh) {
    /** The language code whose speakers get {@link #zh()}. */
    static final String CHINESE = "zh";

    public Bilingual {
        Objects.requireNonNull(en, "en");
        Objects.requireNonNull(zh, "zh");
    }

    /** The text in the current language: Chinese for a {@code zh} locale, English otherwise. */
    public String current() {
        return in(Locale.getDefault());
    }

    /** The text for {@code locale}: Chinese for its {@code zh} language, English otherwise. */
    public String in(Locale locale) {
        return CHINESE.equals(locale.getLanguage()) ? zh : en;
    }
}
