package org.activationlab.ui;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.activationlab.ui.prefs.UserPreferences;

/**
 * Preferences of a test's own, in a new temporary file, so that the app sees a first start's
 * preferences (window size, lessons panel, scale, language) whatever the tests before it saved in
 * the shared test configuration folder.
 */
final class FreshPreferences {
    private FreshPreferences() {
    }

    /** Empty preferences in a new temporary folder, deleted when the tests end. */
    static UserPreferences create() {
        try {
            Path folder = Files.createTempDirectory("activation-lab-test-preferences");
            folder.toFile().deleteOnExit();
            Path file = folder.resolve(UserPreferences.FILE_NAME);
            file.toFile().deleteOnExit();
            return new UserPreferences(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
