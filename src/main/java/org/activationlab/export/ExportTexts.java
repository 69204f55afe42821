package org.activationlab.export;

import org.activationlab.model.TextBundle;

/** The export layer's user-facing texts ({@code org/activationlab/export/texts*.properties}), in the current language. */
final class ExportTexts {
    /** The bundle. */
    static final TextBundle BUNDLE = new TextBundle("org.activationlab.export.texts");

    private ExportTexts() {
    }

    /** The text {@code key} in the current language. */
    static String get(String key) {
        return BUNDLE.get(key);
    }

    /** The text {@code key} in the current language, placeholders filled. */
    static String format(String key, Object... args) {
        return BUNDLE.format(key, args);
    }

    /** "cannot write FILE: REASON" in the current language. */
    static String cannotWrite(Object file, String reason) {
        return format("export.cannotWrite", file, reason);
    }
}
