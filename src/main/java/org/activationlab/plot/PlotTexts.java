package org.activationlab.plot;

import org.activationlab.model.TextBundle;

/**
 * The plot layer's user-facing texts ({@code org/activationlab/plot/texts*.properties}): figure
 * titles, axis labels, legend entries and captions, in the current language. Series ids and
 * table headers are data, not texts, and are never translated.
 */
public final class PlotTexts {
    /** The bundle. */
    public static final TextBundle BUNDLE = new TextBundle("org.activationlab.plot.texts");

    private PlotTexts() {
    }

    /** The text {@code key} in the current language. */
    public static String get(String key) {
        return BUNDLE.get(key);
    }

    /** The text {@code key} in the current language, placeholders filled. */
    public static String format(String key, Object... args) {
        return BUNDLE.format(key, args);
    }

    /** The text {@code key} as plain figure text. */
    public static Text plain(String key) {
        return Text.plain(get(key));
    }
}
