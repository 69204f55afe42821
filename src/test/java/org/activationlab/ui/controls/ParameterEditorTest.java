package org.activationlab.ui.controls;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.activationlab.model.Activation;
import org.activationlab.model.Catalogue;
import org.activationlab.model.InvalidParameterException;
import org.activationlab.model.Numbers;
import org.activationlab.ui.Styles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * Drives a real ParameterEditor: typing, refusing, dragging the slider, the keyboard; what it
 * sends as intents and what it shows when its owner's state changes.
 */
@ExtendWith(ApplicationExtension.class)
class ParameterEditorTest {
    /** Leaky ReLU's slope: any finite number, slider 0 to 0.5; it sends its intents to {@link #sent}. */
    private ParameterEditor slope;
    /** CELU's alpha: a finite number > 0; its owner keeps the activation in {@link #celu}. */
    private ParameterEditor alpha;
    /** The activation {@link #alpha}'s owner keeps: each accepted value makes the next one. */
    private Activation celu = Catalogue.get("celu");
    /** The intents {@link #slope} sent: "key=value". */
    private final List<String> sent = new ArrayList<>();

    @Start
    void start(Stage stage) {
        Activation leaky = Catalogue.get("leaky_relu");
        slope = new ParameterEditor(leaky.parameters().get(0), 0.01, (key, value) -> sent.add(key + "=" + value));
        alpha = new ParameterEditor(celu.parameters().get(0), 1, (key, value) -> celu = celu.with(key, value));
        VBox root = new VBox(slope, alpha);
        root.setPrefWidth(700);
        Scene scene = new Scene(root);
        scene.getStylesheets().add(Styles.stylesheet());
        stage.setScene(scene);
        stage.show();
    }

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {"-1", "0", "-0.0", "1e400", "NaN", "abc", "1,5", "2x"})
    void aRefusedValueShowsTheAllowedRangeAndKeepsTheOldValue(String typed, FxRobot robot) {
        Activation before = celu;
        type(robot, field(robot, alpha), typed);

        assertThat(alpha.getValue()).isEqualTo(1.0);
        assertThat(celu).isSameAs(before);
        Label message = message(robot, alpha);
        assertThat(message.isVisible()).isTrue();
        assertThat(message.getText()).contains(typed)
                .contains("alpha must be a finite number > 0").contains("Kept 1");
        assertThat(field(robot, alpha).getText()).isEqualTo("1");
    }

    @Test
    void aValidValueClearsTheMessage(FxRobot robot) {
        type(robot, field(robot, alpha), "-3");
        assertThat(message(robot, alpha).isVisible()).isTrue();

        type(robot, field(robot, alpha), "2.5");

        assertThat(message(robot, alpha).isVisible()).isFalse();
        assertThat(alpha.getValue()).isEqualTo(2.5);
    }

    @Test
    void aTypedValueBeyondTheSliderButInsideTheDomainIsAccepted(FxRobot robot) {
        type(robot, field(robot, slope), "-1000");

        assertThat(slope.getValue()).isEqualTo(-1000.0);
        assertThat(sent).containsExactly("slope=-1000.0");
        assertThat(slider(robot, slope).getValue()).isEqualTo(0.0);
        assertThat(message(robot, slope).isVisible()).isFalse();
    }

    @Test
    void escapeRestoresTheFieldWithoutSubmitting(FxRobot robot) {
        TextField field = field(robot, slope);
        robot.clickOn(field).push(KeyCode.CONTROL, KeyCode.A).write("0.3").type(KeyCode.ESCAPE);

        assertThat(field.getText()).isEqualTo("0.01");
        assertThat(slope.getValue()).isEqualTo(0.01);
    }

    @Test
    void draggingTheSliderSendsValuesOnItsGrid(FxRobot robot) {
        Node thumb = robot.from(slope).lookup(".thumb").query();

        robot.drag(thumb).moveBy(200, 0).drop();

        double value = slope.getValue();
        assertThat(value).isGreaterThan(0.05).isLessThanOrEqualTo(0.5);
        assertThat(value).isEqualTo(SliderSteps.snap(value, SliderSteps.step(0, 0.5, false)));
        assertThat(sent).isNotEmpty().last().isEqualTo("slope=" + value);
        assertThat(field(robot, slope).getText()).isEqualTo(Numbers.format(value));
    }

    @Test
    void aValueShownFromTheOwnersStateMovesTheSliderAndFieldButSendsNothing(FxRobot robot) {
        type(robot, field(robot, slope), "-3e9");
        sent.clear();

        robot.interact(() -> slope.show(0.25));

        assertThat(slider(robot, slope).getValue()).isEqualTo(0.25);
        assertThat(field(robot, slope).getText()).isEqualTo("0.25");
        assertThat(sent).isEmpty();
        robot.interact(() -> slope.show(7));
        assertThat(slider(robot, slope).getValue()).isEqualTo(0.5);
        assertThat(field(robot, slope).getText()).isEqualTo("7");
        assertThat(sent).isEmpty();
    }

    @Test
    void aValueTheOwnerRefusesKeepsTheValueAndShowsTheOwnersReason(FxRobot robot) {
        ParameterEditor refusing = new ParameterEditor(Catalogue.get("leaky_relu").parameters().get(0), 0.01,
                (key, value) -> {
                    throw new InvalidParameterException("no " + key + " of " + value);
                });

        robot.interact(() -> refusing.submit(0.3));

        assertThat(refusing.getValue()).isEqualTo(0.01);
        assertThat(refusing.getMessage()).isEqualTo("no slope of 0.3");
    }

    @Test
    void anOwnerKeepingTheActivationGetsTheNextOne(FxRobot robot) {
        Activation before = celu;

        type(robot, field(robot, alpha), "2.5");

        assertThat(celu).isNotSameAs(before);
        assertThat(celu.parameterValues()).containsEntry("alpha", 2.5);
    }

    @Test
    void arrowKeysMoveTheSliderByABlock(FxRobot robot) {
        robot.clickOn(robot.from(slope).lookup(".thumb").queryAs(Node.class));
        double start = slope.getValue();

        robot.type(KeyCode.RIGHT);

        assertThat(slope.getValue()).isCloseTo(start + 0.025, within(1e-12));
    }

    @Test
    void theCaptionNamesTheDefaultAndTheAllowedValues(FxRobot robot) {
        Label caption = robot.from(alpha).lookup(".parameter-caption").queryAs(Label.class);
        assertThat(caption.getText()).isEqualTo("default 1 · allowed: a finite number > 0");
    }

    private static void type(FxRobot robot, TextField field, String text) {
        robot.clickOn(field).push(KeyCode.CONTROL, KeyCode.A).write(text).type(KeyCode.ENTER);
    }

    private static TextField field(FxRobot robot, ParameterEditor editor) {
        return robot.from(editor).lookup(".text-field").queryAs(TextField.class);
    }

    private static Slider slider(FxRobot robot, ParameterEditor editor) {
        return robot.from(editor).lookup(".slider").queryAs(Slider.class);
    }

    private static Label message(FxRobot robot, ParameterEditor editor) {
        return robot.from(editor).lookup(".error-message").queryAs(Label.class);
    }
}
