package org.activationlab.ui.training;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import org.activationlab.model.ActivationSpec;
import org.activationlab.nn.NetworkWeights;
import org.activationlab.nn.TrainingSnapshot;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** The Training tab driven through its controls, headless: transport, reset, scenarios, divergence, GIF export. */
class TrainingViewTest extends TrainingTabTest {
    private static final long TIMEOUT_SECONDS = 30;

    private static void waitUntil(java.util.concurrent.Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS, condition);
    }

    private int counterStep(FxRobot robot) {
        String text = robot.lookup("#training-step-counter").queryAs(Label.class).getText();
        return Integer.parseInt(text.replaceAll("\\D", ""));
    }

    @Test
    void playAdvancesTheStepCounterAndPauseStopsIt(FxRobot robot) throws Exception {
        assertThat(counterStep(robot)).isZero();
        robot.clickOn("#training-play");
        waitUntil(() -> counterStep(robot) >= 20);
        robot.clickOn("#training-play");
        WaitForAsyncUtils.waitForFxEvents();
        Thread.sleep(200);
        WaitForAsyncUtils.waitForFxEvents();
        int paused = counterStep(robot);
        Thread.sleep(300);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(counterStep(robot)).isEqualTo(paused);
        assertThat(model.isPlaying()).isFalse();
    }

    @Test
    void stepButtonsTakeThatManySteps(FxRobot robot) throws Exception {
        robot.clickOn("#training-step-10");
        waitUntil(() -> counterStep(robot) == 10);
        robot.clickOn("#training-step-100");
        waitUntil(() -> counterStep(robot) == 110);
        robot.clickOn("#training-step-1");
        waitUntil(() -> counterStep(robot) == 111);
    }

    @Test
    void resetRestoresTheSameInitialWeights(FxRobot robot) throws Exception {
        NetworkWeights initial = model.getSnapshot().weights();
        robot.clickOn("#training-step-100");
        waitUntil(() -> counterStep(robot) == 100);
        assertThat(sameWeights(model.getSnapshot().weights(), initial)).isFalse();
        robot.clickOn("#training-reset");
        waitUntil(() -> counterStep(robot) == 0 && model.getSnapshot().weights() != initial);
        assertThat(sameWeights(model.getSnapshot().weights(), initial)).isTrue();
        robot.clickOn("#training-new-seed");
        waitUntil(() -> model.getState().seed() == 2 && model.getSnapshot().weights().spec() != null
                && !sameWeights(model.getSnapshot().weights(), initial));
    }

    private static boolean sameWeights(NetworkWeights a, NetworkWeights b) {
        for (int l = 0; l < a.layerCount(); l++) {
            if (!java.util.Arrays.deepEquals(a.weights(l), b.weights(l)) || !java.util.Arrays.equals(a.bias(l), b.bias(l))) {
                return false;
            }
        }
        return true;
    }

    @ParameterizedTest
    @EnumSource(TrainingPreset.class)
    void eachScenarioLoadsItsSettingsAndExplainsThem(TrainingPreset preset, FxRobot robot) throws Exception {
        robot.clickOn("#training-presets");
        robot.clickOn(org.activationlab.ui.Messages.get(preset.textKey()));
        TrainingState scenario = preset.apply(TrainingState.INITIAL);
        waitUntil(() -> model.getState().equals(scenario) && model.getSnapshot().weights().spec()
                .equals(scenario.config().network()));
        Label explanation = robot.lookup("#training-explanation").queryAs(Label.class);
        assertThat(explanation.getText()).contains(org.activationlab.ui.Messages.get(preset.explanationKey()));
        assertThat(explanation.isVisible()).isTrue();
        TextField rate = robot.lookup("#training-learning-rate").queryAs(TextField.class);
        assertThat(Double.parseDouble(rate.getText())).isEqualTo(scenario.learningRate());
    }

    @Test
    void dyingReluScenarioMarksUnitsDeadWithinFiftyStepsAndTheLeakyOneNextToReluDoesNot(FxRobot robot) throws Exception {
        robot.interact(() -> model.applyPreset(TrainingPreset.DYING_RELU_LEARNING_RATE));
        robot.clickOn("#training-step-10");
        robot.clickOn("#training-step-10");
        robot.clickOn("#training-step-10");
        robot.clickOn("#training-step-10");
        robot.clickOn("#training-step-10");
        waitUntil(() -> counterStep(robot) == 50 && !model.isBuilding());
        WaitForAsyncUtils.waitForFxEvents();
        NetworkDiagram diagram = robot.lookup("#training-diagram").queryAs(NetworkDiagram.class);
        long dead = diagram.states(0).stream().filter(NetworkDiagram.DEAD::equals).count();
        assertThat(dead).isGreaterThanOrEqualTo(4);
        assertThat(model.getSnapshot().layers().get(0).deadFraction()).isGreaterThanOrEqualTo(0.5);

        robot.interact(() -> model.applyPreset(TrainingPreset.LEAKY_KEEPS_ALIVE));
        waitUntil(() -> counterStep(robot) == 0 && model.getSnapshot().weights().layer(1).hasAlpha());
        robot.clickOn("#training-step-100");
        waitUntil(() -> counterStep(robot) == 100 && !model.isBuilding());
        for (int layer = 0; layer < 2; layer++) {
            assertThat(model.getSnapshot().layers().get(layer).deadFraction()).isZero();
        }
        assertThat(model.getState().comparison().orElseThrow().name()).isEqualTo("relu");
        assertThat(model.getComparisonSnapshot().layers().get(0).deadFraction()).isPositive();
        org.activationlab.ui.FigureCanvas left = robot.lookup("#training-preactivations").queryAs(
                org.activationlab.ui.FigureCanvas.class);
        assertThat(left.getFigure().title().content()).startsWith("leaky_relu / prelu:");
    }

    @Test
    void aDivergingLearningRateShowsTheBannerAndThePanelKeepsWorking(FxRobot robot) throws Exception {
        robot.interact(() -> model.setActivation(0, ActivationSpec.of("leaky_relu")));
        robot.interact(() -> model.setActivation(1, ActivationSpec.of("leaky_relu")));
        robot.doubleClickOn("#training-learning-rate").eraseText(8).write("1000").type(KeyCode.ENTER);
        assertThat(model.getState().learningRate()).isEqualTo(1000);
        robot.clickOn("#training-play");
        Label banner = robot.lookup("#training-banner").queryAs(Label.class);
        waitUntil(banner::isVisible);
        assertThat(banner.getText()).contains("diverged at step").contains("learning rate");
        assertThat(model.isPlaying()).isFalse();
        robot.doubleClickOn("#training-learning-rate").eraseText(8).write("0.1").type(KeyCode.ENTER);
        robot.clickOn("#training-reset");
        waitUntil(() -> !banner.isVisible() && counterStep(robot) == 0);
        robot.clickOn("#training-step-10");
        waitUntil(() -> counterStep(robot) == 10);
        assertThat(model.getSnapshot().divergence()).isEmpty();
    }

    @Test
    void learningRateChangesTheRunningTrainingWithoutAReset(FxRobot robot) throws Exception {
        robot.clickOn("#training-step-10");
        waitUntil(() -> counterStep(robot) == 10);
        robot.doubleClickOn("#training-learning-rate").eraseText(8).write("0.5").type(KeyCode.ENTER);
        robot.clickOn("#training-step-10");
        waitUntil(() -> counterStep(robot) == 20);
        assertThat(model.getState().learningRate()).isEqualTo(0.5);
    }

    @Test
    void aRefusedValueIsExplainedAndTheSettingKept(FxRobot robot) throws Exception {
        robot.doubleClickOn("#training-learning-rate").eraseText(8).write("-1").type(KeyCode.ENTER);
        assertThat(model.getState().learningRate()).isEqualTo(0.1);
        assertThat(model.errorProperty().get()).contains("learning rate").contains("-1");
        assertThat(robot.lookup("#training-learning-rate").queryAs(TextField.class).getText()).isEqualTo("0.1");
    }

    @ParameterizedTest
    @EnumSource(GifPanel.class)
    void gifExportWritesTheChosenPanelAsSeveralFramesOfItsSize(GifPanel panel, FxRobot robot, @TempDir Path folder)
            throws Exception {
        robot.clickOn("#training-play");
        waitUntil(() -> counterStep(robot) >= 30);
        robot.clickOn("#training-play");
        Path file = folder.resolve("run.gif");
        AtomicReference<java.util.concurrent.CompletableFuture<Void>> job = new AtomicReference<>();
        robot.interact(() -> job.set(view.exportGif(file, new GifSettings(panel, 6, 50))));
        job.get().get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
        java.awt.Dimension size = RunFrames.frameSize(panel);
        List<java.awt.image.BufferedImage> frames = gifFrames(file);
        assertThat(frames).hasSize(6);
        for (java.awt.image.BufferedImage frame : frames) {
            assertThat(frame.getWidth()).isEqualTo(size.width);
            assertThat(frame.getHeight()).isEqualTo(size.height);
        }
        assertThat(pixels(frames.get(5))).as("the last frame shows a later step than the first")
                .isNotEqualTo(pixels(frames.get(0)));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(statuses).anyMatch(s -> s.contains(file.toString()));
    }

    @Test
    void theNetworkGifShowsTheDiagramAndTheBoardShowsItTopRight(FxRobot robot, @TempDir Path folder) throws Exception {
        robot.clickOn("#training-step-10");
        waitUntil(() -> counterStep(robot) == 10);
        Path network = folder.resolve("network.gif");
        Path board = folder.resolve("board.gif");
        AtomicReference<java.util.concurrent.CompletableFuture<Void>> job = new AtomicReference<>();
        robot.interact(() -> job.set(view.exportGif(network, new GifSettings(GifPanel.NETWORK, 2, 50))));
        job.get().get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
        robot.interact(() -> job.set(view.exportGif(board, new GifSettings(GifPanel.BOARD, 2, 50))));
        job.get().get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
        java.awt.image.BufferedImage diagram = gifFrames(network).get(1);
        java.awt.image.BufferedImage whole = gifFrames(board).get(1);
        assertThat(colouredShare(diagram)).as("unit pictures and links").isGreaterThan(0.01);
        java.awt.image.BufferedImage topRight = whole.getSubimage(RunFrames.BOARD_WIDTH / 2, 0, RunFrames.BOARD_WIDTH / 2,
                RunFrames.BOARD_HEIGHT / 2);
        assertThat(colouredShare(topRight)).isGreaterThan(0.01);
    }

    /** The share of pixels that are clearly coloured (not white, grey or black). */
    private static double colouredShare(java.awt.image.BufferedImage image) {
        int coloured = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                java.awt.Color c = new java.awt.Color(image.getRGB(x, y));
                int spread = Math.max(c.getRed(), Math.max(c.getGreen(), c.getBlue()))
                        - Math.min(c.getRed(), Math.min(c.getGreen(), c.getBlue()));
                if (spread > 60) {
                    coloured++;
                }
            }
        }
        return (double) coloured / (image.getWidth() * image.getHeight());
    }

    private static int[] pixels(java.awt.image.BufferedImage image) {
        return image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
    }

    private static List<java.awt.image.BufferedImage> gifFrames(Path file) throws Exception {
        try (ImageInputStream in = ImageIO.createImageInputStream(file.toFile())) {
            ImageReader reader = ImageIO.getImageReaders(in).next();
            reader.setInput(in);
            List<java.awt.image.BufferedImage> frames = new ArrayList<>();
            for (int i = 0; i < reader.getNumImages(true); i++) {
                frames.add(reader.read(i));
            }
            return frames;
        }
    }

    @Test
    void compareModeTrainsReluAndLeakyReluSideBySideOnTheSameDataAndSteps(FxRobot robot) throws Exception {
        assertThat(robot.lookup("#training-comparison-surface").tryQuery()).isEmpty();
        robot.clickOn("#training-compare");
        waitUntil(() -> model.getComparisonSnapshot() != null);
        TrainingSnapshot other = model.getComparisonSnapshot();
        assertThat(other.weights().spec().activations()).allMatch(a -> a.name().equals("leaky_relu"));
        assertThat(other.data()).isEqualTo(model.getSnapshot().data());
        assertThat(robot.lookup("#training-comparison-surface").tryQuery()).isPresent();
        assertThat(robot.lookup("#training-diagram").tryQuery()).isEmpty();
        robot.clickOn("#training-step-100");
        waitUntil(() -> counterStep(robot) == 100);
        assertThat(model.getComparisonSnapshot().step()).isEqualTo(100);
        org.activationlab.ui.FigureCanvas right = robot.lookup("#training-comparison-surface").queryAs(
                org.activationlab.ui.FigureCanvas.class);
        waitUntil(() -> right.getFigure().title().content().startsWith("leaky_relu: Prediction at step 100"));
        robot.clickOn("#training-compare");
        waitUntil(() -> model.getComparisonSnapshot() == null && counterStep(robot) == 0);
        assertThat(robot.lookup("#training-diagram").tryQuery()).isPresent();
    }

    @Test
    void theReluVersusTanhScenarioComparesWithTanh(FxRobot robot) throws Exception {
        robot.interact(() -> model.applyPreset(TrainingPreset.RELU_FASTER_THAN_TANH));
        waitUntil(() -> model.getComparisonSnapshot() != null);
        assertThat(model.getState().comparison().orElseThrow().name()).isEqualTo("tanh");
        assertThat(robot.lookup("#training-compare").queryAs(javafx.scene.control.CheckBox.class).isSelected()).isTrue();
        robot.interact(() -> model.applyPreset(TrainingPreset.DYING_RELU_BIAS));
        waitUntil(() -> model.getComparisonSnapshot() == null && model.getState().biasInit() == -3);
    }

    @Test
    void fileExportTakesTheFigureLastClicked(FxRobot robot) throws Exception {
        waitUntil(() -> !model.isBuilding());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(view.figureAvailable().get()).isTrue();
        assertThat(view.currentFigure().orElseThrow().figure().title().content()).isEqualTo("Prediction at step 0");
        robot.clickOn("#training-history");
        assertThat(view.currentFigure().orElseThrow().figure().title().content()).isEqualTo("Training history");
        robot.clickOn("#training-step-10");
        waitUntil(() -> counterStep(robot) == 10 && !model.isBuilding());
        WaitForAsyncUtils.waitForFxEvents();
        org.activationlab.ui.export.VisibleFigure shown = view.currentFigure().orElseThrow();
        assertThat(shown.figure().panels().get(0).series().get(0).size()).isEqualTo(11);
    }

    /** The title of the figure on the canvas {@code id}, empty while it has none. */
    private static String title(FxRobot robot, String id) {
        org.activationlab.plot.Figure figure = robot.lookup(id).queryAs(org.activationlab.ui.FigureCanvas.class).getFigure();
        return figure == null ? "" : figure.title().content();
    }

    /** Issue 16, 3: each layer's counts are under the pre-activation plots (the caption), not drawn over them. */
    @Test
    void theLayerCountsAreUnderThePreActivationPlotsNotOverThem(FxRobot robot) throws Exception {
        waitUntil(() -> !model.isBuilding() && !title(robot, "#training-preactivations").isEmpty());
        org.activationlab.plot.Figure figure = robot.lookup("#training-preactivations")
                .queryAs(org.activationlab.ui.FigureCanvas.class).getFigure();
        assertThat(figure.panels()).hasSize(2).allSatisfy(p ->
                assertThat(p.items()).noneMatch(org.activationlab.plot.TextNote.class::isInstance));
        assertThat(figure.caption()).startsWith("Layer 1, relu: ").contains(" of 8. Layer 2, relu: ");
    }

    @Test
    void theFiguresFollowTheStateOnceTheViewModelHasBuiltThemInTheBackground(FxRobot robot) throws Exception {
        robot.interact(() -> model.setComparison(java.util.Optional.of(ActivationSpec.of("tanh"))));
        waitUntil(() -> !model.isBuilding() && model.getFigures().comparing());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(title(robot, "#training-surface")).startsWith("relu: Prediction at step 0");
        assertThat(title(robot, "#training-comparison-surface")).startsWith("tanh: Prediction at step 0");
        assertThat(robot.lookup("#training-compare").queryAs(javafx.scene.control.CheckBox.class).isSelected()).isTrue();

        robot.interact(() -> model.setActivationEverywhere(ActivationSpec.of("elu")));
        waitUntil(() -> !model.isBuilding() && title(robot, "#training-preactivations").startsWith("elu: "));
        assertThat(model.getFigures().snapshot().weights().spec().activations()).containsOnly(ActivationSpec.of("elu"));
        assertThat(title(robot, "#training-comparison-preactivations")).startsWith("tanh: ");
    }

    @Test
    void addingALayerRebuildsTheNetwork(FxRobot robot) throws Exception {
        robot.clickOn("#training-add-layer");
        waitUntil(() -> model.getSnapshot().layers().size() == 3);
        assertThat(model.getState().shapeText()).isEqualTo("2-8-8-8-1");
        TrainingSnapshot s = model.getSnapshot();
        assertThat(s.step()).isZero();
    }
}
