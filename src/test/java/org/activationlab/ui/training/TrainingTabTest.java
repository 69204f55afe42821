package org.activationlab.ui.training;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.activationlab.ui.FxThread;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;

/**
 * The set-up that the tests of the Training tab on its own share. Before each test a new view model
 * starts from {@link TrainingState#INITIAL} and its view shows, started, in a 1240 x 780 scene on
 * a stage of its own (TestFX's shared primary stage may be left maximised by an earlier test
 * class); after each test the view stops, the model closes and the stage closes. TestFX looks for
 * {@code @Start} methods in the test class alone, so this is a JUnit {@code @BeforeEach}, which
 * test classes inherit.
 */
@ExtendWith(ApplicationExtension.class)
abstract class TrainingTabTest {
    /** The tab's model. */
    protected TrainingViewModel model;
    /** The tab. */
    protected TrainingView view;
    /** What the tab showed in the status bar, oldest first. */
    protected final List<String> statuses = new ArrayList<>();
    private Stage stage;

    @BeforeEach
    protected final void showTheTab() throws Exception {
        FxThread.run(() -> {
            model = new TrainingViewModel(TrainingState.INITIAL, statuses::add);
            view = new TrainingView(model);
            stage = new Stage();
            stage.setScene(new Scene(view.root(), 1240, 780));
            stage.show();
            view.start();
        });
    }

    @AfterEach
    protected final void closeTheTab() throws Exception {
        FxThread.run(() -> {
            view.stop();
            model.close();
            stage.close();
        });
    }
}
