package org.activationlab.ui;

import static org.activationlab.ExactDoubles.EXACT;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.Spinner;
import javafx.scene.control.Tab;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.activationlab.plot.Figure;
import org.activationlab.shootout.ShootoutResult;
import org.activationlab.shootout.SummaryRow;
import org.activationlab.ui.json.JsonText;
import org.activationlab.ui.session.SessionKeys;
import org.activationlab.ui.shootout.ShootoutFiguresPane;
import org.activationlab.ui.shootout.ShootoutKeys;
import org.activationlab.ui.shootout.ShootoutViewModel;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A shoot-out saved in a session (File &gt; Save Session, through the session controller) and opened
 * in a new window shows the same summary, runs, verdicts and figure, without running again, and says
 * that its results came from the session; a cancelled one comes back as partial results.
 */
@ExtendWith(ApplicationExtension.class)
class ShootoutSessionTest {
    @TempDir
    Path dir;
    private ActivationLabApp app;
    private Stage stage;

    /** What the tab shows of a shoot-out. */
    private record Shown(List<String> summary, List<String> runs, List<String> verdicts, Figure figure) {
    }

    @AfterEach
    void close() throws Exception {
        closeWindow();
    }

    private void openWindow() throws Exception {
        onFx(() -> {
            stage = new Stage();
            app = FullWindowTest.standardApp(FreshPreferences.create());
            app.start(stage);
            return null;
        });
    }

    private void closeWindow() throws Exception {
        if (app != null) {
            onFx(() -> {
                app.stop();
                stage.close();
                return null;
            });
            app = null;
        }
    }

    private static <T> T onFx(Callable<T> work) throws Exception {
        return WaitForAsyncUtils.asyncFx(work).get(60, TimeUnit.SECONDS);
    }

    private ShootoutViewModel shootout() {
        return app.models().shootout();
    }

    private ShootoutFiguresPane figures() {
        Tab tab = app.mainView().tabs().getTabs().stream().filter(t -> "shootout-tab".equals(t.getId()))
                .findFirst().orElseThrow();
        return (ShootoutFiguresPane) tab.getUserData();
    }

    private Shown shown(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> onFx(() -> !figures().isBuilding()));
        WaitForAsyncUtils.waitForFxEvents();
        List<String> summary = cells(robot, "#shootout-table");
        List<String> runs = cells(robot, "#shootout-runs");
        return onFx(() -> new Shown(summary, runs,
                List.copyOf(robot.lookup("#shootout-verdicts").queryAs(ListView.class).getItems()),
                figures().figureProperty().get()));
    }

    /**
     * The texts of every cell of a table as shown on screen, {@code row:column=text}: each row scrolled
     * into view in turn, since the table shows only some of them at once.
     */
    private static List<String> cells(FxRobot robot, String id) {
        TableView<?> table = robot.lookup(id).queryAs(TableView.class);
        SortedSet<String> texts = new TreeSet<>();
        int rows = table.getItems().size();
        for (int i = 0; i < rows; i++) {
            int row = i;
            robot.interact(() -> table.scrollTo(row));
            WaitForAsyncUtils.waitForFxEvents();
            robot.interact(() -> robot.from(table).lookup(".table-cell").queryAllAs(TableCell.class).stream()
                    .filter(c -> c.getIndex() == row && c.getTableColumn() != null && !c.isEmpty())
                    .forEach(c -> texts.add(String.format("%03d:%02d=%s", row,
                            table.getVisibleLeafIndex(c.getTableColumn()), c.getText()))));
        }
        assertThat(texts.stream().map(t -> t.substring(0, 3)).distinct()).as("a cell of every row of %s", id)
                .hasSize(rows);
        return List.copyOf(texts);
    }

    private String progressText(FxRobot robot) {
        return robot.lookup("#shootout-progress-text").queryAs(Label.class).getText();
    }

    private static void type(FxRobot robot, String spinner, int value) {
        robot.interact(() -> robot.lookup(spinner).<Spinner<Integer>>query().getValueFactory().setValue(value));
    }

    /** Saves the session to {@code name} through the session controller, as File &gt; Save Session As does. */
    private Path save(String name) throws Exception {
        Path file = dir.resolve(name);
        assertThat(onFx(() -> app.mainView().sessions().saveTo(file))).isTrue();
        return file;
    }

    /** Opens {@code file} in a new window, checks the line that says its results were loaded and waits for them. */
    private void openInANewWindow(FxRobot robot, Path file, String loaded) throws Exception {
        closeWindow();
        openWindow();
        assertThat(onFx(() -> app.mainView().sessions().open(file))).isTrue();
        assertThat(onFx(() -> progressText(robot))).isEqualTo(loaded);
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> onFx(() -> !shootout().rows().isEmpty()));
    }

    /** Opens a window and runs a shoot-out of {@code seeds} seeds and {@code steps} steps to its end. */
    private void runInANewWindow(FxRobot robot, int seeds, int steps) throws Exception {
        openWindow();
        robot.clickOn("#shootout-tab");
        type(robot, "#shootout-seeds", seeds);
        type(robot, "#shootout-steps", steps);
        robot.clickOn("#shootout-run");
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> !shootout().isBusy());
    }

    @Test
    void aShootOutSavedInASessionOpensAsItWasWithoutRunningAgain(FxRobot robot) throws Exception {
        runInANewWindow(robot, 3, 40);
        ShootoutResult before = onFx(() -> shootout().resultProperty().get());
        Shown original = shown(robot);
        assertThat(original.summary()).contains("000:01=ReLU", "001:01=Tanh");
        assertThat(original.runs()).hasSize(6 * 10);
        assertThat(original.verdicts()).isNotEmpty();
        assertThat(original.figure()).isNotNull();

        Path file = save("shootout.alab");
        JsonNode results = JsonText.read(file, Long.MAX_VALUE).at("/parts/shootout/results");
        assertThat(results.get("complete").booleanValue()).isTrue();
        assertThat(results.get("runs")).hasSize(6);

        openInANewWindow(robot, file, Messages.format(ShootoutKeys.LOADED, "6"));

        assertThat(shootout().isBusy()).isFalse();
        assertThat(onFx(() -> app.mainView().tabs().getSelectionModel().getSelectedItem().getId()))
                .isEqualTo("shootout-tab");
        Shown opened = shown(robot);
        assertThat(opened.summary()).isEqualTo(original.summary());
        assertThat(opened.runs()).isEqualTo(original.runs());
        assertThat(opened.verdicts()).isEqualTo(original.verdicts());
        assertThat(opened.figure()).usingRecursiveComparison(EXACT).isEqualTo(original.figure());
        ShootoutResult after = onFx(() -> shootout().resultProperty().get());
        assertThat(after.runs()).usingRecursiveFieldByFieldElementComparator(EXACT).isEqualTo(before.runs());
        assertThat(onFx(() -> shootout().rows())).usingRecursiveFieldByFieldElementComparator(EXACT)
                .isEqualTo(SummaryRow.of(before));
    }

    @Test
    void aCancelledShootOutComesBackAsPartialResultsAndAChangedSettingDropsThem(FxRobot robot) throws Exception {
        openWindow();
        robot.clickOn("#shootout-tab");
        type(robot, "#shootout-seeds", 100);
        type(robot, "#shootout-steps", 3000);
        robot.clickOn("#shootout-run");
        WaitForAsyncUtils.waitFor(120, TimeUnit.SECONDS, () -> onFx(() -> shootout().resultProperty().get() != null
                && shootout().resultProperty().get().runs().size() >= 2));
        robot.clickOn("#shootout-cancel");
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> !shootout().isBusy());
        ShootoutResult cancelled = onFx(() -> shootout().resultProperty().get());
        assertThat(cancelled.complete()).isFalse();
        Shown original = shown(robot);
        Path file = save("cancelled.alab");

        type(robot, "#shootout-seeds", 99);
        Path changed = save("changed.alab");
        assertThat(JsonText.read(changed, Long.MAX_VALUE).at("/parts/shootout").has("results"))
                .as("the runs shown are not those of the settings any more").isFalse();
        type(robot, "#shootout-seeds", 100);
        assertThat(JsonText.read(save("back.alab"), Long.MAX_VALUE).at("/parts/shootout").has("results")).isTrue();

        openInANewWindow(robot, file, Messages.format(ShootoutKeys.LOADED_PARTIAL,
                Integer.toString(cancelled.runs().size()), "200"));

        Shown opened = shown(robot);
        assertThat(opened.summary()).isEqualTo(original.summary());
        assertThat(opened.runs()).isEqualTo(original.runs());
        assertThat(opened.verdicts()).isEqualTo(original.verdicts());
        assertThat(onFx(() -> shootout().resultProperty().get().runs())).usingRecursiveFieldByFieldElementComparator(EXACT)
                .isEqualTo(cancelled.runs());
    }

    @Test
    void resultsThatDoNotFitTheSettingsAreRefusedAndTheSettingsOpen(FxRobot robot) throws Exception {
        runInANewWindow(robot, 2, 20);
        Path file = save("edited.alab");
        Files.writeString(file, Files.readString(file).replaceFirst("\"seeds\" : 2", "\"seeds\" : 5"));

        closeWindow();
        openWindow();
        assertThat(onFx(() -> app.mainView().sessions().open(file))).isTrue();

        assertThat(onFx(() -> shootout().getState().seeds())).isEqualTo(5);
        assertThat(onFx(() -> shootout().resultProperty().get())).isNull();
        assertThat(onFx(() -> progressText(robot))).isEqualTo(Messages.format(ShootoutKeys.RESULTS_REFUSED,
                "/parts/shootout/results/settings/seeds: " + Messages.format(
                        SessionKeys.RESULTS_OTHER_SETTINGS, "2", "5")));
    }
}
