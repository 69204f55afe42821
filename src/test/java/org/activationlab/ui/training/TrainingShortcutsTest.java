package org.activationlab.ui.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.testfx.matcher.control.LabeledMatchers.hasText;

import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.activationlab.ui.FullWindowTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Space, Right and R in the real main window: they play, step and reset the Training tab wherever
 * the focus is (even on the tab bar, whose arrow keys they override), but not while a text field
 * has the focus, not on a slider for Right, and not on another tab.
 */
class TrainingShortcutsTest extends FullWindowTest {
    private static final long TIMEOUT_SECONDS = 30;

    /** Opens the Training tab by clicking its header, which leaves the focus on the tab bar. */
    @BeforeEach
    void openTheTrainingTab(FxRobot robot) {
        robot.clickOn(robot.lookup(".tab-label").match(hasText("Training")).queryAs(Label.class));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(tabs(robot).getSelectionModel().getSelectedItem().getId()).isEqualTo("training-tab");
    }

    private TabPane tabs(FxRobot robot) {
        return robot.from(stage.getScene().getRoot()).lookup(".tab-pane").queryAs(TabPane.class);
    }

    private int step(FxRobot robot) {
        String text = robot.lookup("#training-step-counter").queryAs(Label.class).getText();
        return Integer.parseInt(text.replaceAll("\\D", ""));
    }

    private static void type(FxRobot robot, KeyCode key) {
        robot.press(key).release(key);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static void waitUntil(Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS, condition);
    }

    @Test
    void rightStepsSpacePlaysAndPausesAndRResets(FxRobot robot) throws Exception {
        assertThat(step(robot)).isZero();
        type(robot, KeyCode.RIGHT);
        waitUntil(() -> step(robot) == 1);
        assertThat(tabs(robot).getSelectionModel().getSelectedItem().getId()).as("Right does not switch tabs")
                .isEqualTo("training-tab");

        type(robot, KeyCode.SPACE);
        waitUntil(() -> step(robot) >= 20);
        assertThat(robot.lookup("#training-play").queryAs(Button.class).getText()).isEqualTo("Pause");
        type(robot, KeyCode.SPACE);
        waitUntil(() -> robot.lookup("#training-play").queryAs(Button.class).getText().equals("Play"));
        Thread.sleep(200);
        WaitForAsyncUtils.waitForFxEvents();
        int paused = step(robot);
        Thread.sleep(300);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(step(robot)).isEqualTo(paused);

        type(robot, KeyCode.R);
        waitUntil(() -> step(robot) == 0);
    }

    @Test
    void theKeysTypeInATextFieldInsteadOfDrivingTraining(FxRobot robot) throws Exception {
        type(robot, KeyCode.RIGHT);
        waitUntil(() -> step(robot) == 1);
        TextField rate = robot.lookup("#training-learning-rate").queryAs(TextField.class);
        robot.clickOn(rate);
        robot.interact(rate::end);
        String before = rate.getText();
        type(robot, KeyCode.R);
        type(robot, KeyCode.SPACE);
        type(robot, KeyCode.RIGHT);
        Thread.sleep(300);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(step(robot)).isEqualTo(1);
        assertThat(rate.getText()).isEqualTo(before + "r ");
        assertThat(robot.lookup("#training-play").queryAs(Button.class).getText()).isEqualTo("Play");
    }

    @Test
    void rightMovesAFocusedSliderAndTheKeysRestOnOtherTabs(FxRobot robot) throws Exception {
        Slider slider = robot.lookup(".training-view .slider").queryAs(Slider.class);
        robot.interact(slider::requestFocus);
        double value = slider.getValue();
        type(robot, KeyCode.RIGHT);
        assertThat(slider.getValue()).as("Right reached the slider: the shortcut did not take it").isGreaterThan(value);

        robot.interact(() -> tabs(robot).requestFocus());
        type(robot, KeyCode.RIGHT);
        waitUntil(() -> step(robot) == 1);
        robot.interact(() -> tabs(robot).getSelectionModel().select(0));
        type(robot, KeyCode.R);
        type(robot, KeyCode.SPACE);
        Thread.sleep(300);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(step(robot)).isEqualTo(1);
        assertThat(robot.lookup("#training-play").queryAs(Button.class).getText()).isEqualTo("Play");
    }
}
