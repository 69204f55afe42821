package org.activationlab.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.ref.WeakReference;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/**
 * An app that has stopped, with its window closed, lets go of everything it made: nothing of the
 * process (the problems reported, the list of activation choices, the background threads) keeps
 * its views or models. The window's problem banner followed the process-wide problems while its
 * node was in a scene, and a closed window keeps its scene, so every app a test run started stayed
 * reachable (about 65 MB each) until the view tests ran out of memory in one JVM.
 */
@ExtendWith(ApplicationExtension.class)
class StoppedAppReleaseTest {
    private static final int APPS = 3;
    private static final int COLLECTIONS = 20;

    private ActivationLabApp app;
    private Stage stage;

    @Test
    void stoppedAppsAndTheirWindowsAreCollected() throws Exception {
        Locale original = Locale.getDefault();
        List<WeakReference<Object>> stopped = new ArrayList<>();
        for (int i = 0; i < APPS; i++) {
            FxThread.run(() -> {
                Locale.setDefault(Locale.US);
                app = FullWindowTest.standardApp(FreshPreferences.create());
                stage = new Stage();
                app.start(stage);
            });
            WaitForAsyncUtils.waitForFxEvents();
            FxThread.run(() -> {
                app.stop();
                stage.close();
                Locale.setDefault(original);
            });
            stopped.add(new WeakReference<>(app));
            stopped.add(new WeakReference<>(stage));
        }
        app = null;
        stage = null;
        WaitForAsyncUtils.waitForFxEvents();
        // The toolkit may keep the window it used last (JavaFX's and TestFX's own references), so
        // one app at most may stay: the leak kept them all.
        long reachable = stopped.size();
        for (int i = 0; i < COLLECTIONS && reachable > 2; i++) {
            System.gc();
            Thread.sleep(50);
            reachable = stopped.stream().filter(r -> r.get() != null).count();
        }
        assertThat(reachable).as("stopped apps and windows still reachable, of %s", stopped.size())
                .isLessThanOrEqualTo(2);
    }
}
