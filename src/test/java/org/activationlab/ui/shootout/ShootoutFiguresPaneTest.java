package org.activationlab.ui.shootout;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Spinner;
import javafx.stage.Stage;
import org.activationlab.plot.Band;
import org.activationlab.plot.BoxPlot;
import org.activationlab.plot.Figure;
import org.activationlab.plot.shootout.ShootoutFigure;
import org.activationlab.ui.FigureCanvas;
import org.activationlab.ui.StyledScene;
import org.activationlab.ui.export.VisibleFigure;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The Shoot-out tab's figures: a small shoot-out run in the tab shows both contenders' boxes, then their curves. */
@ExtendWith(ApplicationExtension.class)
class ShootoutFiguresPaneTest {
    private ShootoutViewModel model;
    private ShootoutView view;

    @Start
    void start(Stage stage) {
        model = new ShootoutViewModel(ShootoutState.INITIAL, status -> { });
        view = new ShootoutView(model, (owner, name, patterns) -> Optional.empty());
        StyledScene.show(stage, view.root(), 1280, 800);
    }

    @AfterEach
    void stop() {
        model.dispose();
    }

    private static void type(FxRobot robot, String spinner, int value) {
        robot.interact(() -> robot.lookup(spinner).<Spinner<Integer>>query().getValueFactory().setValue(value));
    }

    private void waitForFigure() throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !view.figures().isBuilding());
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static <T> List<T> items(Figure f, Class<T> type) {
        return f.panels().get(0).items().stream().filter(type::isInstance).map(type::cast).toList();
    }

    @Test
    void aSmallShootoutShowsABoxWithAPointPerRunForBothContendersAndThenTheirCurves(FxRobot robot) throws Exception {
        assertThat(view.figures().figureProperty().get()).isNull();
        type(robot, "#shootout-seeds", 3);
        type(robot, "#shootout-steps", 60);
        robot.clickOn("#shootout-run");
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> !model.isBusy());
        waitForFigure();

        Figure boxes = view.figures().figureProperty().get();
        assertThat(boxes.xAxis().categories()).as("display names, as in the Curves tab").containsExactly("ReLU", "Tanh");
        assertThat(items(boxes, BoxPlot.class)).extracting(b -> b.label().content()).containsExactly("ReLU", "Tanh");
        assertThat(items(boxes, BoxPlot.class)).allSatisfy(b -> assertThat(b.points()).hasSize(3));
        assertThat(boxes.title().content()).startsWith("circle: Test loss per activation");
        FigureCanvas canvas = robot.lookup("#shootout-figure").lookup(".figure-canvas").queryAs(FigureCanvas.class);
        assertThat(canvas.getLayout().texts()).extracting(t -> t.text()).contains("ReLU", "Tanh");
        assertThat(robot.lookup("#shootout-figure-task").queryAs(ComboBox.class).isVisible())
                .as("one task: no task to choose").isFalse();
        Optional<VisibleFigure> exported = view.figures().currentFigure();
        assertThat(exported).map(VisibleFigure::figure).contains(boxes);

        ComboBox<ShootoutFigure> kind = robot.lookup("#shootout-figure-kind").queryAs(ComboBox.class);
        assertThat(kind.getItems()).containsExactly(ShootoutFigure.values());
        robot.interact(() -> kind.setValue(ShootoutFigure.LOSS_CURVES));
        waitForFigure();
        Figure curves = view.figures().figureProperty().get();
        assertThat(items(curves, Band.class)).extracting(Band::name).containsExactly("iqr:relu", "iqr:tanh");
        assertThat(view.figures().currentFigure()).map(VisibleFigure::figure).contains(curves);
    }
}
