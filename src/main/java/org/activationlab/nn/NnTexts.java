package org.activationlab.nn;

import org.activationlab.model.TextBundle;

/** The nn layer's user-facing texts ({@code org/activationlab/nn/texts*.properties}), in the current language. */
public final class NnTexts {
    /** The bundle. */
    public static final TextBundle BUNDLE = new TextBundle("org.activationlab.nn.texts");

    private NnTexts() {
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
