package org.activationlab.model;

import java.util.Locale;
import java.util.ResourceBundle;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One layer's user-facing texts: a UTF-8 properties bundle with an English base file and a
 * {@code _zh} translation, looked up at every call in the language given (by default
 * {@link Locale#getDefault()}, which the app changes at run time), so no translated text is
 * ever cached by a caller. The lookup never falls back to the system locale: any language
 * without its own file reads the English base.
 *
 * <p>Placeholders are {@code {0}}, {@code {1}}, ... and are replaced by the arguments'
 * {@code String.valueOf} as they are, with no number formatting and no quoting rules, so
 * {@code '} is written as itself and numbers keep the format the caller chose.
 */
public final class TextBundle {
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    /** A placeholder: {@code {0}}, {@code {1}}, ... */
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)}");

    private final String baseName;

    /** The bundle {@code baseName}, e.g. {@code "org.activationlab.model.texts"}. */
    public TextBundle(String baseName) {
        this.baseName = baseName;
    }

    /** The text {@code key} in the current language. */
    public String get(String key) {
        return get(Locale.getDefault(), key);
    }

    /** The text {@code key} in {@code locale}'s language ({@link Locale#ROOT} reads the English base). */
    public String get(Locale locale, String key) {
        return bundle(locale).getString(key);
    }

    /** The text {@code key} in the current language with {@code {i}} replaced by {@code args[i]}. */
    public String format(String key, Object... args) {
        return format(Locale.getDefault(), key, args);
    }

    /** The text {@code key} in {@code locale}'s language with {@code {i}} replaced by {@code args[i]}. */
    public String format(Locale locale, String key, Object... args) {
        return fill(get(locale, key), args);
    }

    /** {@code pattern} with each {@code {i}} replaced by {@code String.valueOf(args[i])}, in one pass. */
    static String fill(String pattern, Object... args) {
        Matcher m = PLACEHOLDER.matcher(pattern);
        StringBuilder text = new StringBuilder();
        while (m.find()) {
            int index = Integer.parseInt(m.group(1));
            String value = index < args.length ? String.valueOf(args[index]) : m.group();
            m.appendReplacement(text, Matcher.quoteReplacement(value));
        }
        m.appendTail(text);
        return text.toString();
    }

    /** The underlying bundle in {@code locale}'s language, for libraries that read a {@link ResourceBundle}. */
    public ResourceBundle resourceBundle(Locale locale) {
        return bundle(locale);
    }

    private ResourceBundle bundle(Locale locale) {
        return ResourceBundle.getBundle(baseName, locale, TextBundle.class.getClassLoader(), NO_FALLBACK);
    }
}
