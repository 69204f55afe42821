package org.activationlab.ui.shootout;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.TableView;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.activationlab.nn.DataCsv;
import org.activationlab.nn.Rng;
import org.activationlab.nn.Task;
import org.activationlab.shootout.RunResult;
import org.activationlab.shootout.ShootoutResult;
import org.activationlab.shootout.ShootoutTask;
import org.activationlab.ui.Messages;
import org.activationlab.ui.Styles;
import org.activationlab.ui.training.TrainingState;
import org.activationlab.ui.training.TrainingViewModel;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A CSV file as a Shoot-out task, driven like a user: Add CSV file… (the file dialog answered with a
 * path, as no file dialog can be driven headless), a bad file refused with the reason, the file listed
 * with its points, a small shoot-out run on it alone, a run of it refused by the Training link, Remove.
 */
@ExtendWith(ApplicationExtension.class)
class ShootoutCsvTaskTest {
    @TempDir
    Path tmp;
    private ShootoutViewModel model;
    private TrainingViewModel training;
    private final List<String> statuses = new ArrayList<>();
    /** What the file dialog answers. */
    private Path chosen;
    /** A stage of its own, as it sizes its window. */
    private Stage own;
    /** Holds the reading of {@link #slow} until counted down, as a large file or a slow disk would. */
    private final CountDownLatch slowRead = new CountDownLatch(1);
    private Path slow;

    @Start
    void start(Stage stage) {
        model = new ShootoutViewModel(ShootoutState.INITIAL, statuses::add, path -> {
            if (path.equals(slow)) {
                try {
                    slowRead.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            return TaskFile.read(path);
        });
        training = new TrainingViewModel(TrainingState.INITIAL, statuses::add);
        ShootoutView view = new ShootoutView(model, (owner, name, patterns) -> Optional.empty(),
                owner -> Optional.ofNullable(chosen));
        RunOpener opener = new RunOpener(training, () -> { }, statuses::add);
        view.setOnOpenRun(opener::open);
        own = new Stage();
        Scene scene = new Scene(new StackPane(view.root()), 1280, 800);
        scene.getRoot().getStyleClass().add(Styles.APP);
        scene.getStylesheets().add(Styles.stylesheet());
        own.setScene(scene);
        own.show();
    }

    @AfterEach
    void stop(FxRobot robot) {
        model.dispose();
        robot.interact(own::close);
    }

    private static String text(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(Label.class).getText();
    }

    /** Clicks Add CSV file… and waits until the file the dialog answers has been read. */
    private void addChosen(FxRobot robot) throws Exception {
        robot.clickOn("#shootout-add-file");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !model.isReadingFile());
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static boolean shown(FxRobot robot, String query) {
        Node node = robot.lookup(query).query();
        return node.isVisible() && node.isManaged();
    }

    @Test
    void aCsvFileIsAddedRunAloneRefusedByTheTrainingLinkAndRemoved(FxRobot robot) throws Exception {
        Path broken = tmp.resolve("broken.csv");
        Files.writeString(broken, "x1,x2,label\n0.5,0.5,2\n");
        chosen = broken;
        addChosen(robot);
        assertThat(shown(robot, "#shootout-file-message")).isTrue();
        assertThat(text(robot, "#shootout-file-message")).startsWith(broken + ": ").contains("line 2")
                .isEqualTo(TaskFile.read(broken).problem());
        assertThat(model.getState().files()).isEmpty();

        Path moons = tmp.resolve("moons.csv");
        Files.writeString(moons, DataCsv.toCsv(Task.MOONS.generate(60, 0.1, Rng.stream(9, 0))));
        chosen = moons;
        addChosen(robot);
        assertThat(shown(robot, "#shootout-file-message")).as("the refusal goes once a file is added").isFalse();
        assertThat(text(robot, "#shootout-file-1")).isEqualTo("moons.csv");
        assertThat(text(robot, "#shootout-file-about-1")).isEqualTo(Messages.format(ShootoutKeys.FILE_POINTS, "60"));
        addChosen(robot);
        assertThat(text(robot, "#shootout-file-message"))
                .isEqualTo(Messages.format(ShootoutKeys.FILE_TWICE, moons.toString()));
        assertThat(model.getState().files()).hasSize(1);

        robot.clickOn("#shootout-task-circle");
        robot.interact(() -> {
            robot.lookup("#shootout-seeds").<Spinner<Integer>>query().getValueFactory().setValue(2);
            robot.lookup("#shootout-steps").<Spinner<Integer>>query().getValueFactory().setValue(30);
        });
        assertThat(model.getState().tasks()).isEmpty();
        robot.clickOn("#shootout-run");
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> !model.isBusy());
        WaitForAsyncUtils.waitForFxEvents();

        ShootoutResult result = model.resultProperty().get();
        assertThat(result.complete()).isTrue();
        assertThat(result.plan().tasks()).extracting(ShootoutTask::name).containsExactly("moons.csv");
        assertThat(result.runs()).hasSize(2 * 2);
        @SuppressWarnings("unchecked")
        TableView<RunResult> runs = robot.lookup("#shootout-runs").queryAs(TableView.class);
        assertThat(runs.getItems()).hasSize(4);
        assertThat(runs.getColumns().get(1).getCellData(0)).isEqualTo("moons.csv");

        TrainingState before = training.getState();
        robot.interact(() -> runs.getSelectionModel().select(0));
        robot.interact(() -> robot.lookup("#shootout-open-in-training").queryAs(Button.class).fire());
        RunResult first = runs.getItems().get(0);
        assertThat(statuses).last().isEqualTo(Messages.format(ShootoutKeys.OPEN_FILE,
                TrainingLink.name(result.plan(), first.key()), moons.toString()));
        assertThat(training.getState()).isEqualTo(before);

        robot.clickOn("#shootout-remove-file-1");
        assertThat(model.getState().files()).isEmpty();
        assertThat(robot.lookup("#shootout-file-1").tryQuery()).isEmpty();
        assertThat(robot.lookup("#shootout-run").queryButton().isDisabled()).as("no task left").isTrue();
    }

    /**
     * A file is read in the background: while it is, the window answers, the button waits and the
     * line under it says which file is read (a file of 100,000 rows took half a second on the
     * JavaFX thread); then the file is listed.
     */
    @Test
    void aFileIsReadInTheBackgroundWhileTheButtonWaits(FxRobot robot) throws Exception {
        slow = tmp.resolve("slow.csv");
        Files.writeString(slow, DataCsv.toCsv(Task.MOONS.generate(30, 0.1, Rng.stream(9, 0))));
        chosen = slow;
        robot.clickOn("#shootout-add-file");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#shootout-add-file").queryButton().isDisabled()).isTrue();
        assertThat(text(robot, "#shootout-file-message")).isEqualTo(Messages.format(ShootoutKeys.FILE_READING,
                slow.toString()));
        assertThat(robot.lookup("#shootout-file-message").query().getStyleClass()).doesNotContain(Styles.ERROR_MESSAGE);
        assertThat(model.getState().files()).isEmpty();

        slowRead.countDown();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !model.isReadingFile());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#shootout-add-file").queryButton().isDisabled()).isFalse();
        assertThat(shown(robot, "#shootout-file-message")).isFalse();
        assertThat(text(robot, "#shootout-file-1")).isEqualTo("slow.csv");
        assertThat(model.getState().files()).hasSize(1);
    }
}
