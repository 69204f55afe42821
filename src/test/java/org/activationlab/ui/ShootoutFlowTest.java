package org.activationlab.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.Spinner;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import org.activationlab.model.ActivationSpec;
import org.activationlab.model.Numbers;
import org.activationlab.nn.Task;
import org.activationlab.shootout.RunResult;
import org.activationlab.shootout.ShootoutPlan;
import org.activationlab.shootout.ShootoutResult;
import org.activationlab.shootout.SummaryRow;
import org.activationlab.shootout.Verdicts;
import org.activationlab.ui.library.ActivationChoice;
import org.activationlab.ui.shootout.ShootoutKeys;
import org.activationlab.ui.shootout.ShootoutViewModel;
import org.activationlab.ui.training.TrainingKeys;
import org.activationlab.ui.training.TrainingState;
import org.activationlab.ui.training.TrainingViewModel;
import org.controlsfx.control.StatusBar;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The Shoot-out tab in the real main window, end to end: a small shoot-out fills the summary, the
 * runs and the verdicts; a larger one is cancelled and its finished runs agree everywhere; a run
 * opened from the runs table shows in the Training tab with its settings and seed, at its step,
 * with its final loss to the last bit.
 */
class ShootoutFlowTest extends FullWindowTest {
    @Test
    void runCancelAndOpenARunInTraining(FxRobot robot) throws Exception {
        ShootoutViewModel shootout = app.models().shootout();
        TabPane tabs = app.mainView().tabs();
        robot.clickOn("#shootout-tab");
        assertThat(tabs.getSelectionModel().getSelectedItem().getId()).isEqualTo("shootout-tab");
        assertThat(shootout.getState().activations()).containsExactly(ActivationSpec.of("relu"), ActivationSpec.of("tanh"));

        type(robot, "#shootout-seeds", 3);
        type(robot, "#shootout-steps", 40);
        robot.clickOn("#shootout-run");
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> !shootout.isBusy());
        WaitForAsyncUtils.waitForFxEvents();
        ShootoutResult small = shootout.resultProperty().get();
        assertThat(small.complete()).isTrue();
        assertThat(small.runs()).hasSize(6);
        assertThat(summary(robot).getItems()).extracting(SummaryRow::runs).containsExactly(3, 3);
        assertThat(verdicts(robot).isVisible()).isTrue();
        assertThat(verdicts(robot).getItems()).isEqualTo(Verdicts.of(small, Locale.getDefault(),
                ShootoutViewModel::nameOf));
        assertThat(runs(robot).getItems()).as("in the plan's order").containsExactlyElementsOf(small.runs());
        assertThat(caption(robot)).isEqualTo(Messages.format(ShootoutKeys.RUNS_ALL, "6"));
        List<String> stepsShown = robot.from(runs(robot)).lookup(".table-cell").queryAllAs(TableCell.class).stream()
                .map(TableCell::getText).toList();
        if (small.runs().stream().anyMatch(r -> r.stepsToTarget().isEmpty())) {
            assertThat(stepsShown).as("a censored run").contains(Messages.get(ShootoutKeys.NOT_REACHED));
        }

        robot.interact(() -> summary(robot).getSelectionModel().select(1));
        assertThat(runs(robot).getItems()).hasSize(3).allSatisfy(r -> assertThat(r.key().contender()).isEqualTo(1));
        assertThat(caption(robot)).isEqualTo(Messages.format(ShootoutKeys.RUNS_OF, "3", "Tanh", "circle"));

        type(robot, "#shootout-seeds", 100);
        type(robot, "#shootout-steps", 5000);
        robot.clickOn("#shootout-run");
        WaitForAsyncUtils.waitFor(120, TimeUnit.SECONDS, () -> !runs(robot).getItems().isEmpty());
        robot.clickOn("#shootout-cancel");
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> !shootout.isBusy());
        WaitForAsyncUtils.waitForFxEvents();
        ShootoutResult cancelled = shootout.resultProperty().get();
        assertThat(cancelled.complete()).isFalse();
        assertThat(cancelled.runs()).isNotEmpty().hasSizeLessThan(200);
        assertThat(robot.lookup("#shootout-progress-text").queryAs(Label.class).getText()).isEqualTo(
                Messages.format(ShootoutKeys.CANCELLED, Integer.toString(cancelled.runs().size()), "200"));
        robot.interact(() -> summary(robot).getSelectionModel().clearSelection());
        assertThat(runs(robot).getItems()).as("the table holds exactly the finished runs, in the plan's order")
                .containsExactlyElementsOf(cancelled.runs());
        assertThat(summary(robot).getItems().stream().mapToInt(SummaryRow::runs).sum())
                .isEqualTo(cancelled.runs().size());

        TableRow<?> row = robot.from(runs(robot)).lookup(".table-row-cell").nth(0).queryAs(TableRow.class);
        RunResult run = (RunResult) row.getItem();
        robot.doubleClickOn(row);
        assertOpenedInTraining(robot, cancelled.plan(), run);
    }

    /** The Training tab shows {@code run}: its settings, seed and step, and its final loss to the last bit. */
    private void assertOpenedInTraining(FxRobot robot, ShootoutPlan plan, RunResult run) throws Exception {
        TrainingViewModel training = app.models().training();
        TabPane tabs = app.mainView().tabs();
        assertThat(tabs.getSelectionModel().getSelectedItem().getId()).isEqualTo("training-tab");
        int step = run.divergedStep().orElse(plan.steps());
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> training.getSnapshot().step() == step);
        WaitForAsyncUtils.waitForFxEvents();
        String activation = plan.contenders().get(run.key().contender()).label();
        TrainingState state = training.getState();
        assertThat(state.task()).isEqualTo(Task.CIRCLE);
        assertThat(state.points()).isEqualTo(plan.points());
        assertThat(state.seed()).isEqualTo(run.key().seed());
        assertThat(state.dataSeed()).isEqualTo(run.key().seed());
        assertThat(state.layers()).hasSize(2).allSatisfy(l -> {
            assertThat(l.units()).isEqualTo(8);
            assertThat(l.activation().name()).isEqualTo(activation);
        });
        assertThat(state.initializer()).isEqualTo(plan.initializerOf(plan.contenders().get(run.key().contender())));
        assertThat(state.config()).isEqualTo(plan.config(run.key()));
        assertThat(training.isPlaying()).isFalse();
        assertThat(Double.doubleToRawLongBits(training.getSnapshot().loss()))
                .as("final loss %s against the shoot-out's %s", training.getSnapshot().loss(), run.finalLoss())
                .isEqualTo(Double.doubleToRawLongBits(run.finalLoss()));

        assertThat(robot.lookup("#training-step-counter").queryAs(Label.class).getText())
                .isEqualTo(Messages.format(TrainingKeys.STEP_COUNTER, Integer.toString(step)));
        assertThat(robot.lookup("#training-task").<Task>queryComboBox().getValue()).isEqualTo(Task.CIRCLE);
        @SuppressWarnings("unchecked")
        ComboBox<ActivationChoice> layer = robot.lookup("#training-activation-1").queryAs(ComboBox.class);
        assertThat(layer.getValue().spec()).isEqualTo(state.layers().get(0).activation());
        assertThat(robot.lookup("#training-learning-rate").queryAs(TextField.class).getText())
                .isEqualTo(Numbers.format(plan.learningRates().get(0)));
        assertThat(robot.lookup("." + Styles.STATUS_BAR).queryAs(StatusBar.class).getText()).isEqualTo(
                Messages.format(ShootoutKeys.OPENED,
                        Messages.format(ShootoutKeys.RUN_NAME, ShootoutViewModel.nameOf(plan.contenders()
                                .get(run.key().contender())), "circle", Long.toString(run.key().seed())),
                        Numbers.format(plan.learningRates().get(0)), Integer.toString(step),
                        Double.toString(run.finalLoss())));
    }

    private static void type(FxRobot robot, String spinner, int value) {
        robot.interact(() -> robot.lookup(spinner).<Spinner<Integer>>query().getValueFactory().setValue(value));
    }

    @SuppressWarnings("unchecked")
    private static TableView<SummaryRow> summary(FxRobot robot) {
        return robot.lookup("#shootout-table").queryAs(TableView.class);
    }

    @SuppressWarnings("unchecked")
    private static TableView<RunResult> runs(FxRobot robot) {
        return robot.lookup("#shootout-runs").queryAs(TableView.class);
    }

    @SuppressWarnings("unchecked")
    private static ListView<String> verdicts(FxRobot robot) {
        return robot.lookup("#shootout-verdicts").queryAs(ListView.class);
    }

    private static String caption(FxRobot robot) {
        return robot.lookup("#shootout-runs-caption").queryAs(Label.class).getText();
    }
}
