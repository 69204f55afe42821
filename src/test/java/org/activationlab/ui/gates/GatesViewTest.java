package org.activationlab.ui.gates;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.Slider;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.activationlab.nn.neuron.GateFunction;
import org.activationlab.plot.Figure;
import org.activationlab.plot.studies.GateFigures;
import org.activationlab.ui.Messages;
import org.activationlab.ui.Styles;
import org.activationlab.ui.studies.FigureExports;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The Gates view driven like a user: presets, gate functions, sliders, exports. */
@ExtendWith(ApplicationExtension.class)
class GatesViewTest {
    private GatesViewModel model;
    private GatesView view;

    @Start
    void start(Stage stage) {
        model = new GatesViewModel();
        view = new GatesView(model);
        Scene scene = new Scene(new StackPane(view.root()), 1400, 900);
        scene.getRoot().getStyleClass().add(Styles.APP);
        scene.getStylesheets().add(Styles.stylesheet());
        stage.setScene(scene);
        stage.show();
    }

    private static String reading(FxRobot robot) {
        return robot.lookup("#gates-reading").queryAs(Label.class).getText();
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(GatePreset.class)
    void eachPresetSetsTheGateAndExplainsIt(GatePreset preset, FxRobot robot) {
        robot.clickOn("#gates-preset-" + preset.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
        assertThat(model.getState().gate()).isEqualTo(preset.gate());
        assertThat(model.getState().gatePreActivation()).isEqualTo(preset.gatePreActivation());
        assertThat(robot.lookup("#gates-gate").queryAs(Slider.class).getValue()).isEqualTo(preset.gatePreActivation());
        assertThat(robot.lookup("#gate-" + preset.gate().name().toLowerCase(java.util.Locale.ROOT))
                .queryAs(RadioButton.class).isSelected()).isTrue();
        assertThat(robot.lookup("#gates-preset-help").queryAs(Label.class).getText())
                .isEqualTo(Messages.get(preset.helpKey()));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', value = {
            "closed; The gate is 0.0024726: of the candidate 0.90515, 0.0022381 passes.",
            "half;   The gate is 0.5: of the candidate 0.90515, 0.45257 passes.",
            "tanh-flips;   The gate is -0.90515, below zero: the candidate 0.90515 comes out as -0.81929, its sign flipped.",
            "relu-grows;   The gate is 3, above one: the candidate 0.90515 comes out amplified to 2.7154."})
    void theReadingSaysWhatPasses(String preset, String start, FxRobot robot) {
        robot.clickOn("#gates-preset-" + preset);
        assertThat(reading(robot)).startsWith(start);
    }

    @Test
    void gateFunctionsAndSlidersChangeWhatPasses(FxRobot robot) throws TimeoutException {
        robot.clickOn("#gate-relu");
        assertThat(model.getState().gate()).isEqualTo(GateFunction.RELU);
        assertThat(model.getPreset().orElse(null)).isNull();
        Slider gate = robot.lookup("#gates-gate").queryAs(Slider.class);
        robot.interact(gate::requestFocus);
        robot.type(KeyCode.RIGHT);
        assertThat(model.getState().gatePreActivation()).isEqualTo(1.05);
        assertThat(model.getReading().gate()).isEqualTo(1.05);
        assertThat(reading(robot)).startsWith("The gate is 1.05, above one");
        Slider candidate = robot.lookup("#gates-candidate").queryAs(Slider.class);
        robot.interact(candidate::requestFocus);
        robot.type(KeyCode.LEFT);
        assertThat(model.getState().candidatePreActivation()).isEqualTo(1.45);
        assertThat(model.getReading().candidate()).isEqualTo(Math.tanh(1.45));
        Slider forget = robot.lookup("#gates-forget").queryAs(Slider.class);
        var before = model.cellFigureProperty().get();
        robot.interact(forget::requestFocus);
        robot.type(KeyCode.LEFT);
        assertThat(model.getState().forgetPreActivation()).isEqualTo(1.95);
        builtInTheBackground();
        assertThat(model.cellFigureProperty().get()).isNotSameAs(before);
        robot.clickOn("#gate-sigmoid");
        assertThat(reading(robot)).startsWith("The gate is 0.74077: of the candidate 0.89569, 0.66351 passes.");
    }

    @Test
    void bothFiguresExport(FxRobot robot, @TempDir Path dir) throws Exception {
        builtInTheBackground();
        FigureExports.exportAll(view.currentFigureProperty().get(), view.currentData(), dir, "gates-passing");
        robot.interact(() -> view.board().select(1));
        assertThat(view.currentFigureProperty().get()).isSameAs(model.cellFigureProperty().get());
        FigureExports.exportAll(view.currentFigureProperty().get(), view.currentData(), dir, "gates-cell");
    }

    @Test
    void aMovedSliderRedrawsWhatPassesOnceTheBackgroundBuildIsDone(FxRobot robot) throws TimeoutException {
        builtInTheBackground();
        Figure before = model.passingFigureProperty().get();
        Slider gate = robot.lookup("#gates-gate").queryAs(Slider.class);
        robot.interact(gate::requestFocus);
        robot.type(KeyCode.LEFT, 3);
        builtInTheBackground();
        Figure after = model.passingFigureProperty().get();
        assertThat(after).usingRecursiveComparison().isNotEqualTo(before)
                .isEqualTo(GateFigures.passing(0.85, 1.5, GateFunction.SIGMOID));
        assertThat(view.currentFigureProperty().get()).isSameAs(after);
    }

    /** Waits until the figures of the newest state are built and shown. */
    private void builtInTheBackground() throws TimeoutException {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !model.isBuilding());
        WaitForAsyncUtils.waitForFxEvents();
    }
}
