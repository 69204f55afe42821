package org.activationlab.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.testfx.matcher.control.LabeledMatchers.hasText;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TabPane;
import javafx.scene.input.KeyCode;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.activationlab.ui.export.NativeSaveFileChooser;
import org.activationlab.ui.prefs.UserPreferences;
import org.activationlab.ui.session.SessionFileChooser;
import org.controlsfx.control.StatusBar;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * File &gt; Save Session (Ctrl+S), Open Session (Ctrl+O) and Open Recent in the real main window;
 * the platform's file dialogs are replaced by a chooser that answers with the test's paths.
 */
class SessionMenuTest extends FullWindowTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    @TempDir
    static Path folder;
    /** What the open and save dialogs answer next; empty to cancel. */
    private static Optional<Path> toOpen = Optional.empty();
    private static Optional<Path> toSave = Optional.empty();
    /** How many times the save dialog was shown. */
    private static int saveDialogs;

    /** The app, asking {@link #toOpen} and {@link #toSave} for session files, both empty at first. */
    @Override
    protected ActivationLabApp newApp(UserPreferences preferences) {
        toOpen = Optional.empty();
        toSave = Optional.empty();
        saveDialogs = 0;
        SessionFileChooser chooser = new SessionFileChooser() {
            @Override
            public Optional<Path> chooseToOpen(Window owner) {
                return toOpen;
            }

            @Override
            public Optional<Path> chooseToSave(Window owner, String suggestedName) {
                saveDialogs++;
                return toSave;
            }
        };
        return new ActivationLabApp(new NativeSaveFileChooser(), chooser, preferences);
    }

    @AfterEach
    void closeDialogs(FxRobot robot) {
        robot.listTargetWindows().stream().filter(w -> w instanceof Stage s && s.getModality() != Modality.NONE)
                .forEach(w -> robot.interact(((Stage) w)::close));
    }

    private static String status(FxRobot robot) {
        return robot.lookup(".status-bar").queryAs(StatusBar.class).getText();
    }

    /** The main window's tabs (some views have tab panes of their own). */
    private static TabPane tabs(FxRobot robot) {
        return robot.lookup(".tab-pane").queryAllAs(TabPane.class).stream()
                .filter(t -> t.getTabs().stream().anyMatch(tab -> "curves-tab".equals(tab.getId())))
                .findFirst().orElseThrow();
    }

    /** The properties are computed at start, with messages in the status bar: let them finish first. */
    @BeforeEach
    void waitForTheStartMessages(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(120, TimeUnit.SECONDS, () -> status(robot).startsWith("Computed the properties"));
    }

    private static void showTab(FxRobot robot, String title) {
        robot.clickOn(robot.lookup(".tab-label").match(hasText(title)).queryAs(Label.class));
    }

    private static String selectedTab(FxRobot robot) {
        return tabs(robot).getSelectionModel().getSelectedItem().getId();
    }

    private static void shortcut(FxRobot robot, KeyCode key) {
        robot.press(KeyCode.CONTROL, key).release(key, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static JsonNode parts(Path file) throws Exception {
        return MAPPER.readTree(file.toFile()).get("parts");
    }

    /** The File menu's item with {@code id}. */
    private static MenuItem fileMenuItem(FxRobot robot, String id) {
        MenuBar bar = robot.lookup(".menu-bar").queryAs(MenuBar.class);
        return bar.getMenus().get(0).getItems().stream().filter(i -> id.equals(i.getId())).findFirst().orElseThrow();
    }

    private static Menu openRecent(FxRobot robot) {
        return (Menu) fileMenuItem(robot, "session-open-recent");
    }

    @Test
    void ctrlSSavesTheSessionAndCtrlOBringsItBack(FxRobot robot) throws Exception {
        showTab(robot, "Neuron");
        toSave = Optional.of(folder.resolve("lesson"));
        shortcut(robot, KeyCode.S);

        Path file = folder.resolve("lesson.alab");
        assertThat(file).exists();
        assertThat(status(robot)).isEqualTo("Saved lesson.alab");
        JsonNode saved = MAPPER.readTree(file.toFile());
        assertThat(saved.get("format").asText()).isEqualTo("activation-lab-session");
        assertThat(saved.get("parts").get("view").get("tab").asText()).isEqualTo("neuron-tab");
        assertThat(saved.get("parts").fieldNames()).toIterable()
                .containsExactly("curves", "properties", "training", "neuron", "depth", "gates", "view", "lessons",
                        "gated", "shootout");

        showTab(robot, "Gates");
        assertThat(selectedTab(robot)).isEqualTo("gates-tab");
        toOpen = Optional.of(file);
        shortcut(robot, KeyCode.O);
        assertThat(selectedTab(robot)).isEqualTo("neuron-tab");
        assertThat(status(robot)).isEqualTo("Opened lesson.alab");

        toSave = Optional.empty();
        Files.delete(file);
        shortcut(robot, KeyCode.S);
        assertThat(saveDialogs).as("Ctrl+S saves to the open session without asking again").isEqualTo(1);
        assertThat(parts(file)).isEqualTo(saved.get("parts"));
    }

    @Test
    void aFileThatCannotBeOpenedIsExplainedAndChangesNothing(FxRobot robot) throws Exception {
        showTab(robot, "Depth");
        Path before = folder.resolve("before.alab");
        toSave = Optional.of(before);
        shortcut(robot, KeyCode.S);
        String whole = Files.readString(before);
        Path cut = Files.writeString(folder.resolve("cut.alab"), whole.replace("\"depth-tab\"", "\"curves-tab\"")
                .substring(0, whole.length() / 2));

        showTab(robot, "Gates");
        toOpen = Optional.of(cut);
        shortcut(robot, KeyCode.O);

        DialogPane dialog = robot.lookup(".session-error-dialog").queryAs(DialogPane.class);
        assertThat(dialog.getHeaderText()).isEqualTo("Cannot open " + cut);
        assertThat(dialog.getContentText()).startsWith("the file is cut short: it ends in the middle of the JSON");
        assertThat(status(robot)).startsWith("Cannot open cut.alab: the file is cut short");
        robot.interact(() -> ((Stage) dialog.getScene().getWindow()).close());

        assertThat(selectedTab(robot)).isEqualTo("gates-tab");
        Path after = folder.resolve("after.alab");
        toSave = Optional.of(after);
        robot.interact(fileMenuItem(robot, "session-save-as")::fire);
        WaitForAsyncUtils.waitForFxEvents();
        JsonNode expected = parts(before).deepCopy();
        ((ObjectNode) expected.get("view")).put("tab", "gates-tab");
        assertThat(parts(after)).isEqualTo(expected);
    }

    @Test
    void openRecentListsSavedSessionsAndDropsOnesThatAreGone(FxRobot robot) throws Exception {
        assertThat(openRecent(robot).getItems()).extracting(MenuItem::getText).containsExactly("No recent sessions");
        Path first = folder.resolve("first.alab");
        Path second = folder.resolve("second.alab");
        for (Path p : List.of(first, second)) {
            toSave = Optional.of(p);
            robot.interact(fileMenuItem(robot, "session-save-as")::fire);
        }
        WaitForAsyncUtils.waitForFxEvents();
        List<MenuItem> items = openRecent(robot).getItems();
        assertThat(items.stream().map(MenuItem::getUserData).filter(d -> d != null).toList())
                .containsExactly(second.toAbsolutePath(), first.toAbsolutePath());
        assertThat(items.get(0).getText()).startsWith("1  second.alab");

        Files.delete(first);
        MenuItem gone = items.get(1);
        robot.interact(gone::fire);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> status(robot).startsWith("Removed from Open Recent"));
        assertThat(status(robot)).isEqualTo("Removed from Open Recent, no longer there: " + first.toAbsolutePath());
        assertThat(openRecent(robot).getItems().stream().map(MenuItem::getUserData).filter(d -> d != null).toList())
                .containsExactly(second.toAbsolutePath());
    }
}
