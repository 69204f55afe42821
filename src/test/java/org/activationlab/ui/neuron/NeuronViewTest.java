package org.activationlab.ui.neuron;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.Scene;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.activationlab.model.ActivationSpec;
import org.activationlab.nn.neuron.LinearStack;
import org.activationlab.nn.neuron.Neuron;
import org.activationlab.plot.Figure;
import org.activationlab.plot.studies.NeuronFigures;
import org.activationlab.ui.Styles;
import org.activationlab.ui.library.ActivationChoice;
import org.activationlab.ui.studies.FigureExports;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The Neuron tab driven like a user: presets, sliders, the activation, XOR, linear collapse, exports. */
@ExtendWith(ApplicationExtension.class)
class NeuronViewTest {
    private NeuronViewModel model;
    private NeuronView view;

    @Start
    void start(Stage stage) {
        model = new NeuronViewModel();
        view = new NeuronView(model);
        Scene scene = new Scene(new javafx.scene.layout.StackPane(view.root()), 1400, 900);
        scene.getRoot().getStyleClass().add(Styles.APP);
        scene.getStylesheets().add(Styles.stylesheet());
        stage.setScene(scene);
        stage.show();
    }

    private static String text(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(Label.class).getText();
    }

    private static String reads(FxRobot robot) {
        StringBuilder bits = new StringBuilder();
        for (int row = 0; row < 4; row++) {
            bits.append(text(robot, "#truth-" + row + "-4"));
        }
        return bits.toString();
    }

    /** AND is the source text's example: outputs within 1e-4 of 0, 0, 0, 1. */
    @Test
    void startsAsTheAndNeuron(FxRobot robot) {
        assertThat(reads(robot)).isEqualTo("0001");
        assertThat(text(robot, "#truth-0-2")).isEqualTo("-30");
        assertThat(Double.parseDouble(text(robot, "#truth-1-3"))).isLessThan(1e-4);
        assertThat(Double.parseDouble(text(robot, "#truth-3-3"))).isGreaterThan(0.9999);
        assertThat(text(robot, "#neuron-verdict")).isEqualTo("This neuron computes AND.");
        assertThat(robot.lookup("#neuron-xor-proof").queryAs(Label.class).isVisible()).isFalse();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"or, -10, 20, 20, 0111, OR", "nand, 30, -20, -20, 1110, NAND", "not, 10, -20, 0, 1100, NOT",
        "and, -30, 20, 20, 0001, AND"})
    void presetButtonsSetTheWeightsAndTheTable(String id, double b, double w1, double w2, String truth, String gate,
                                               FxRobot robot) {
        robot.clickOn("#preset-or");
        robot.clickOn("#preset-" + id);
        assertThat(model.getState().bias()).isEqualTo(b);
        assertThat(model.getState().w1()).isEqualTo(w1);
        assertThat(model.getState().w2()).isEqualTo(w2);
        assertThat(robot.lookup("#neuron-w1").queryAs(Slider.class).getValue()).isEqualTo(w1);
        assertThat(reads(robot)).isEqualTo(truth);
        assertThat(text(robot, "#neuron-verdict")).isEqualTo("This neuron computes " + gate + ".");
    }

    @Test
    void xorShowsWhyNoNeuronCanAndWhereThisOneIsWrong(FxRobot robot) {
        robot.clickOn("#preset-or");
        robot.clickOn("#preset-xor");
        assertThat(model.getState().w1()).isEqualTo(20);
        assertThat(text(robot, "#neuron-verdict")).isEqualTo("This neuron does not compute XOR: it reads wrong at (1, 1).");
        Label proof = robot.lookup("#neuron-xor-proof").queryAs(Label.class);
        assertThat(proof.isVisible()).isTrue();
        assertThat(proof.getText()).startsWith("No single neuron computes XOR.").contains("(here 20)");
        assertThat(robot.lookup("#truth-3-5").queryAs(Label.class).getPseudoClassStates())
                .contains(TruthTableView.WRONG);
        robot.clickOn("#preset-and");
        assertThat(proof.isVisible()).isFalse();
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({"#neuron-w1, RIGHT, 20.5, 2, -9.5", "#neuron-w2, LEFT, 19.5, 1, -10.5",
        "#neuron-bias, RIGHT, -29.5, 0, -29.5"})
    void slidersMoveTheNeuronByHalfSteps(String slider, KeyCode key, double expected, int row, String z,
                                         FxRobot robot) throws TimeoutException {
        Figure before = model.curveFigureProperty().get();
        Slider s = robot.lookup(slider).queryAs(Slider.class);
        robot.interact(s::requestFocus);
        robot.type(key);
        assertThat(s.getValue()).isEqualTo(expected);
        double actual = switch (slider) {
            case "#neuron-w1" -> model.getState().w1();
            case "#neuron-w2" -> model.getState().w2();
            default -> model.getState().bias();
        };
        assertThat(actual).isEqualTo(expected);
        builtInTheBackground();
        assertThat(model.curveFigureProperty().get()).isNotSameAs(before);
        assertThat(text(robot, "#truth-" + row + "-2")).isEqualTo(z);
    }

    @Test
    void choosingAnotherActivationChangesTheOutputsNotTheReading(FxRobot robot) throws TimeoutException {
        ComboBox<ActivationChoice> names = robot.lookup("#neuron-activation").queryAs(ComboBox.class);
        robot.interact(() -> names.setValue(ActivationChoice.of(ActivationSpec.of("relu"))));
        assertThat(model.getState().activation().name()).isEqualTo("relu");
        assertThat(text(robot, "#truth-3-3")).isEqualTo("10");
        assertThat(text(robot, "#truth-0-3")).isEqualTo("0");
        assertThat(reads(robot)).isEqualTo("0001");
        builtInTheBackground();
        assertThat(model.curveFigureProperty().get().title().content()).startsWith("ReLU neuron");
    }

    @Test
    void collapseLayersAndNewWeightsChangeTheComposedMap(FxRobot robot) {
        LinearStack before = model.stackProperty().get();
        String map = text(robot, "#collapse-map");
        assertThat(map).startsWith("With the identity, the 3 layers are one map: y = ");
        Slider layers = robot.lookup("#collapse-layers").queryAs(Slider.class);
        robot.interact(layers::requestFocus);
        robot.type(KeyCode.RIGHT);
        assertThat(model.getState().collapseLayers()).isEqualTo(4);
        assertThat(text(robot, "#collapse-map")).startsWith("With the identity, the 4 layers are one map");
        assertThat(model.stackProperty().get().layers()).isEqualTo(4);
        robot.clickOn("#collapse-new-weights");
        assertThat(model.getState().collapseSeed()).isEqualTo(2);
        assertThat(model.stackProperty().get()).isNotSameAs(before);
        ComboBox<ActivationChoice> other = robot.lookup("#collapse-activation").queryAs(ComboBox.class);
        robot.interact(() -> other.setValue(ActivationChoice.of(ActivationSpec.of("relu"))));
        assertThat(model.getState().collapseActivation().name()).isEqualTo("relu");
        assertThat(other.getItems()).extracting(c -> c.spec().name()).contains("relu").doesNotContain("identity");
    }

    @Test
    void clickingAFigureMakesItTheOneToExport(FxRobot robot, @TempDir Path dir) throws Exception {
        builtInTheBackground();
        assertThat(view.currentFigureProperty().get()).isSameAs(model.curveFigureProperty().get());
        robot.interact(() -> view.board().select(1));
        assertThat(view.currentFigureProperty().get()).isSameAs(model.planeFigureProperty().get());
        robot.clickOn("#preset-or");
        builtInTheBackground();
        assertThat(view.currentFigureProperty().get()).isSameAs(model.planeFigureProperty().get());
        for (int i = 0; i < 3; i++) {
            int index = i;
            robot.interact(() -> view.board().select(index));
            FigureExports.exportAll(view.currentFigureProperty().get(), view.currentData(), dir, "neuron-" + i);
        }
        assertThat(view.currentFigureProperty().get()).isSameAs(model.collapseFigureProperty().get());
    }

    @Test
    void aMovedSliderRedrawsTheCurveOnceTheBackgroundBuildIsDone(FxRobot robot) throws TimeoutException {
        builtInTheBackground();
        Figure before = model.curveFigureProperty().get();
        Slider w1 = robot.lookup("#neuron-w1").queryAs(Slider.class);
        robot.interact(w1::requestFocus);
        robot.type(KeyCode.LEFT, 4);
        builtInTheBackground();
        Figure after = model.curveFigureProperty().get();
        assertThat(after).usingRecursiveComparison().isNotEqualTo(before)
                .isEqualTo(NeuronFigures.curve(new Neuron(model.getState().activation().resolve(), -30, 18, 20)));
        assertThat(view.currentFigureProperty().get()).isSameAs(after);
    }

    /** Waits until the figures of the newest state are built and shown. */
    private void builtInTheBackground() throws TimeoutException {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !model.isBuilding());
        WaitForAsyncUtils.waitForFxEvents();
    }
}
