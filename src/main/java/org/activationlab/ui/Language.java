package org.activationlab.ui;

import java.util.Locale;

/**
 * The languages the desktop app speaks. The current one is {@link Locale#getDefault()}: every
 * text is looked up in it when a view is built (see {@link Messages}).
 */
public enum Language {
    EN(Locale.ENGLISH, "English"),
    ZH(Locale.SIMPLIFIED_CHINESE, "简体中文");

    private final Locale locale;
    private final String nativeName;

    Language(Locale locale, String nativeName) {
        this.locale = locale;
        this.nativeName = nativeName;
    }

    /** The locale whose resource bundles hold this language's texts. */
    public Locale locale() {
        return locale;
    }

    /** The language's name in itself, as the language menu lists it: "English", "简体中文". */
    public String nativeName() {
        return nativeName;
    }

    /** Chinese for any {@code zh} locale, English for every other. */
    public static Language of(Locale locale) {
        return ZH.locale.getLanguage().equals(locale.getLanguage()) ? ZH : EN;
    }

    /** The language of {@link Locale#getDefault()}. */
    public static Language current() {
        return of(Locale.getDefault());
    }

    /**
     * Makes this the current language: the {@code system} locale when it speaks this language
     * (so an en_GB or zh_TW system keeps its own formats), else this language's locale.
     */
    public void makeCurrent(Locale system) {
        Locale.setDefault(of(system) == this ? system : locale);
    }
}
