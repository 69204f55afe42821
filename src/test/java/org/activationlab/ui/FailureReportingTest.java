package org.activationlab.ui;

import org.activationlab.model.ActivationSpec;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.event.ActionEvent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.input.Clipboard;
import javafx.scene.layout.HBox;
import org.activationlab.ui.prefs.UserPreferences;
import org.activationlab.ui.problems.ProblemBanner;
import org.activationlab.ui.problems.ProblemKeys;
import org.activationlab.ui.problems.ProblemLog;
import org.activationlab.ui.problems.ProblemSource;
import org.activationlab.ui.problems.Problems;
import org.activationlab.ui.training.TrainingKeys;
import org.activationlab.ui.training.TrainingViewModel;
import org.controlsfx.control.StatusBar;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * No failure is silent: a bug injected into each kind of work (a training step, drawing a figure,
 * the depth study, the property analysis, an event handler on the JavaFX thread) shows the banner
 * naming it, stops training (Play shows again) and writes its stack trace to the log, which
 * Help &gt; Report a Problem copies.
 */
class FailureReportingTest extends FullWindowTest {
    @TempDir
    static Path logs;

    /** The app, reporting its problems in a log of the test's. */
    @Override
    protected ActivationLabApp newApp(UserPreferences preferences) {
        Problems.shared().useLog(new ProblemLog(logs));
        return super.newApp(preferences);
    }

    @AfterEach
    void forgetTheProblem() {
        WaitForAsyncUtils.asyncFx(() -> Problems.shared().dismiss());
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Shows the Training tab and plays it at full speed, so that the test can see a failure stop it. */
    private void playAtFullSpeed(FxRobot robot) {
        robot.interact(() -> {
            app.mainView().tabs().getSelectionModel().select(app.mainView().tabs().getTabs().stream()
                    .filter(t -> "training-tab".equals(t.getId())).findFirst().orElseThrow());
            TrainingViewModel training = app.models().training();
            training.setSpeed(0);
            training.play();
        });
        assertThat(playButton(robot).getText()).isEqualTo(Messages.get(TrainingKeys.PAUSE));
    }

    private static Button playButton(FxRobot robot) {
        return robot.lookup("#training-play").queryAs(Button.class);
    }

    /** Waits for the banner, then checks it, the play state and the log. */
    private void assertSurfaced(FxRobot robot, ProblemSource source, String message) throws TimeoutException, IOException {
        HBox banner = robot.lookup("#" + ProblemBanner.STYLE_CLASS).queryAs(HBox.class);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, banner::isVisible);
        WaitForAsyncUtils.waitForFxEvents();
        String text = ((Label) banner.getChildren().get(0)).getText();
        assertThat(text).startsWith(Messages.get(source.key()) + " failed: ").contains(message)
                .contains(logs.toString());
        assertThat(app.models().training().isPlaying()).isFalse();
        assertThat(playButton(robot).getText()).isEqualTo(Messages.get(TrainingKeys.PLAY));
        Path log = Problems.shared().log().newestFile();
        assertThat(log.getParent()).isEqualTo(logs);
        String logged = Files.readString(log, StandardCharsets.UTF_8);
        assertThat(logged).contains(source.name() + " failed").contains(message).contains("\tat org.activationlab.");
    }

    @Test
    void aTrainingStepThatThrows(FxRobot robot) throws Exception {
        FailingActivation failing = new FailingActivation("training", false);
        robot.interact(() -> app.models().training().start(s -> s.withActivationEverywhere(ActivationSpec.of(failing))));
        playAtFullSpeed(robot);
        failing.arm();

        assertSurfaced(robot, ProblemSource.TRAINING, failing.message());
    }

    @Test
    void aFigureThatCannotBeBuilt(FxRobot robot) throws Exception {
        FailingActivation failing = new FailingActivation("training-figures", false);
        robot.interact(() -> app.models().training().start(s -> s.withActivationEverywhere(ActivationSpec.of(failing))));
        playAtFullSpeed(robot);
        failing.arm();

        assertSurfaced(robot, ProblemSource.FIGURE, failing.message());
    }

    @Test
    void aDepthStudyThatThrows(FxRobot robot) throws Exception {
        playAtFullSpeed(robot);
        FailingActivation failing = new FailingActivation("depth-study", true);
        robot.interact(() -> {
            app.models().depth().start();
            app.models().depth().setActivation(failing);
        });

        assertSurfaced(robot, ProblemSource.DEPTH_STUDY, failing.message());
    }

    @Test
    void aPropertyAnalysisThatThrows(FxRobot robot) throws Exception {
        playAtFullSpeed(robot);
        FailingActivation failing = new FailingActivation("property-analysis", true);
        robot.interact(() -> app.models().properties().changeParameters(failing));

        assertSurfaced(robot, ProblemSource.PROPERTIES, failing.message());
    }

    @Test
    void anEventHandlerThatThrowsOnTheJavaFxThreadAndHelpReportAProblemCopiesTheLog(FxRobot robot) throws Exception {
        playAtFullSpeed(robot);
        Button reset = robot.lookup("#training-reset").queryAs(Button.class);
        robot.interact(() -> reset.addEventHandler(ActionEvent.ACTION, e -> {
            throw new IllegalStateException("injected failure in an event handler");
        }));
        robot.clickOn(reset);

        assertSurfaced(robot, ProblemSource.WINDOW, "injected failure in an event handler");
        robot.clickOn(Messages.get(TextKeys.MENU_HELP).replace("_", ""))
                .clickOn(Messages.get(ProblemKeys.MENU_REPORT).replace("_", ""));
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> assertThat(Clipboard.getSystemClipboard().getString())
                .contains("injected failure in an event handler"));
        assertThat(robot.lookup("." + Styles.STATUS_BAR).queryAs(StatusBar.class).getText()).startsWith("Copied the log (");
        robot.clickOn(robot.lookup("#" + ProblemBanner.STYLE_CLASS + " .button").queryAs(Button.class));
        assertThat(robot.lookup("#" + ProblemBanner.STYLE_CLASS).query().isVisible()).isFalse();
    }
}
