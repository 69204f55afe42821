package org.activationlab.ui;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.stage.Stage;
import org.activationlab.ui.export.NativeSaveFileChooser;
import org.activationlab.ui.prefs.UserPreferences;
import org.activationlab.ui.session.NativeSessionFileChooser;

/**
 * The main window started with preferences of its own, in a new temporary file, so that a test
 * sees the first start's window (size, lessons panel, scale) whatever the tests before it saved in
 * the shared test configuration folder.
 */
final class FreshPreferences {
    private FreshPreferences() {
    }

    /** Starts a new app on {@code stage} with empty preferences and returns it. */
    static ActivationLabApp start(Stage stage) {
        UserPreferences preferences = new UserPreferences(file());
        ActivationLabApp app = new ActivationLabApp(new NativeSaveFileChooser(), new NativeSessionFileChooser(preferences),
                preferences);
        app.start(stage);
        return app;
    }

    private static Path file() {
        try {
            Path folder = Files.createTempDirectory("activation-lab-test-preferences");
            folder.toFile().deleteOnExit();
            Path file = folder.resolve("preferences.json");
            file.toFile().deleteOnExit();
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
