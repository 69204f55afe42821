package org.activationlab.ui.training;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.TimeUnit;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import org.activationlab.ui.library.ActivationChoice;
import javafx.scene.control.Label;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Picking a gated unit in the Training tab: the layer's parameter count doubles, it trains, and the
 * match shrinks it; comparing with a gated unit trains a gated network beside the element-wise one,
 * whose count the match brings down to the element-wise network's.
 */
class GatedTrainingViewTest extends TrainingTabTest {
    private static String text(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(Label.class).getText();
    }

    @Test
    @SuppressWarnings("unchecked")
    void pickingSwigluDoublesTheLayersParametersTrainsAndMatchesTheCount(FxRobot robot) throws Exception {
        assertThat(text(robot, "#training-layer-parameters-1")).isEqualTo("24 parameters");
        assertThat(text(robot, "#training-parameter-count")).isEqualTo("Parameters: 105");
        assertThat(robot.lookup("#training-match-parameters").queryAs(Button.class).isVisible()).isFalse();
        ComboBox<ActivationChoice> picker = robot.lookup("#training-activation-1").queryAs(ComboBox.class);
        assertThat(picker.getItems()).extracting(c -> c.spec().name()).containsSubsequence("glu", "reglu", "geglu", "swiglu");
        ActivationChoice swiglu = picker.getItems().stream().filter(c -> c.spec().name().equals("swiglu")).findFirst().orElseThrow();
        assertThat(swiglu.label()).isEqualTo("SwiGLU");

        robot.interact(() -> picker.getSelectionModel().select(swiglu));

        assertThat(text(robot, "#training-layer-parameters-1")).isEqualTo("48 parameters: 2 x 8 rows, a and b");
        assertThat(text(robot, "#training-layer-parameters-2")).isEqualTo("72 parameters");
        assertThat(text(robot, "#training-parameter-count"))
                .isEqualTo("Parameters: 129 (105 with one row per unit; a gated layer has two, a and b)");
        robot.clickOn("#training-step-10");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> model.getSnapshot().step() == 10);
        assertThat(model.getSnapshot().weights().weights(0).length).isEqualTo(16);
        assertThat(model.getSnapshot().loss()).isFinite();

        robot.clickOn("#training-match-parameters");

        assertThat(model.getState().layers().get(0).units()).isEqualTo(6);
        assertThat(text(robot, "#training-parameter-count")).startsWith("Parameters: 101 (");
    }

    @Test
    @SuppressWarnings("unchecked")
    void pressingMatchAgainKeepsTheMatchedWidthsUntilAWidthIsEdited(FxRobot robot) {
        ComboBox<ActivationChoice> picker = robot.lookup("#training-activation-1").queryAs(ComboBox.class);
        robot.interact(() -> picker.getSelectionModel().select(picker.getItems().stream()
                .filter(c -> c.spec().name().equals("swiglu")).findFirst().orElseThrow()));
        Button match = robot.lookup("#training-match-parameters").queryAs(Button.class);
        robot.clickOn(match);
        assertThat(model.getState().layers()).extracting(TrainingState.Layer::units).containsExactly(6, 8);
        String matched = text(robot, "#training-parameter-count");

        robot.clickOn(match);

        assertThat(model.getState().layers()).extracting(TrainingState.Layer::units).containsExactly(6, 8);
        assertThat(text(robot, "#training-parameter-count")).isEqualTo(matched).startsWith("Parameters: 101 (");
        assertThat(match.isDisabled()).isTrue();

        robot.clickOn("#training-more-units-1");
        assertThat(match.isDisabled()).isFalse();
        robot.clickOn(match);

        assertThat(model.getState().layers()).extracting(TrainingState.Layer::units).containsExactly(5, 8);
        assertThat(text(robot, "#training-parameter-count")).startsWith("Parameters: 87 (");
    }

    @Test
    @SuppressWarnings("unchecked")
    void comparingWithSwigluTrainsAGatedNetworkWhoseCountTheMatchBringsDown(FxRobot robot) throws Exception {
        ComboBox<ActivationChoice> compareWith = robot.lookup("#training-compare-with").queryAs(ComboBox.class);
        assertThat(compareWith.getItems()).extracting(c -> c.spec().name())
                .containsSubsequence("glu", "reglu", "geglu", "swiglu");
        ActivationChoice swiglu = compareWith.getItems().stream().filter(c -> c.spec().name().equals("swiglu"))
                .findFirst().orElseThrow();
        robot.interact(() -> compareWith.getSelectionModel().select(swiglu));
        robot.clickOn("#training-compare");

        assertThat(model.getState().comparison().orElseThrow().name()).isEqualTo("swiglu");
        assertThat(text(robot, "#training-parameter-count")).isEqualTo("Parameters: 105\n"
                + "Compared network (SwiGLU, 2-8-8-1): 201 parameters (105 with one row per unit)");
        Button match = robot.lookup("#training-match-parameters").queryAs(Button.class);
        assertThat(match.isVisible()).isTrue();
        assertThat(match.isDisabled()).isFalse();
        robot.clickOn("#training-step-10");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> model.getComparisonSnapshot() != null
                && model.getComparisonSnapshot().step() == 10);
        assertThat(model.getComparisonSnapshot().weights().weights(0).length).isEqualTo(16);
        assertThat(model.getComparisonSnapshot().loss()).isFinite();

        robot.clickOn("#training-match-parameters");

        assertThat(model.getState().layers()).extracting(TrainingState.Layer::units).containsExactly(8, 8);
        assertThat(text(robot, "#training-parameter-count")).isEqualTo("Parameters: 105\n"
                + "Compared network (SwiGLU, 2-5-5-1): 96 parameters (51 with one row per unit)");
        assertThat(match.isDisabled()).isTrue();
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> model.getComparisonSnapshot().step() == 0);
        assertThat(model.getComparisonSnapshot().weights().weights(0).length).isEqualTo(10);
        assertThat(model.getSnapshot().weights().weights(0).length).isEqualTo(8);
    }
}
