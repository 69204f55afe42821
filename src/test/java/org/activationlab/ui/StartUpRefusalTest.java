package org.activationlab.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.control.DialogPane;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.activationlab.ui.export.NativeSaveFileChooser;
import org.activationlab.ui.json.JsonText;
import org.activationlab.ui.prefs.UserPreferences;
import org.activationlab.ui.session.SessionFileChooser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Issue 16 item 10: a damaged session named on the command line is refused in a dialog that does
 * not wait, so that no nested event loop runs while the app starts (one start in 97 failed inside
 * GTK's nested loop). The start is repeated 20 times.
 */
@ExtendWith(ApplicationExtension.class)
class StartUpRefusalTest {
    private static final int STARTS = 20;

    @TempDir
    Path folder;

    @Test
    void aDamagedSessionOnTheCommandLineIsRefusedWithoutANestedEventLoop(FxRobot robot) throws Exception {
        ObjectNode session = (ObjectNode) JsonText.parse(Files.readString(Path.of("assets/examples/fresh.alab")));
        ((ObjectNode) session.get("parts").get("training")).put("points", -5);
        Path damaged = Files.writeString(folder.resolve("damaged.alab"), session.toPrettyString());
        SessionFileChooser noDialogs = new SessionFileChooser() {
            @Override
            public Optional<Path> chooseToOpen(Window owner) {
                return Optional.empty();
            }

            @Override
            public Optional<Path> chooseToSave(Window owner, String suggestedName) {
                return Optional.empty();
            }
        };

        for (int start = 0; start < STARTS; start++) {
            UserPreferences preferences = new UserPreferences(folder.resolve("prefs-" + start + ".json"));
            ActivationLabApp app = new ActivationLabApp(new NativeSaveFileChooser(), noDialogs, preferences);
            Stage[] stage = new Stage[1];
            robot.interact(() -> {
                stage[0] = new Stage();
                app.start(stage[0], List.of(damaged.toString()));
            });
            WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> refusal(robot).isPresent());
            DialogPane dialog = refusal(robot).orElseThrow();

            assertThat(WaitForAsyncUtils.asyncFx(Platform::isNestedLoopRunning).get(30, TimeUnit.SECONDS))
                    .as("start %d: no nested event loop while the refusal shows", start).isFalse();
            assertThat(dialog.getHeaderText()).contains("damaged.alab");
            assertThat(dialog.getContentText()).startsWith("/parts/training: the number of points must be from 20 to 1000, got -5");

            robot.interact(() -> {
                dialog.getScene().getWindow().hide();
                app.stop();
                stage[0].close();
            });
        }
    }

    private static Optional<DialogPane> refusal(FxRobot robot) {
        return robot.lookup(".session-error-dialog").queryAllAs(DialogPane.class).stream()
                .filter(d -> d.getScene() != null && d.getScene().getWindow() != null && d.getScene().getWindow().isShowing())
                .findFirst();
    }
}
