package org.activationlab.ui.curves;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import org.activationlab.model.ActivationSpec;
import org.activationlab.ui.library.ActivationChoices;
import org.activationlab.ui.library.FunctionLibrary;
import org.activationlab.model.PropertyAnalyzer;
import org.activationlab.plot.Panel;
import org.activationlab.plot.Series;
import org.activationlab.ui.Background;
import org.activationlab.ui.Styles;
import org.activationlab.ui.controls.FormulaEditor;
import org.activationlab.ui.controls.FormulaView;
import org.activationlab.ui.controls.ParameterEditor;
import org.activationlab.ui.presentation.PresentationSettings;
import org.activationlab.ui.problems.ProblemSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.framework.junit5.Stop;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Typed formulas in the curves tab, driven like a user would, headless: type one and see its
 * curve and derivative drawn and typeset, make a typo and see the message under the field while
 * the last curve stays, fix it, drag its parameter's slider, change the slider's range.
 */
@ExtendWith(ApplicationExtension.class)
class CurvesFormulasViewTest {
    private static final long TIMEOUT_SECONDS = 30;

    private final ExecutorService worker = Background.shared().lane("formulas-test", ProblemSource.PROPERTIES);
    private final ExecutorService frames = Background.shared().lane("formulas-test-frames", ProblemSource.FIGURE);
    private final Locale saved = Locale.getDefault();
    private CurvesViewModel model;
    private CurvesView view;

    @Start
    void start(Stage stage) {
        Locale.setDefault(Locale.ENGLISH);
        model = new CurvesViewModel(PropertyAnalyzer::analyze, worker, frames, Platform::runLater, status -> { });
        view = new CurvesView(model, new PresentationSettings());
        Scene scene = new Scene((Parent) view.root(), 1400, 1000);
        scene.getStylesheets().add(Styles.stylesheet());
        stage.setScene(scene);
        stage.show();
        model.start();
    }

    @Stop
    void stop() {
        worker.shutdownNow();
        frames.shutdownNow();
        Locale.setDefault(saved);
    }

    private static void waitUntil(BooleanSupplier condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS, condition::getAsBoolean);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void waitForTheFrame() throws TimeoutException {
        waitUntil(() -> !model.isBuilding() && model.getFrame() != null
                && model.getFrame().settings().functions().equals(model.getState().plottedFunctions())
                && view.canvas().getFigure() == model.getFrame().figure());
    }

    private Series series(int panel, String name) {
        Panel p = model.getFrame().figure().panels().get(panel);
        return p.series().stream().filter(s -> s.name().equals(name)).findFirst().orElseThrow();
    }

    /** Clicks "Add formula" and types {@code text} into the field that opens (it has the focus). */
    private void addFormula(FxRobot robot, String text) throws TimeoutException {
        waitForTheFrame();
        robot.clickOn(robot.lookup(".add-formula").queryButton());
        waitUntil(() -> robot.lookup("." + FormulaEditor.FIELD).tryQuery().map(Node::isFocused).orElse(false));
        robot.write(text);
        waitUntil(() -> model.getState().formulas().equals(List.of(text)));
        waitForTheFrame();
    }

    private Label error(FxRobot robot) {
        return robot.lookup("." + FormulaEditor.ERROR).queryAs(Label.class);
    }

    @Test
    void aTypedFormulaIsDrawnWithItsDerivativeAndTypesetBesideTheField(FxRobot robot) throws Exception {
        addFormula(robot, "x*tanh(a*x)");

        assertThat(model.getState().plotted()).containsEntry("x*tanh(a*x)", 3);
        Series f = series(0, "f:x*tanh(a*x)");
        Series df = series(1, "df:x*tanh(a*x)");
        double x = f.x(0);
        assertThat(x).isEqualTo(-6);
        assertThat(f.y(0)).isCloseTo(x * Math.tanh(x), within(1e-12));
        double sech = 1 / Math.cosh(x);
        assertThat(df.y(0)).isCloseTo(Math.tanh(x) + x * sech * sech, within(1e-12));
        assertThat(robot.lookup(".typed-formula-text").queryLabeled().getText()).isEqualTo("x*tanh(a*x)");
        List<FormulaView> typeset = robot.lookup(".formula-editor ." + Styles.FORMULA).queryAllAs(FormulaView.class)
                .stream().toList();
        assertThat(typeset).hasSize(2).allSatisfy(v -> assertThat(v.isTypeset()).isTrue());
        assertThat(typeset.get(0).getLatex()).startsWith("f(x) = x").contains("\\tanh");
        assertThat(typeset.get(1).getLatex()).startsWith("f'(x) = ");
        assertThat(error(robot).isVisible()).isFalse();
    }

    @Test
    void aTypoShowsTheMessageUnderTheFieldAndKeepsTheLastCurveUntilItIsFixed(FxRobot robot) throws Exception {
        addFormula(robot, "x*tanh(a*x)");
        Series before = series(0, "f:x*tanh(a*x)");

        robot.write("*");
        waitUntil(() -> error(robot).isVisible());

        assertThat(error(robot).getText()).isEqualTo(
                "formula 'x*tanh(a*x)*': expected a number, x, a parameter, a function or '(' at position 13");
        assertThat(model.getState().formulas()).containsExactly("x*tanh(a*x)");
        waitForTheFrame();
        assertThat(series(0, "f:x*tanh(a*x)").y(0)).isEqualTo(before.y(0));

        robot.write("2");
        waitUntil(() -> model.getState().formulas().equals(List.of("x*tanh(a*x)*2")));
        waitForTheFrame();

        assertThat(error(robot).isVisible()).isFalse();
        assertThat(model.getState().plotted()).containsEntry("x*tanh(a*x)*2", 3).doesNotContainKey("x*tanh(a*x)");
        assertThat(series(0, "f:x*tanh(a*x)*2").y(0)).isCloseTo(2 * before.y(0), within(1e-12));
        assertThat(robot.lookup(".typed-formula-text").queryLabeled().getText()).isEqualTo("x*tanh(a*x)*2");
    }

    @Test
    void draggingTheParameterSliderChangesTheCurveAndItsRangeCanBeChanged(FxRobot robot) throws Exception {
        addFormula(robot, "a*x");
        robot.clickOn(robot.lookup(".typed-formula .button").match((Button b) -> b.getText().equals("Done")).queryButton());
        ParameterEditor a = robot.lookup(".curves-parameters .parameter-editor")
                .match((ParameterEditor e) -> e.getKey().equals("a")).queryAs(ParameterEditor.class);
        assertThat(a.getParameter().sliderMin()).isEqualTo(-1);
        assertThat(a.getParameter().sliderMax()).isEqualTo(3);

        Node thumb = robot.from(a).lookup(".thumb").query();
        robot.drag(thumb, MouseButton.PRIMARY).moveBy(60, 0).release(MouseButton.PRIMARY);
        waitUntil(() -> model.getState().activation("a*x").parameterValues().get("a") > 1);
        waitForTheFrame();

        double value = model.getState().activation("a*x").parameterValues().get("a");
        assertThat(a.getValue()).isEqualTo(value);
        assertThat(series(0, "f:a*x").y(0)).isCloseTo(-6 * value, within(1e-12));

        robot.clickOn(robot.lookup(".typed-formula .button").match((Button b) -> b.getText().equals("Edit")).queryButton());
        TextField max = robot.lookup((TextField t) -> "a to".equals(t.getAccessibleText())).queryAs(TextField.class);
        robot.doubleClickOn(max).eraseText(max.getText().length()).write("10").type(KeyCode.ENTER);
        waitUntil(() -> model.getState().formulaSliders("a*x").get(0).sliderMax() == 10);

        ParameterEditor wider = robot.lookup(".curves-parameters .parameter-editor")
                .match((ParameterEditor e) -> e.getKey().equals("a")).queryAs(ParameterEditor.class);
        assertThat(wider.getParameter().sliderMin()).isEqualTo(-1);
        assertThat(wider.getParameter().sliderMax()).isEqualTo(10);
        assertThat(wider.getValue()).as("the value stays while the default does").isEqualTo(value);
        assertThat(robot.from(wider).lookup(".slider-end").queryAllAs(Label.class).stream().map(Label::getText))
                .containsExactly("-1", "10");
    }

    @Test
    void removingAFormulaTakesItsCurveAway(FxRobot robot) throws Exception {
        addFormula(robot, "x^3");

        robot.clickOn(robot.lookup(".typed-formula .button").match((Button b) -> b.getText().equals("Remove")).queryButton());
        waitUntil(() -> model.getState().formulas().isEmpty());
        waitForTheFrame();

        assertThat(model.getFrame().figure().panels().get(0).series()).noneMatch(s -> s.name().equals("f:x^3"));
        assertThat(robot.lookup(".typed-formula").tryQuery()).isEmpty();
    }

    @Test
    void aTypedFormulaIsSavedToTheLibraryAndOfferedToTheNetworksLayers(FxRobot robot) throws Exception {
        String name = "Curves test " + System.nanoTime();
        addFormula(robot, "x*tanh(softplus(x))");
        try {
            robot.clickOn(robot.lookup(".save-formula").queryButton());
            WaitForAsyncUtils.waitForFxEvents();
            robot.interact(() -> robot.lookup(".dialog-pane .text-field").queryAs(javafx.scene.control.TextField.class)
                    .setText(name));
            robot.type(javafx.scene.input.KeyCode.ENTER);
            waitUntil(() -> FunctionLibrary.standard().find(name).isPresent());

            assertThat(FunctionLibrary.standard().find(name).orElseThrow().formula())
                    .isEqualTo(ActivationSpec.formula("x*tanh(softplus(x))", java.util.Map.of()));
            assertThat(robot.lookup(".formula-saved").queryLabeled().getText()).startsWith("Saved to your library as " + name);
            assertThat(ActivationChoices.layers().list()).anySatisfy(choice -> {
                assertThat(choice.label()).isEqualTo(name);
                assertThat(choice.yours()).isTrue();
            });
        } finally {
            robot.interact(() -> FunctionLibrary.standard().remove(name));
        }
    }
}
