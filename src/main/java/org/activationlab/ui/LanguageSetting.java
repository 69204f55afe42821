package org.activationlab.ui;

import java.util.Locale;
import java.util.Optional;
import org.activationlab.ui.prefs.UserPreferences;

/**
 * The language the user last chose from View &gt; Language, kept between runs in the app's
 * preferences (with the recent files and the window placement); without a choice the app speaks
 * the system locale's language.
 */
public final class LanguageSetting {
    /** The preference key; its value is a {@link Language} constant's name. */
    static final String KEY = "view.language";

    private final UserPreferences preferences;

    /** The setting kept in {@code preferences}. */
    public LanguageSetting(UserPreferences preferences) {
        this.preferences = preferences;
    }

    /** The language to start in: the one chosen last, else that of {@code system}. */
    public Language initial(Locale system) {
        return chosen().orElse(Language.of(system));
    }

    /** The language chosen last; empty if none was, or if the stored value names no language. */
    public Optional<Language> chosen() {
        return preferences.getString(KEY).flatMap(stored -> {
            try {
                return Optional.of(Language.valueOf(stored));
            } catch (IllegalArgumentException unknown) {
                return Optional.empty();
            }
        });
    }

    /**
     * Keeps {@code language} as the choice for the next runs (a store that cannot be written keeps
     * it for this run and says so through the preferences' problem listener).
     */
    public void remember(Language language) {
        preferences.putString(KEY, language.name());
    }
}
