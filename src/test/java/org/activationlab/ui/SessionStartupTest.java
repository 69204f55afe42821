package org.activationlab.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.DialogPane;
import javafx.scene.control.TabPane;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.activationlab.ui.curves.CurvesState;
import org.activationlab.ui.export.NativeSaveFileChooser;
import org.activationlab.ui.prefs.UserPreferences;
import org.activationlab.ui.session.CurvesJson;
import org.activationlab.ui.session.SessionFile;
import org.activationlab.ui.session.SessionFileChooser;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/** A session named on the command line ({@code activation-lab FILE.alab}) opens when the window does. */
@ExtendWith(ApplicationExtension.class)
class SessionStartupTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    @TempDir
    Path folder;
    private ActivationLabApp app;
    private Stage window;
    private Optional<Path> toSave = Optional.empty();

    private void launch(FxRobot robot, String argument) {
        SessionFileChooser chooser = new SessionFileChooser() {
            @Override
            public Optional<Path> chooseToOpen(Window owner) {
                return Optional.empty();
            }

            @Override
            public Optional<Path> chooseToSave(Window owner, String suggestedName) {
                return toSave;
            }
        };
        robot.interact(() -> {
            app = new ActivationLabApp(new NativeSaveFileChooser(), chooser,
                    new UserPreferences(folder.resolve("prefs.json")));
            window = new Stage();
            app.start(window, List.of(argument));
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    @AfterEach
    void close(FxRobot robot) {
        robot.listTargetWindows().stream().filter(w -> w instanceof Stage s && s.getModality() != Modality.NONE)
                .forEach(w -> robot.interact(((Stage) w)::close));
        if (app != null) {
            robot.interact(() -> {
                app.stop();
                window.close();
            });
        }
    }

    private static String selectedTab(FxRobot robot) {
        return robot.lookup(".tab-pane").queryAllAs(TabPane.class).stream()
                .filter(t -> t.getTabs().stream().anyMatch(tab -> "curves-tab".equals(tab.getId())))
                .findFirst().orElseThrow().getSelectionModel().getSelectedItem().getId();
    }

    @Test
    void theSessionOnTheCommandLineOpensAtStart(FxRobot robot) throws Exception {
        ObjectNode parts = JsonNodeFactory.instance.objectNode();
        parts.set("curves", CurvesJson.write(CurvesState.initial().withPlotted("mish", true).withPlotted("relu", false)));
        parts.putObject("gates").put("gate", "relu").put("gatePreActivation", -1.25).put("candidatePreActivation", 0.5)
                .put("forgetPreActivation", 3.0);
        parts.putObject("view").put("tab", "depth-tab");
        Path file = folder.resolve("start.alab");
        SessionFile.write(file, SessionFile.envelope("test", parts));

        launch(robot, file.toString());
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> "depth-tab".equals(selectedTab(robot)));

        toSave = Optional.of(folder.resolve("now.alab"));
        robot.interact(() -> app.mainView().sessions().saveAs());
        JsonNode now = MAPPER.readTree(folder.resolve("now.alab").toFile()).get("parts");
        assertThat(now.get("gates")).isEqualTo(parts.get("gates"));
        assertThat(now.get("curves")).isEqualTo(parts.get("curves"));
    }

    @Test
    void aSessionFromANewerVersionIsExplainedOverTheWindowAtStart(FxRobot robot) throws Exception {
        Path file = Files.writeString(folder.resolve("future.alab"),
                "{\"format\":\"activation-lab-session\",\"version\":2,\"app\":\"2.0.0\",\"parts\":{\"view\":{\"tab\":\"gates-tab\"}}}");

        launch(robot, file.toString());
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !robot.lookup(".session-error-dialog").queryAll().isEmpty());

        DialogPane dialog = robot.lookup(".session-error-dialog").queryAs(DialogPane.class);
        assertThat(dialog.getHeaderText()).isEqualTo("Cannot open " + file);
        assertThat(dialog.getContentText()).contains("newer Activation Lab (2.0.0, session format version 2)");
        assertThat(selectedTab(robot)).isEqualTo("curves-tab");
    }
}
