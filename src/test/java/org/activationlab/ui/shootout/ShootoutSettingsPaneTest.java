package org.activationlab.ui.shootout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.testfx.matcher.control.LabeledMatchers.hasText;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TitledPane;
import javafx.stage.Stage;
import org.activationlab.model.ActivationSpec;
import org.activationlab.model.FormulaSpec;
import org.activationlab.model.GatedSpec;
import org.activationlab.nn.Initializer;
import org.activationlab.nn.NetworkSpec;
import org.activationlab.nn.OptimizerKind;
import org.activationlab.nn.ParameterMatch;
import org.activationlab.shootout.RunKey;
import org.activationlab.shootout.ShootoutPlan;
import org.activationlab.ui.Messages;
import org.activationlab.ui.StyledScene;
import org.activationlab.ui.Styles;
import org.activationlab.ui.controls.ParameterEditor;
import org.activationlab.ui.library.ActivationChoice;
import org.activationlab.ui.library.ActivationChoices;
import org.activationlab.ui.library.FunctionLibrary;
import org.activationlab.ui.library.LibraryEntry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The Shoot-out tab's choices driven like a user: a parameterised function, a gated unit and a
 * library formula picked and added, a parameter edited, the baseline, equal parameter count, the
 * initialiser, optimiser and batch, and a grid of rates; each must reach the state and the plan.
 */
@ExtendWith(ApplicationExtension.class)
class ShootoutSettingsPaneTest {
    private ShootoutViewModel model;

    @Start
    void start(Stage stage) {
        model = new ShootoutViewModel(ShootoutState.INITIAL, status -> { });
        ScrollPane scroll = new ScrollPane(new ShootoutSettingsPane(model));
        scroll.setFitToWidth(true);
        StyledScene.show(stage, scroll, 320, 800);
    }

    @AfterEach
    void stop() {
        model.dispose();
    }

    @SuppressWarnings("unchecked")
    private static ComboBox<ActivationChoice> picker(FxRobot robot) {
        return robot.lookup("#shootout-add-activation").queryAs(ComboBox.class);
    }

    /** Picks the choice that names {@code spec} in the add box, then presses Add. */
    private static void add(FxRobot robot, ActivationSpec spec) {
        ComboBox<ActivationChoice> box = picker(robot);
        ActivationChoice choice = box.getItems().stream().filter(c -> c.names(spec)).findFirst().orElseThrow();
        robot.interact(() -> box.setValue(choice));
        robot.clickOn("#shootout-add");
    }

    private static void scrollTo(FxRobot robot, String query) {
        robot.interact(() -> robot.lookup(query).query().getParent().requestFocus());
        ScrollPane scroll = robot.lookup(".scroll-pane").queryAs(ScrollPane.class);
        robot.interact(() -> {
            var node = robot.lookup(query).query();
            double y = scroll.getContent().sceneToLocal(node.localToScene(node.getBoundsInLocal())).getMinY();
            double room = scroll.getContent().getBoundsInLocal().getHeight() - scroll.getViewportBounds().getHeight();
            scroll.setVvalue(room <= 0 ? 0 : Math.min(1, Math.max(0, y - 20) / room));
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void aParameterisedFunctionIsAddedAndItsParameterEdited(FxRobot robot) {
        add(robot, ActivationSpec.of("leaky_relu"));
        assertThat(model.getState().activations()).containsExactly(ActivationSpec.of("relu"),
                ActivationSpec.of("tanh"), ActivationSpec.of("leaky_relu"));
        assertThat(robot.lookup("#shootout-contender-3").queryAs(Label.class).getText())
                .isEqualTo(ActivationSpec.of("leaky_relu").displayName());

        robot.clickOn(robot.lookup("#shootout-parameters-pane-3").queryAs(TitledPane.class).lookup(".title"));
        ParameterEditor slope = robot.lookup("#shootout-parameters-3").lookup(".parameter-editor")
                .queryAs(ParameterEditor.class);
        robot.interact(() -> slope.submit(0.2));

        ActivationSpec edited = ActivationSpec.of("leaky_relu", Map.of("slope", 0.2));
        assertThat(model.getState().activations()).containsExactly(ActivationSpec.of("relu"),
                ActivationSpec.of("tanh"), edited);
        ShootoutPlan plan = model.getState().plan();
        assertThat(plan.contenders().get(2).label()).isEqualTo("leaky_relu:slope=0.2");
        assertThat(plan.command(plan.key(plan.index(2, 0, 0, 1)))).contains("--activation leaky_relu --param slope=0.2");

        robot.clickOn("#shootout-remove-1");
        assertThat(model.getState().activations()).containsExactly(ActivationSpec.of("tanh"), edited);
        assertThat(robot.lookup("#shootout-baseline").queryAs(ComboBox.class).getValue())
                .isEqualTo(ActivationSpec.of("tanh"));
    }

    /** Issue 15 review: parameters that would make a contender equal another are refused with a message beside them. */
    @Test
    void parametersEqualToAnotherContendersAreRefusedWithAMessage(FxRobot robot) {
        ActivationSpec steep = ActivationSpec.of("leaky_relu", Map.of("slope", 0.2));
        robot.interact(() -> model.update(s -> s.withActivations(List.of(ActivationSpec.of("relu"), steep,
                ActivationSpec.of("leaky_relu")))));

        robot.clickOn(robot.lookup("#shootout-parameters-pane-3").queryAs(TitledPane.class).lookup(".title"));
        ParameterEditor slope = robot.lookup("#shootout-parameters-3").lookup(".parameter-editor")
                .queryAs(ParameterEditor.class);
        robot.interact(() -> slope.submit(0.2));

        assertThat(model.getState().activations()).containsExactly(ActivationSpec.of("relu"), steep,
                ActivationSpec.of("leaky_relu"));
        assertThat(slope.getValue()).as("the value shown stays").isEqualTo(0.01);
        assertThat(slope.getMessage()).isEqualTo(Messages.format(ShootoutKeys.DUPLICATE,
                "Leaky ReLU (slope = 0.2)", "2"));
        assertThat(robot.lookup("#shootout-parameters-3").lookup(hasText(slope.getMessage())).tryQuery())
                .as("the message shows beside the slider").isPresent();

        robot.interact(() -> slope.submit(0.3));
        assertThat(model.getState().activations()).endsWith(ActivationSpec.of("leaky_relu", Map.of("slope", 0.3)));
        assertThat(slope.getMessage()).isEmpty();
    }

    @Test
    void aGatedUnitGetsFewerUnitsWithAnEqualParameterCount(FxRobot robot) {
        ActivationSpec swiglu = ActivationSpec.of("swiglu");
        assertThat(swiglu).isInstanceOf(GatedSpec.class);
        add(robot, swiglu);
        assertThat(model.getState().activations()).endsWith(swiglu);
        assertThat(robot.lookup("#shootout-matched").queryAs(Label.class).isVisible()).isFalse();

        scrollTo(robot, "#shootout-match-parameters");
        robot.clickOn("#shootout-match-parameters");

        assertThat(model.getState().matchParameters()).isTrue();
        ShootoutPlan plan = model.getState().plan();
        RunKey gated = plan.key(plan.index(2, 0, 0, 1));
        RunKey relu = plan.key(plan.index(0, 0, 0, 1));
        NetworkSpec shrunk = plan.config(gated).network();
        assertThat(shrunk.hiddenUnits()).allSatisfy(u -> assertThat(u).isLessThan(8));
        assertThat(ParameterMatch.count(shrunk)).isLessThanOrEqualTo(ParameterMatch.count(plan.config(relu).network()));
        assertThat(plan.config(relu).network().hiddenUnits()).containsExactly(8, 8);
        assertThat(plan.command(gated)).contains("--activation swiglu --match-params");
        Label matched = robot.lookup("#shootout-matched").queryAs(Label.class);
        assertThat(matched.isVisible()).isTrue();
        assertThat(matched.getText()).contains(swiglu.displayName())
                .contains(Integer.toString(ParameterMatch.count(shrunk)));
    }

    @Test
    void aLibraryFormulaIsOfferedAndAdded(FxRobot robot) {
        FunctionLibrary library = FunctionLibrary.standard();
        LibraryEntry entry = LibraryEntry.of("my mish", "", "x * tanh(softplus(x))", Map.of());
        FormulaSpec formula = entry.formula();
        robot.interact(() -> library.add(entry));
        try {
            assertThat(ActivationChoices.layers().list()).anyMatch(c -> c.yours() && c.names(formula));
            add(robot, formula);
            assertThat(model.getState().activations()).endsWith(formula);
            assertThat(model.getState().plan().contenders().get(2).spec()).isEqualTo(formula);
            assertThat(model.getState().plan().command(model.getState().plan().key(2 * 10)))
                    .contains("--formula");
        } finally {
            robot.interact(() -> library.remove("my mish"));
        }
    }

    @Test
    void aGridOfRatesIsTunedAndNeverShrinksBelowTwo(FxRobot robot) {
        scrollTo(robot, "#shootout-tune-rate");
        assertThat(robot.lookup("#shootout-grid-0_01").queryAs(CheckBox.class).isDisabled()).isTrue();
        robot.clickOn("#shootout-tune-rate");
        assertThat(model.getState().tuneRate()).isTrue();
        assertThat(model.getState().plan().learningRates()).isEqualTo(ShootoutState.DEFAULT_GRID);
        assertThat(model.getState().plan().tunesRate()).isTrue();

        robot.clickOn("#shootout-grid-1");
        robot.clickOn("#shootout-grid-0_01");
        robot.clickOn("#shootout-grid-0_03");
        assertThat(model.getState().rateGrid()).containsExactly(0.1, 0.3, 1.0);
        robot.clickOn("#shootout-grid-0_1");
        robot.clickOn("#shootout-grid-0_3");
        assertThat(model.getState().rateGrid()).containsExactly(0.3, 1.0);
        assertThat(robot.lookup("#shootout-grid-0_3").queryAs(CheckBox.class).isSelected()).isTrue();

        robot.clickOn("#shootout-one-rate");
        assertThat(model.getState().plan().learningRates()).containsExactly(0.1);
        assertThat(robot.lookup("#shootout-fair-note").queryAs(Label.class).getText()).isNotBlank();
    }

    @Test
    void initialiserOptimiserBatchAndBaselineReachThePlan(FxRobot robot) {
        @SuppressWarnings("unchecked")
        ComboBox<Optional<Initializer>> init = robot.lookup("#shootout-initializer").queryAs(ComboBox.class);
        @SuppressWarnings("unchecked")
        ComboBox<OptimizerKind> optimizer = robot.lookup("#shootout-optimizer").queryAs(ComboBox.class);
        @SuppressWarnings("unchecked")
        ComboBox<Integer> batch = robot.lookup("#shootout-batch").queryAs(ComboBox.class);
        @SuppressWarnings("unchecked")
        ComboBox<ActivationSpec> baseline = robot.lookup("#shootout-baseline").queryAs(ComboBox.class);
        assertThat(model.getState().plan().initializerOf(model.getState().plan().contenders().get(1)))
                .isEqualTo(Initializer.xavierUniform());
        robot.interact(() -> {
            init.setValue(Optional.of(Initializer.lecunNormal()));
            optimizer.setValue(OptimizerKind.ADAM);
            batch.setValue(16);
            baseline.setValue(ActivationSpec.of("tanh"));
        });
        ShootoutPlan plan = model.getState().plan();
        assertThat(plan.contenders()).allSatisfy(c -> assertThat(plan.initializerOf(c)).isEqualTo(Initializer.lecunNormal()));
        assertThat(plan.optimizer()).isEqualTo(OptimizerKind.ADAM);
        assertThat(plan.batch()).isEqualTo(16);
        assertThat(plan.baselineContender().spec()).isEqualTo(ActivationSpec.of("tanh"));
        assertThat(List.of(init.getItems().get(0))).containsExactly(Optional.empty());
    }
}
