package org.activationlab.ui;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.control.Button;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Label;
import javafx.scene.control.MenuBar;
import javafx.scene.control.TabPane;
import org.activationlab.ui.training.TrainingKeys;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

/** The lessons panel in the real main window: docked beside the tabs, acting on them, in the View menu. */
class MainWindowLessonsTest extends FullWindowTest {
    @Test
    void theFirstLessonIsOpenBesideTheTabsAndItsShowMeSelectsTheTrainingTab(FxRobot robot) {
        assertThat(robot.lookup("#lessons-panel").query().isVisible()).isTrue();
        assertThat(robot.lookup("#lesson-title").queryAs(Label.class).getText())
                .isEqualTo("Why the activation must be non-linear");
        TabPane tabs = robot.lookup(".tab-pane").queryAs(TabPane.class);
        assertThat(tabs.getSelectionModel().getSelectedIndex()).isZero();
        robot.clickOn(robot.lookup("#lesson-show-me-0").queryAs(Button.class));
        robot.clickOn("#training-play");
        assertThat(tabs.getSelectionModel().getSelectedItem().getText()).isEqualTo(Messages.get(TrainingKeys.TAB));
        assertThat(robot.lookup("#training-explanation").queryAs(Label.class).getText())
                .endsWith(Messages.get("training.preset.linearXor.explanation"));
    }

    @Test
    void viewLessonsClosesAndReopensThePanel(FxRobot robot) {
        CheckMenuItem item = (CheckMenuItem) robot.lookup(".menu-bar").queryAs(MenuBar.class).getMenus().stream()
                .flatMap(m -> m.getItems().stream()).filter(i -> "lessons-menu-item".equals(i.getId()))
                .findFirst().orElseThrow();
        assertThat(item.getText()).isEqualTo("Lessons");
        assertThat(item.isSelected()).isTrue();
        robot.clickOn("#lessons-close");
        assertThat(robot.lookup("#lessons-panel").tryQuery()).isEmpty();
        assertThat(item.isSelected()).isFalse();
        assertThat(preferences.getBoolean(ActivationLabApp.LESSONS_OPEN, true))
                .as("closed for the next runs too").isFalse();
        robot.clickOn("View").clickOn("Lessons");
        assertThat(robot.lookup("#lessons-panel").query().isVisible()).isTrue();
        assertThat(preferences.getBoolean(ActivationLabApp.LESSONS_OPEN, false)).isTrue();
    }
}
