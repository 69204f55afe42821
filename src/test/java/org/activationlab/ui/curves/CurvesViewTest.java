package org.activationlab.ui.curves;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.testfx.matcher.control.LabeledMatchers.hasText;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import javafx.application.Platform;
import javafx.geometry.Point2D;
import javafx.geometry.VerticalDirection;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuButton;
import javafx.scene.control.Slider;
import javafx.scene.control.TextField;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.input.ScrollEvent;
import javafx.stage.Stage;
import org.activationlab.model.Activation;
import org.activationlab.model.PropertyAnalyzer;
import org.activationlab.plot.Panel;
import org.activationlab.plot.PanelLayout;
import org.activationlab.plot.Series;
import org.activationlab.ui.Background;
import org.activationlab.ui.problems.ProblemSource;
import org.activationlab.ui.Styles;
import org.activationlab.ui.controls.ParameterEditor;
import org.activationlab.ui.presentation.PresentationSettings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.framework.junit5.Stop;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The curves tab driven like a user would, headless: the list, the sliders, typed values, the
 * Maxout editor, the depth slider, the readout, zoom and pan. Each test checks what was drawn:
 * the figure's data and the canvas's pixels.
 */
@ExtendWith(ApplicationExtension.class)
class CurvesViewTest {
    private static final long TIMEOUT_SECONDS = 20;

    private final ExecutorService worker = Background.shared().lane("curves-test", ProblemSource.PROPERTIES);
    private final ExecutorService frames = Background.shared().lane("curves-test-frames", ProblemSource.FIGURE);
    /** For each frame build the lane ran, whether it ran on the JavaFX thread. */
    private final List<Boolean> builtOnFxThread = new java.util.concurrent.CopyOnWriteArrayList<>();
    private final List<String> statuses = new ArrayList<>();
    private CurvesViewModel model;
    private CurvesView view;

    @Start
    void start(Stage stage) {
        model = new CurvesViewModel(PropertyAnalyzer::analyze, worker, task -> frames.execute(() -> {
            builtOnFxThread.add(Platform.isFxApplicationThread());
            task.run();
        }), Platform::runLater, statuses::add);
        view = new CurvesView(model, new PresentationSettings());
        Scene scene = new Scene((javafx.scene.Parent) view.root(), 1400, 900);
        scene.getStylesheets().add(Styles.stylesheet());
        stage.setScene(scene);
        stage.sizeToScene();
        stage.show();
        model.start();
    }

    @Stop
    void stop() {
        worker.shutdownNow();
        frames.shutdownNow();
    }

    private static void waitUntil(BooleanSupplier condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS, condition::getAsBoolean);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /**
     * Waits until the background build of the newest state is done and the canvas shows its frame
     * (the frame follows the state, not the other way round: the sliders never wait for it).
     */
    private void waitForTheFrame() throws TimeoutException {
        waitUntil(() -> !model.isBuilding());
        waitUntil(() -> model.getFrame() != null
                && model.getFrame().settings().functions().equals(model.getState().plottedFunctions())
                && view.canvas().getFigure() == model.getFrame().figure());
    }

    private void plot(FxRobot robot, String name) throws TimeoutException {
        ListView<Activation> list = robot.lookup(".function-list").queryListView();
        Activation item = list.getItems().stream().filter(a -> a.name().equals(name)).findFirst().orElseThrow();
        robot.interact(() -> list.scrollTo(item));
        FunctionCell cell = robot.lookup(".function-cell").match((FunctionCell c) -> item.equals(c.getItem()))
                .queryAs(FunctionCell.class);
        robot.clickOn(robot.from(cell).lookup(".check-box").queryAs(CheckBox.class));
        waitForTheFrame();
    }

    private ParameterEditor editor(FxRobot robot, String key) {
        return robot.lookup(".curves-parameters .parameter-editor")
                .match((ParameterEditor e) -> e.getKey().equals(key)).queryAs(ParameterEditor.class);
    }

    private Series series(int panel, String name) {
        Panel p = model.getFrame().figure().panels().get(panel);
        return p.series().stream().filter(s -> s.name().equals(name)).findFirst().orElseThrow();
    }

    private WritableImage snapshot() throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> view.canvas().snapshot(null, null)).get();
    }

    private static int differentPixels(WritableImage a, WritableImage b) {
        PixelReader ra = a.getPixelReader();
        PixelReader rb = b.getPixelReader();
        int count = 0;
        for (int y = 0; y < (int) Math.min(a.getHeight(), b.getHeight()); y++) {
            for (int x = 0; x < (int) Math.min(a.getWidth(), b.getWidth()); x++) {
                if (ra.getArgb(x, y) != rb.getArgb(x, y)) {
                    count++;
                }
            }
        }
        return count;
    }

    /** The screen point of the data point (x, y) of panel {@code index}. */
    private Point2D onScreen(int index, double x, double y) {
        PanelLayout panel = view.canvas().getLayout().panel(index);
        java.awt.geom.Point2D pixel = panel.toPixel(x, y);
        return view.canvas().localToScreen(pixel.getX(), pixel.getY());
    }

    @Test
    void opensWithSigmoidTanhAndReluInBothPanels() throws Exception {
        waitForTheFrame();
        assertThat(model.getFrame().figure().panels()).hasSize(2);
        assertThat(view.canvas().drawCount()).isPositive();
        waitUntil(() -> model.propertyRows().size() == 3);
        assertThat(statuses).isEmpty();
    }

    @Test
    void draggingTheLeakySlopeSliderChangesTheDrawnCurve(FxRobot robot) throws Exception {
        plot(robot, "leaky_relu");
        ParameterEditor slope = editor(robot, "slope");
        double before = series(0, "f:leaky_relu").y(0);
        WritableImage picture = snapshot();
        long draws = view.canvas().drawCount();

        Node thumb = robot.from(slope).lookup(".thumb").query();
        robot.drag(thumb, MouseButton.PRIMARY).moveBy(90, 0).release(MouseButton.PRIMARY);
        waitUntil(() -> model.getState().activation("leaky_relu").parameterValues().get("slope") > 0.05);
        waitForTheFrame();

        double slopeNow = model.getState().activation("leaky_relu").parameterValues().get("slope");
        assertThat(slope.getValue()).isEqualTo(slopeNow);
        assertThat(before).isCloseTo(-6 * 0.01, within(1e-12));
        assertThat(series(0, "f:leaky_relu").y(0)).isCloseTo(-6 * slopeNow, within(1e-12));
        assertThat(view.canvas().drawCount()).isGreaterThan(draws);
        assertThat(differentPixels(picture, snapshot())).as("pixels changed by the drag").isGreaterThan(500);
        waitUntil(() -> model.propertyRows().stream().anyMatch(p -> p.activation().name().equals("leaky_relu")
                && p.slopeAtZero() == slopeNow));
    }

    @Test
    void draggingTheThresholdSliderRedrawsTheShadingAfterTheBackgroundBuild(FxRobot robot) throws Exception {
        waitForTheFrame();
        CurvesFrame before = model.getFrame();
        WritableImage picture = snapshot();
        Slider threshold = robot.lookup(".threshold-slider").queryAs(Slider.class);

        Node thumb = robot.from(threshold).lookup(".thumb").query();
        robot.drag(thumb, MouseButton.PRIMARY).moveBy(80, 0).release(MouseButton.PRIMARY);
        waitUntil(() -> model.getState().epsilon() > CurvesState.DEFAULT_EPSILON);
        waitForTheFrame();

        double eps = model.getState().epsilon();
        assertThat(threshold.getValue()).isEqualTo(SaturationView.nearestIndex(eps));
        assertThat(model.getFrame()).isNotSameAs(before);
        assertThat(model.getFrame().settings().saturation()).isEqualTo(eps);
        assertThat(model.getFrame().data()).as("only the look changed: the samples are kept").isSameAs(before.data());
        assertThat(view.canvas().getFigure()).isSameAs(model.getFrame().figure());
        assertThat(differentPixels(picture, snapshot())).as("the wider shading is drawn").isGreaterThan(500);
        assertThat(builtOnFxThread).isNotEmpty().doesNotContain(true);
    }

    @Test
    void controlsShowingAStateOffTheirStepsSendNothing(FxRobot robot) throws Exception {
        waitForTheFrame();
        CurvesState saved = model.getState().withX(new XRange(-5.987, 6.013)).withShading(true, 0.03).withDepth(7);
        robot.interact(() -> model.restore(saved));
        waitForTheFrame();

        assertThat(model.getState()).as("no control sent its own step back").isSameAs(saved);
        assertThat(robot.lookup(".threshold-slider").queryAs(Slider.class).getValue())
                .isEqualTo(SaturationView.nearestIndex(0.03));
        assertThat(robot.lookup(".depth-slider").queryAs(Slider.class).getValue()).isEqualTo(7);
        assertThat(robot.lookup(".x-range").queryAs(org.controlsfx.control.RangeSlider.class).getLowValue())
                .isEqualTo(-5.987);
    }

    @Test
    void anOutOfRangeValueShowsTheMessageAndKeepsTheOldValue(FxRobot robot) throws Exception {
        plot(robot, "celu");
        ParameterEditor alpha = editor(robot, "alpha");
        TextField field = robot.from(alpha).lookup(".text-field").queryAs(TextField.class);
        Series before = series(0, "f:celu");

        robot.clickOn(field).push(KeyCode.CONTROL, KeyCode.A).write("-2").type(KeyCode.ENTER);

        Label message = robot.from(alpha).lookup(".error-message").queryAs(Label.class);
        waitUntil(message::isVisible);
        assertThat(message.getText()).contains("-2").contains("alpha must be a finite number > 0").contains("Kept 1");
        assertThat(field.getText()).isEqualTo("1");
        assertThat(model.getState().activation("celu").parameterValues()).containsEntry("alpha", 1.0);
        assertThat(series(0, "f:celu").ys()).containsExactly(before.ys());

        robot.clickOn(field).push(KeyCode.CONTROL, KeyCode.A).write("3").type(KeyCode.ENTER);
        waitUntil(() -> model.getState().activation("celu").parameterValues().get("alpha") == 3.0);
        waitForTheFrame();
        assertThat(message.isVisible()).isFalse();
        assertThat(series(0, "f:celu").y(0)).isCloseTo(3 * Math.expm1(-6 / 3.0), within(1e-12));
    }

    @Test
    void addingAMaxoutPieceDrawsIt(FxRobot robot) throws Exception {
        plot(robot, "maxout");
        assertThat(pieces()).hasSize(2);

        robot.clickOn(robot.lookup(".curves-parameters .add-piece").queryAs(Button.class));
        waitUntil(() -> model.getState().activation("maxout").parameterValues().get("k") == 3.0);
        waitForTheFrame();

        assertThat(pieces()).extracting(Series::name).containsExactly("piece:1", "piece:2", "piece:3");
        assertThat(robot.lookup(".curves-parameters .piece-count").queryAs(Label.class).getText()).isEqualTo("3");
    }

    @Test
    void theAbsoluteValuePresetAndTheHoveredPiece(FxRobot robot) throws Exception {
        plot(robot, "maxout");
        MenuButton presets = robot.lookup(".curves-parameters .pieces-presets").queryAs(MenuButton.class);
        robot.clickOn(presets);
        waitUntil(() -> robot.lookup("Maxout = |x|").tryQuery().isPresent());
        robot.clickOn("Maxout = |x|");
        waitUntil(() -> model.getState().activation("maxout").parameterValues().get("w1") == -1.0);
        waitForTheFrame();
        assertThat(series(0, "f:maxout").y(0)).isEqualTo(6.0);

        robot.moveTo(onScreen(0, 2, 1));
        waitUntil(() -> !Double.isNaN(model.getFrame().settings().highlightX()));
        assertThat(model.getFrame().settings().highlightX()).isCloseTo(2, within(0.1));
        Series winner = pieces().get(1);
        assertThat(winner.style().dash()).as("the winning piece w = 1 is solid").isEqualTo(org.activationlab.plot.Dash.SOLID);
        assertThat(pieces().get(0).style().dash()).isNotEqualTo(org.activationlab.plot.Dash.SOLID);
    }

    private List<Series> pieces() {
        return model.getFrame().figure().panels().get(0).series().stream().filter(s -> s.name().startsWith("piece:"))
                .toList();
    }

    @Test
    void theDepthSliderChangesTheLowerPanel(FxRobot robot) throws Exception {
        waitForTheFrame();
        WritableImage picture = snapshot();
        double sigmoidPeak = series(1, "df:sigmoid").ys()[series(1, "df:sigmoid").size() / 2];
        Slider depth = robot.lookup(".depth-slider").queryAs(Slider.class);

        Node thumb = robot.from(depth).lookup(".thumb").query();
        robot.drag(thumb, MouseButton.PRIMARY).moveBy(60, 0).release(MouseButton.PRIMARY);
        waitUntil(() -> model.getState().depth() > 1);
        waitForTheFrame();

        int n = model.getState().depth();
        assertThat(depth.getValue()).isEqualTo(n);
        Series sigmoid = series(1, "|df|^" + n + ":sigmoid");
        assertThat(sigmoidPeak).isEqualTo(0.25);
        assertThat(sigmoid.ys()[sigmoid.size() / 2]).isCloseTo(Math.pow(0.25, n), within(1e-15));
        assertThat(series(1, "|df|^" + n + ":relu").y(sigmoid.size() - 1)).as("ReLU keeps 1").isEqualTo(1.0);
        assertThat(model.getFrame().figure().panels().get(1).yAxis().label().content()).isEqualTo("|f'(x)|^{" + n + "}");
        assertThat(differentPixels(picture, snapshot())).isGreaterThan(500);
    }

    @Test
    void hoveringShowsTheValuesOfEveryFunction(FxRobot robot) throws Exception {
        waitForTheFrame();
        robot.moveTo(onScreen(0, 1, 0.5));
        waitUntil(() -> model.getReadout() != null);

        HoverReadout readout = model.getReadout();
        assertThat(readout.x()).isCloseTo(1, within(0.05));
        assertThat(readout.rows()).hasSize(3);
        assertThat(readout.rows().get(0).value()).isEqualTo(1 / (1 + Math.exp(-readout.x())));
        assertThat(readout.rows().get(2).derivative()).isEqualTo(1.0);
        Label x = view.readoutX();
        assertThat(x.isVisible()).isTrue();
        assertThat(x.getScene()).isNotNull();
        assertThat(x.getText()).startsWith("x = 0.9").doesNotContain("e");
        List<String> texts = robot.lookup(".hover-readout .label").queryAllAs(Label.class).stream()
                .map(Label::getText).toList();
        assertThat(texts).containsSubsequence("f(x)", "f\u2032(x)", "Sigmoid").contains("Tanh", "ReLU", "1");

        robot.moveTo(view.canvas().localToScreen(2, 2));
        waitUntil(() -> model.getReadout() == null);
        assertThat(robot.lookup(".hover-overlay").query().isVisible()).isFalse();
    }

    @Test
    void theWheelZoomsDraggingPansAndDoubleClickResets(FxRobot robot) throws Exception {
        waitForTheFrame();
        robot.moveTo(onScreen(0, 0, 0.5));
        List<Double> notches = new ArrayList<>();
        view.canvas().addEventFilter(ScrollEvent.SCROLL, e -> notches.add(PlotView.notches(e)));
        robot.scroll(5, VerticalDirection.UP);
        waitUntil(() -> !model.getState().x().equals(XRange.DEFAULT));
        robot.scroll(10, VerticalDirection.DOWN);
        waitUntil(() -> notches.size() == 15);
        double sum = notches.stream().mapToDouble(Double::doubleValue).sum();
        XRange zoomed = model.getState().x();
        assertThat(zoomed.span()).as("net %s notches", sum).isCloseTo(12 * Math.pow(0.9, sum), within(0.1));
        assertThat(zoomed.span()).isLessThan(12);
        assertThat(-zoomed.from() / zoomed.span()).as("x = 0 stays under the pointer").isCloseTo(0.5, within(0.02));

        robot.moveTo(onScreen(0, 0, 0.5)).press(MouseButton.PRIMARY).moveBy(-150, 0).release(MouseButton.PRIMARY);
        waitUntil(() -> model.getState().x().from() > zoomed.from());
        assertThat(model.getState().x().span()).isCloseTo(zoomed.span(), within(zoomed.span() / 100));
        waitForTheFrame();
        assertThat(view.canvas().getFigure().xAxis().min()).isEqualTo(model.getState().x().from());

        robot.doubleClickOn(onScreen(0, 0, 0.5), MouseButton.PRIMARY);
        waitUntil(() -> model.getState().x().equals(XRange.DEFAULT));
    }

    @Test
    void theRangeSliderSetsTheXRange(FxRobot robot) throws Exception {
        waitForTheFrame();
        Node high = robot.lookup(".x-range .high-thumb").query();
        robot.drag(high, MouseButton.PRIMARY).moveBy(-40, 0).release(MouseButton.PRIMARY);
        waitUntil(() -> model.getState().x().to() < 6);
        waitForTheFrame();
        assertThat(model.getFrame().settings().to()).isEqualTo(model.getState().x().to());
        assertThat(robot.lookup(".x-range-text").queryAs(Label.class).getText()).startsWith("from -6 to ");

        robot.clickOn(robot.lookup(".curves-section-body .button").match((Button b) -> b.getText().equals("Reset"))
                .queryAs(Button.class));
        waitUntil(() -> model.getState().x().equals(XRange.DEFAULT));
    }

    @Test
    void hidingAPanelAndFixingTheYRange(FxRobot robot) throws Exception {
        waitForTheFrame();
        CheckBox derivatives = robot.lookup(".curves-section-body .check-box")
                .match((CheckBox c) -> c.getText().equals("f\u2032(x)")).queryAs(CheckBox.class);
        robot.clickOn(derivatives);
        waitUntil(() -> model.getFrame().figure().panels().size() == 1);
        CheckBox functions = robot.lookup(".curves-section-body .check-box")
                .match((CheckBox c) -> c.getText().equals("f(x)")).queryAs(CheckBox.class);
        assertThat(functions.isDisabled()).as("the last panel cannot be hidden").isTrue();

        robot.clickOn(robot.lookup(".check-box").match((CheckBox c) -> c.getText().equals("Fixed y ranges"))
                .queryAs(CheckBox.class));
        TextField max = robot.lookup(".y-range-editor .text-field").nth(1).queryAs(TextField.class);
        robot.clickOn(max).push(KeyCode.CONTROL, KeyCode.A).write("-5").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        Label refusal = robot.lookup(".y-range-editor .error-message").queryAs(Label.class);
        assertThat(refusal.isVisible()).isTrue();
        assertThat(refusal.getText()).contains("is not a range").contains("Kept");

        robot.clickOn(max).push(KeyCode.CONTROL, KeyCode.A).write("10").type(KeyCode.ENTER);
        waitUntil(() -> model.getState().functionRange().max() == 10);
        waitForTheFrame();
        assertThat(model.getFrame().figure().panels().get(0).yAxis().max()).isEqualTo(10);
        assertThat(refusal.isVisible()).isFalse();
    }

    @Test
    void spaceTogglesTheHighlightedFunction(FxRobot robot) throws Exception {
        FunctionCell elu = robot.lookup(".function-cell").match((FunctionCell c) -> c.getItem() != null
                && c.getItem().name().equals("elu")).queryAs(FunctionCell.class);
        robot.clickOn(robot.from(elu).lookup(".label").match(hasText("ELU")).queryAs(Label.class));
        robot.type(KeyCode.SPACE);
        waitUntil(() -> model.getState().plotted().containsKey("elu"));
        FunctionCell shown = robot.lookup(".function-cell").match((FunctionCell c) -> c.getItem() != null
                && c.getItem().name().equals("elu")).queryAs(FunctionCell.class);
        assertThat(robot.from(shown).lookup(".check-box").queryAs(CheckBox.class).isSelected()).isTrue();
        robot.type(KeyCode.SPACE);
        waitUntil(() -> !model.getState().plotted().containsKey("elu"));
    }

    @Test
    void withNothingPlottedThePlotAsksForAFunction(FxRobot robot) throws Exception {
        for (String name : List.of("sigmoid", "tanh", "relu")) {
            FunctionCell cell = robot.lookup(".function-cell").match((FunctionCell c) -> c.getItem() != null
                    && c.getItem().name().equals(name)).queryAs(FunctionCell.class);
            robot.clickOn(robot.from(cell).lookup(".check-box").queryAs(CheckBox.class));
        }
        waitUntil(() -> model.getFrame() == null);
        assertThat(view.canvas().getFigure()).isNull();
        assertThat(robot.lookup(".plot-placeholder").queryAs(Label.class).isVisible()).isTrue();
        assertThat(view.currentFigure()).isEmpty();
        assertThat(view.figureAvailable().get()).isFalse();

        robot.clickOn(".function-search").write("swi");
        ListView<Activation> list = robot.lookup(".function-list").queryListView();
        assertThat(list.getItems()).extracting(Activation::name).containsExactly("swish", "hard_swish");
    }
}
