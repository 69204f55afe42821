package org.activationlab.ui.shootout;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.Spinner;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.activationlab.model.ActivationSpec;
import org.activationlab.shootout.ShootoutCsv;
import org.activationlab.shootout.ShootoutResult;
import org.activationlab.shootout.SummaryRow;
import org.activationlab.shootout.Verdicts;
import org.activationlab.ui.Messages;
import org.activationlab.ui.StyledScene;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The Shoot-out tab driven like a user: choose, run, read the table and the verdicts, export, cancel. */
@ExtendWith(ApplicationExtension.class)
class ShootoutViewTest {
    private ShootoutViewModel model;
    private Path exportTarget;

    @Start
    void start(Stage stage) {
        model = new ShootoutViewModel(ShootoutState.INITIAL, status -> { });
        ShootoutView view = new ShootoutView(model, (owner, name, patterns) -> Optional.ofNullable(exportTarget));
        StyledScene.show(stage, view.root(), 1280, 800);
    }

    @AfterEach
    void stop() {
        model.dispose();
    }

    private static void type(FxRobot robot, String spinner, int value) {
        robot.interact(() -> robot.lookup(spinner).<Spinner<Integer>>query().getValueFactory().setValue(value));
    }

    @SuppressWarnings("unchecked")
    private static TableView<SummaryRow> table(FxRobot robot) {
        return robot.lookup("#shootout-table").queryAs(TableView.class);
    }

    @Test
    void aSmallShootoutFillsTheTableAndSaysWhatTheRunsSupport(FxRobot robot, @TempDir Path dir) throws Exception {
        robot.clickOn("#shootout-remove-2");
        robot.clickOn("#shootout-add");
        type(robot, "#shootout-seeds", 3);
        type(robot, "#shootout-steps", 40);
        assertThat(model.getState().activations()).containsExactly(ActivationSpec.of("relu"), ActivationSpec.of("gelu"));

        robot.clickOn("#shootout-run");
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> !model.isBusy());
        WaitForAsyncUtils.waitForFxEvents();

        ShootoutResult result = model.resultProperty().get();
        assertThat(result.complete()).isTrue();
        assertThat(result.runs()).hasSize(6);
        TableView<SummaryRow> table = table(robot);
        assertThat(table.getItems()).extracting(r -> result.plan().contenders().get(r.contender()).label())
                .containsExactly("relu", "gelu");
        assertThat(robot.from(table).lookup(".table-cell").queryAllAs(TableCell.class)).extracting(TableCell::getText)
                .as("display names in the tab").contains("ReLU").doesNotContain("relu", "gelu");
        assertThat(table.getItems()).allSatisfy(r -> assertThat(r.runs()).isEqualTo(3));
        @SuppressWarnings("unchecked")
        ListView<String> verdicts = robot.lookup("#shootout-verdicts").queryAs(ListView.class);
        assertThat(verdicts.getItems()).isNotEmpty().isEqualTo(Verdicts.of(result, Locale.getDefault(), ShootoutViewModel::nameOf))
                .allSatisfy(sentence -> assertThat(sentence).contains("GELU").contains("ReLU").contains("circle"));
        assertThat(robot.lookup("#shootout-progress-text").queryAs(Label.class).getText())
                .isEqualTo(Messages.format(ShootoutKeys.DONE, "6", progressSeconds(robot)));

        exportTarget = dir.resolve("table");
        robot.clickOn("#shootout-export");
        Path written = dir.resolve("table.csv");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> Files.exists(written));
        assertThat(Files.readString(written)).isEqualTo(ShootoutCsv.summary(result));
    }

    @Test
    void cancelKeepsTheFinishedRuns(FxRobot robot) throws Exception {
        type(robot, "#shootout-seeds", 100);
        type(robot, "#shootout-steps", ShootoutState.MAX_STEPS);
        robot.clickOn("#shootout-run");
        assertThat(model.isBusy()).isTrue();
        WaitForAsyncUtils.waitFor(120, TimeUnit.SECONDS, () -> !table(robot).getItems().isEmpty());

        robot.clickOn("#shootout-cancel");
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> !model.isBusy());
        WaitForAsyncUtils.waitForFxEvents();

        ShootoutResult result = model.resultProperty().get();
        assertThat(result.complete()).isFalse();
        assertThat(result.runs()).isNotEmpty().hasSizeLessThan(200)
                .allSatisfy(r -> assertThat(r.curve()).hasSize(result.plan().recordedSteps().length));
        assertThat(table(robot).getItems()).isNotEmpty()
                .allSatisfy(r -> assertThat(r.runs()).isPositive());
        assertThat(robot.lookup("#shootout-progress-text").queryAs(Label.class).getText()).isEqualTo(
                Messages.format(ShootoutKeys.CANCELLED, Integer.toString(result.runs().size()), "200"));
        assertThat(robot.lookup("#shootout-run").queryButton().isDisabled()).isFalse();
    }

    /** The seconds the progress text shows (the time taken is the one thing the test cannot know). */
    private static String progressSeconds(FxRobot robot) {
        String text = robot.lookup("#shootout-progress-text").queryAs(Label.class).getText();
        return text.replaceAll(".* in (\\d+) s$", "$1");
    }
}
