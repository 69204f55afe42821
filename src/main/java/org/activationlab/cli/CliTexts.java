package org.activationlab.cli;

import java.util.ResourceBundle;
import org.activationlab.model.TextBundle;

/**
 * The command line's texts ({@code org/activationlab/cli/texts*.properties}): its messages and,
 * through picocli's resource bundle support, the descriptions and headings of {@code --help}.
 */
final class CliTexts {
    /** The bundle. */
    static final TextBundle BUNDLE = new TextBundle("org.activationlab.cli.texts");

    private CliTexts() {
    }

    /** The text {@code key} in the current language. */
    static String get(String key) {
        return BUNDLE.get(key);
    }

    /** The text {@code key} in the current language, placeholders filled. */
    static String format(String key, Object... args) {
        return BUNDLE.format(key, args);
    }

    /** The bundle in the current language, for picocli's usage help. */
    static ResourceBundle forHelp() {
        return BUNDLE.resourceBundle(java.util.Locale.getDefault());
    }
}
