package org.activationlab.shootout;

import org.activationlab.model.TextBundle;

/** The shoot-out's user-facing texts ({@code org/activationlab/shootout/texts*.properties}), in the current language. */
public final class ShootoutTexts {
    /** The bundle. */
    public static final TextBundle BUNDLE = new TextBundle("org.activationlab.shootout.texts");

    private ShootoutTexts() {
    }

    /** The text {@code key} in the current language. */
    public static String get(String key) {
        return BUNDLE.get(key);
    }

    /** The text {@code key} in the current language, placeholders filled. */
    public static String format(String key, Object... args) {
        return BUNDLE.format(key, args);
    }
}
