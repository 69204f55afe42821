package org.activationlab.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import org.activationlab.ui.depth.DepthView;
import org.activationlab.ui.gates.GatesView;
import org.activationlab.ui.neuron.NeuronView;
import org.activationlab.ui.studies.MultiFigureSource;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** The Neuron, Depth and Gates tabs in the real main window. */
class StudyTabsTest extends FullWindowTest {
    private static TabPane tabs(FxRobot robot) {
        return robot.lookup(".tab-pane").queryAs(TabPane.class);
    }

    @Test
    void theStudyTabsAreThereEachWithAFigureToExport(FxRobot robot) {
        List<Tab> tabs = tabs(robot).getTabs();
        assertThat(tabs).extracting(Tab::getText).contains("Neuron", "Depth", "Gates");
        int neuron = tabs.stream().map(Tab::getText).toList().indexOf("Neuron");
        List<Tab> studies = tabs.subList(neuron, neuron + 3); // Neuron, Depth, Gates; the Shoot-out tab follows them
        for (Tab tab : studies) {
            assertThat(tab.getUserData()).isInstanceOf(MultiFigureSource.class);
        }
        assertThat(((MultiFigureSource) studies.get(0).getUserData()).currentFigureProperty().get()).isNotNull();
        assertThat(((MultiFigureSource) studies.get(2).getUserData()).currentFigureProperty().get()).isNotNull();
        assertThat(studies.get(0).getUserData()).isInstanceOf(NeuronView.class);
        assertThat(studies.get(2).getUserData()).isInstanceOf(GatesView.class);
    }

    @Test
    void theNeuronTabsXorLinkOpensTheTrainingTabWithAHiddenLayerOnXor(FxRobot robot) throws Exception {
        Tab neuron = tabs(robot).getTabs().stream().filter(t -> t.getText().equals("Neuron")).findFirst().orElseThrow();
        robot.interact(() -> tabs(robot).getSelectionModel().select(neuron));
        robot.clickOn("#preset-xor");
        robot.clickOn("#neuron-train-xor");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(tabs(robot).getSelectionModel().getSelectedItem().getId()).isEqualTo("training-tab");
        assertThat(robot.lookup("#training-explanation").queryAs(javafx.scene.control.Label.class).getText())
                .startsWith("A hidden layer learns XOR:");
        assertThat(robot.lookup("#training-task").queryAs(javafx.scene.control.ComboBox.class).getValue())
                .isEqualTo(org.activationlab.nn.Task.XOR);
        assertThat(((org.activationlab.ui.library.ActivationChoice) robot.lookup("#training-activation-1")
                .queryAs(javafx.scene.control.ComboBox.class).getValue()).spec().name()).isEqualTo("tanh");
        assertThat(robot.lookup("#training-activation-2").tryQuery()).isEmpty();
    }

    @Test
    void theDepthStudyRunsWhenItsTabIsFirstShown(FxRobot robot) throws Exception {
        Tab depth = tabs(robot).getTabs().stream().filter(t -> t.getText().equals("Depth")).findFirst().orElseThrow();
        DepthView view = (DepthView) depth.getUserData();
        assertThat(view.currentFigureProperty().get()).isNull();
        robot.interact(() -> tabs(robot).getSelectionModel().select(depth));
        WaitForAsyncUtils.waitFor(120, TimeUnit.SECONDS, () -> view.currentFigureProperty().get() != null);
        assertThat(view.currentFigureProperty().get().title().content()).startsWith("Tanh");
    }
}
