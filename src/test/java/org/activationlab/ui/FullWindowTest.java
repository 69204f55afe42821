package org.activationlab.ui;

import java.util.Locale;
import javafx.stage.Stage;
import org.activationlab.ui.export.NativeSaveFileChooser;
import org.activationlab.ui.prefs.UserPreferences;
import org.activationlab.ui.session.NativeSessionFileChooser;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;

/**
 * The set-up that every test of the whole main window shares. Before each test a new app starts
 * on a stage of its own, as TestFX's shared primary stage may be left maximised or resized by an
 * earlier test class, and with {@link FreshPreferences preferences of its own}, so that the window
 * size, lessons panel or scale an earlier test saved cannot move what a test clicks. It starts in
 * US English whatever the default locale an earlier test left (the first start follows the
 * system's language). After each test the app stops, its window closes and the locale is restored.
 *
 * <p>TestFX looks for {@code @Start} and {@code @Stop} methods in the test class alone, not in the
 * classes it extends, so the window starts in a JUnit {@code @BeforeEach}, which test classes
 * inherit and which runs after TestFX has set up its toolkit (a subclass's own {@code @BeforeEach}
 * methods run after it, its {@code @AfterEach} methods before the window closes).
 */
@ExtendWith(ApplicationExtension.class)
public abstract class FullWindowTest {
    private final Locale original = Locale.getDefault();
    /** The app under test. */
    protected ActivationLabApp app;
    /** The app's window. */
    protected Stage stage;
    /** The app's preferences, in a new temporary file. */
    protected UserPreferences preferences;

    /**
     * The app to start with {@code preferences}, made on the JavaFX thread just before it starts:
     * with the platform's file dialogs, unless a test that answers them itself, or prepares what
     * the app reads at its start, overrides this.
     */
    protected ActivationLabApp newApp(UserPreferences preferences) {
        return standardApp(preferences);
    }

    /** The app as a user starts it, with the platform's file dialogs, on {@code preferences}; not started. */
    static ActivationLabApp standardApp(UserPreferences preferences) {
        return new ActivationLabApp(new NativeSaveFileChooser(), new NativeSessionFileChooser(preferences), preferences);
    }

    @BeforeEach
    protected final void startTheWindow() throws Exception {
        FxThread.run(() -> {
            Locale.setDefault(Locale.US);
            preferences = FreshPreferences.create();
            app = newApp(preferences);
            stage = new Stage();
            app.start(stage);
        });
    }

    @AfterEach
    protected final void stopTheWindow() throws Exception {
        FxThread.run(() -> {
            if (app != null) {
                app.stop();
            }
            if (stage != null) {
                stage.close();
            }
            Locale.setDefault(original);
        });
    }
}
