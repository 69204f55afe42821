package org.activationlab.ui;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * Every user-visible string of the desktop app, looked up by a key from {@link TextKeys} in the
 * {@code org.activationlab.ui.messages} resource bundle. A key the bundle lacks shows as
 * {@code <key>} instead of failing, so a missing translation is visible but harmless.
 */
public final class Messages {
    static final String BUNDLE = "org.activationlab.ui.messages";
    private static final ResourceBundle TEXTS = ResourceBundle.getBundle(BUNDLE, Locale.getDefault());

    private Messages() {
    }

    /** The text for {@code key}, or {@code <key>} when the bundle has none. */
    public static String get(String key) {
        try {
            return TEXTS.getString(key);
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
        return new MessageFormat(get(key), TEXTS.getLocale()).format(arguments);
    }
}
