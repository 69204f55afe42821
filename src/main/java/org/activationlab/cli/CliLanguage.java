package org.activationlab.cli;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The languages the command line speaks, chosen with {@code --lang} or from the system locale. */
enum CliLanguage {
    EN("en", Locale.ENGLISH),
    ZH("zh", Locale.SIMPLIFIED_CHINESE);

    private final String tag;
    private final Locale locale;

    CliLanguage(String tag, Locale locale) {
        this.tag = tag;
        this.locale = locale;
    }

    /** The value of {@code --lang}: {@code en} or {@code zh}. */
    String tag() {
        return tag;
    }

    /** The locale the texts are read in. */
    Locale locale() {
        return locale;
    }

    /** The language {@code --lang tag} names, if any. */
    static Optional<CliLanguage> ofTag(String tag) {
        return Arrays.stream(values()).filter(l -> l.tag.equals(tag)).findFirst();
    }

    /** Chinese for a system locale whose language is Chinese (any region or script), else English. */
    static CliLanguage ofSystem(Locale system) {
        return system.getLanguage().equals(ZH.tag) ? ZH : EN;
    }

    /** The accepted tags, {@code "en, zh"}. */
    static String tags() {
        return String.join(", ", Arrays.stream(values()).map(CliLanguage::tag).toList());
    }
}
