package org.activationlab.ui;

import java.util.Locale;
import java.util.Optional;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;

/**
 * The language the user last chose from View &gt; Language, kept between runs in a preferences
 * node; without a choice the app speaks the system locale's language.
 */
public final class LanguageSetting {
    /** The preference key; its value is a {@link Language} constant's name. */
    static final String KEY = "language";

    private final Preferences node;

    /** The setting kept in {@code node}. */
    public LanguageSetting(Preferences node) {
        this.node = node;
    }

    /** The current user's setting, in the app's own preferences node. */
    public static LanguageSetting forUser() {
        return new LanguageSetting(Preferences.userNodeForPackage(LanguageSetting.class));
    }

    /** The language to start in: the one chosen last, else that of {@code system}. */
    public Language initial(Locale system) {
        return chosen().orElse(Language.of(system));
    }

    /** The language chosen last; empty if none was, or if the stored value names no language. */
    public Optional<Language> chosen() {
        String stored = node.get(KEY, null);
        if (stored == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(Language.valueOf(stored));
        } catch (IllegalArgumentException unknown) {
            return Optional.empty();
        }
    }

    /** Keeps {@code language} as the choice for the next runs; a store that cannot be written keeps it for this run only. */
    public void remember(Language language) {
        node.put(KEY, language.name());
        try {
            node.flush();
        } catch (BackingStoreException unwritable) {
            System.getLogger(LanguageSetting.class.getName()).log(System.Logger.Level.WARNING,
                    "could not save the language choice: " + unwritable.getMessage());
        }
    }
}
