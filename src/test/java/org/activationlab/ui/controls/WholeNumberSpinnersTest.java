package org.activationlab.ui.controls;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.Scene;
import javafx.scene.control.Spinner;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * Typing into a whole-number spinner and pressing Enter: unreadable text puts the value back
 * (JavaFX's own converter threw NumberFormatException on the JavaFX thread; found by MonkeyTest).
 */
@ExtendWith(ApplicationExtension.class)
class WholeNumberSpinnersTest {
    private Spinner<Integer> spinner;

    @Start
    void start(Stage stage) {
        spinner = new Spinner<>(10, 500, 200, 20);
        spinner.setEditable(true);
        WholeNumberSpinners.forgiveUnreadableText(spinner);
        stage.setScene(new Scene(new StackPane(spinner), 300, 100));
        stage.show();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "2.5e3 | 200 | 200",
        "abc   | 200 | 200",
        "' '   | 200 | 200",
        "120   | 120 | 120",
        "' 90 '| 90  | 90",
        "9999  | 500 | 500",
        "3     | 10  | 10"})
    void enterCommitsAWholeNumberAndPutsTheValueBackOtherwise(String typed, int value, String shown, FxRobot robot) {
        robot.clickOn(spinner.getEditor()).push(KeyCode.CONTROL, KeyCode.A).push(KeyCode.BACK_SPACE);
        robot.write(typed).type(KeyCode.ENTER);

        assertThat(spinner.getValue()).isEqualTo(value);
        assertThat(spinner.getEditor().getText()).isEqualTo(shown);
    }
}
