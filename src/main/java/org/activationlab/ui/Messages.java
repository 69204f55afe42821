package org.activationlab.ui;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import org.activationlab.model.TextBundle;

/**
 * Every user-visible string of the desktop app, looked up by a key from {@link TextKeys} in the
 * {@code org.activationlab.ui.messages} resource bundle of the current language,
 * {@link Locale#getDefault()} at the time of the call (View &gt; Language changes it). English is
 * the base bundle: a language without a bundle of its own gets English, never the system
 * locale's. A key the bundle lacks shows as {@code <key>} instead of failing, so a missing
 * translation is visible but harmless.
 */
public final class Messages {
    static final String BUNDLE = "org.activationlab.ui.messages";
    /** Looks only at the requested locale and its parents, never at the system default. */
    private static final TextBundle TEXTS = new TextBundle(BUNDLE);

    private Messages() {
    }

    /** The bundle of {@code locale} (cached by {@link ResourceBundle}). */
    static ResourceBundle bundle(Locale locale) {
        return TEXTS.resourceBundle(locale);
    }

    /** The text for {@code key} in the current language, or {@code <key>} when the bundle has none. */
    public static String get(String key) {
        try {
            return TEXTS.get(key);
        } catch (MissingResourceException e) {
            return "<" + key + ">";
        }
    }

    /**
     * The text for {@code key} with {@code {0}}, {@code {1}}, ... replaced by the arguments
     * ({@link MessageFormat} syntax: a literal apostrophe is written {@code ''} in such texts).
     * Pass numbers already formatted as strings so that no locale grouping creeps in.
     */
    public static String format(String key, Object... arguments) {
        return new MessageFormat(get(key), Locale.getDefault()).format(arguments);
    }
}
