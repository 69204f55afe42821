package org.activationlab.ui.depth;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.Spinner;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import org.activationlab.nn.depth.BatchNormMode;
import org.activationlab.nn.depth.DepthConfig;
import org.activationlab.nn.depth.DepthStudy;
import org.activationlab.nn.depth.WeightInit;
import org.activationlab.plot.Figure;
import org.activationlab.ui.Messages;
import org.activationlab.ui.StyledScene;
import org.activationlab.ui.studies.FigureExports;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.framework.junit5.Stop;
import org.testfx.util.WaitForAsyncUtils;

/** The Depth tab driven like a user: the claims' presets, every setting, the born-dead curve, exports. */
@ExtendWith(ApplicationExtension.class)
class DepthViewTest {
    private static final long TIMEOUT_SECONDS = 120;
    private final List<String> statuses = new ArrayList<>();
    private DepthViewModel model;
    private DepthView view;

    @Start
    void start(Stage stage) {
        model = new DepthViewModel(statuses::add);
        view = new DepthView(model);
        StyledScene.show(stage, view.root(), 1400, 900);
        model.start();
    }

    @Stop
    void stop() {
        model.dispose();
    }

    @BeforeEach
    void waitForTheFirstRun() throws TimeoutException {
        settle();
    }

    private void settle() throws TimeoutException {
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS, () -> !model.isBuilding()
                && model.figureProperty().get() != null && model.bornDeadFigureProperty().get() != null);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void startsWithSmallTanhWeightsAndItsNumbers(FxRobot robot) {
        DepthConfig expected = DepthState.INITIAL.study();
        assertThat(DepthPreset.TANH_SMALL.apply(DepthState.INITIAL)).isEqualTo(DepthState.INITIAL);
        assertThat(model.resultProperty().get().config()).isEqualTo(expected);
        assertThat(model.resultProperty().get().layer(1).gradientStd())
                .isEqualTo(DepthStudy.run(expected).layer(1).gradientStd());
        assertThat(robot.lookup("#depth-preset-help").queryAs(Label.class).getText())
                .isEqualTo(Messages.get(DepthPreset.TANH_SMALL.helpKey()));
        assertThat(statuses).contains("Depth study done.");
        assertThat(view.currentFigureProperty().get().title().content()).startsWith("Tanh, N(0, 0.05²) weights, 30 layers");
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(DepthPreset.class)
    void eachPresetRunsItsClaimAndExplainsIt(DepthPreset preset, FxRobot robot) throws TimeoutException {
        robot.clickOn("#depth-preset-" + preset.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
        settle();
        DepthState expected = preset.apply(DepthState.INITIAL);
        assertThat(model.resultProperty().get().config()).isEqualTo(expected.study());
        assertThat(model.getPreset()).contains(preset);
        assertThat(robot.lookup("#depth-preset-help").queryAs(Label.class).getText())
                .isEqualTo(Messages.get(preset.helpKey()));
        assertThat(robot.lookup("#depth-init").queryAs(ComboBox.class).getValue()).isEqualTo(expected.init());
        assertThat(robot.lookup("#depth-layers").queryAs(Slider.class).getValue())
                .isEqualTo(expected.layers());
    }

    @Test
    void layerAndWidthSlidersRerunTheStudy(FxRobot robot) throws TimeoutException {
        Slider layers = robot.lookup("#depth-layers").queryAs(Slider.class);
        robot.interact(layers::requestFocus);
        robot.type(KeyCode.LEFT);
        settle();
        assertThat(model.resultProperty().get().layers()).hasSize(29);
        assertThat(model.getPreset()).isEmpty();
        assertThat(robot.lookup("#depth-preset-help").queryAs(Label.class).getText())
                .isEqualTo("Settings changed by hand. Pick a claim above to see it.");
        Slider width = robot.lookup("#depth-width").queryAs(Slider.class);
        robot.interact(width::requestFocus);
        robot.type(KeyCode.LEFT);
        settle();
        assertThat(model.resultProperty().get().config().width()).isEqualTo(90);
    }

    @Test
    void draggingTheLayersSliderRebuildsTheFigureInTheBackground(FxRobot robot) throws TimeoutException {
        Figure before = model.figureProperty().get();
        Slider layers = robot.lookup("#depth-layers").queryAs(Slider.class);

        robot.drag(robot.from(layers).lookup(".thumb").queryAs(Node.class), MouseButton.PRIMARY).moveBy(80, 0)
                .release(MouseButton.PRIMARY);
        settle();

        int dragged = model.getState().layers();
        assertThat(dragged).isGreaterThan(30);
        assertThat(layers.getValue()).isEqualTo(dragged);
        assertThat(model.resultProperty().get().layers()).hasSize(dragged);
        Figure after = model.figureProperty().get();
        assertThat(after).isNotSameAs(before);
        assertThat(after.title().content()).contains(dragged + " layers");
        assertThat(view.currentFigureProperty().get()).isSameAs(after);
    }

    @Test
    void theStdSliderWorksOnlyForNormalWeights(FxRobot robot) throws TimeoutException {
        Slider std = robot.lookup("#depth-std").queryAs(Slider.class);
        assertThat(std.isDisabled()).isFalse();
        robot.interact(std::requestFocus);
        robot.type(KeyCode.RIGHT);
        settle();
        assertThat(model.resultProperty().get().config().std()).isEqualTo(0.06);
        ComboBox<WeightInit> init = robot.lookup("#depth-init").queryAs(ComboBox.class);
        robot.interact(() -> init.setValue(WeightInit.HE));
        settle();
        assertThat(std.isDisabled()).isTrue();
        assertThat(model.resultProperty().get().config().init()).isEqualTo(WeightInit.HE);
        assertThat(init.getConverter().toString(WeightInit.HE)).isEqualTo("He normal (variance 2/N)");
    }

    @Test
    void batchNormAndSeedRerunTheStudy(FxRobot robot) throws TimeoutException {
        ComboBox<BatchNormMode> bn = robot.lookup("#depth-batch-norm").queryAs(ComboBox.class);
        robot.interact(() -> bn.setValue(BatchNormMode.BEFORE));
        settle();
        assertThat(model.resultProperty().get().config().batchNorm()).isEqualTo(BatchNormMode.BEFORE);
        assertThat(model.resultProperty().get().layer(1).gradientStd()).isGreaterThan(0.5);
        Spinner<Integer> seed = robot.lookup("#depth-seed").queryAs(Spinner.class);
        robot.interact(() -> seed.increment());
        settle();
        assertThat(model.resultProperty().get().config().seed()).isEqualTo(2);
        assertThat(model.bornDeadProperty().get().config().seed()).isEqualTo(2);
    }

    @Test
    void bornDeadSlidersRecomputeTheCurve(FxRobot robot) throws TimeoutException {
        Slider width = robot.lookup("#born-dead-width").queryAs(Slider.class);
        robot.interact(width::requestFocus);
        robot.type(KeyCode.RIGHT);
        settle();
        assertThat(model.bornDeadProperty().get().config().width()).isEqualTo(3);
        Slider depth = robot.lookup("#born-dead-depth").queryAs(Slider.class);
        robot.interact(depth::requestFocus);
        robot.type(KeyCode.LEFT);
        settle();
        assertThat(model.bornDeadProperty().get().config().maxDepth()).isEqualTo(29);
        Slider trials = robot.lookup("#born-dead-trials").queryAs(Slider.class);
        robot.interact(trials::requestFocus);
        robot.type(KeyCode.RIGHT);
        settle();
        assertThat(model.bornDeadProperty().get().config().trials()).isEqualTo(2100);
        assertThat(model.bornDeadFigureProperty().get().title().content()).isEqualTo("Born dead: ReLU networks of width 3 (2100 per depth)");
    }

    @Test
    void bothFiguresExport(FxRobot robot, @TempDir Path dir) throws Exception {
        FigureExports.exportAll(view.currentFigureProperty().get(), view.currentData(), dir, "depth");
        assertThat(view.currentData().headers()).contains("grad_std");
        robot.interact(() -> view.board().select(1));
        assertThat(view.currentFigureProperty().get()).isSameAs(model.bornDeadFigureProperty().get());
        FigureExports.exportAll(view.currentFigureProperty().get(), view.currentData(), dir, "born-dead");
        assertThat(view.currentData().headers()).containsExactly("depth", "probability", "standard_error");
    }

    @Test
    @SuppressWarnings("unchecked")
    void aGatedUnitRunsTheStudyWithGatedLayersAndRefusesBatchNorm(FxRobot robot) throws TimeoutException {
        javafx.scene.control.ComboBox<org.activationlab.ui.library.ActivationChoice> names =
                robot.lookup("#depth-activation").queryAs(javafx.scene.control.ComboBox.class);
        org.activationlab.ui.library.ActivationChoice swiglu = names.getItems().stream()
                .filter(c -> c.spec().name().equals("swiglu")).findFirst().orElseThrow();
        assertThat(swiglu.label()).isEqualTo("SwiGLU");

        robot.interact(() -> names.getSelectionModel().select(swiglu));
        settle();

        assertThat(model.getState().activation()).isInstanceOf(org.activationlab.model.GatedSpec.class);
        assertThat(model.resultProperty().get().config()).isEqualTo(model.getState().study());
        assertThat(model.errorProperty().get()).isEmpty();
        robot.interact(() -> model.setBatchNorm(org.activationlab.nn.depth.BatchNormMode.BEFORE));
        assertThat(model.errorProperty().get()).contains("swiglu");
        assertThat(model.getState().batchNorm()).isEqualTo(org.activationlab.nn.depth.BatchNormMode.OFF);
    }
}
