package org.activationlab.ui.curves.gated;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.application.Platform;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.activationlab.model.Catalogue;
import org.activationlab.model.Gate;
import org.activationlab.model.PropertyAnalyzer;
import org.activationlab.plot.Figure;
import org.activationlab.plot.HeatMap;
import org.activationlab.plot.PanelLayout;
import org.activationlab.plot.Series;
import org.activationlab.plot.studies.GatedGrid;
import org.activationlab.ui.Background;
import org.activationlab.ui.FigureCanvas;
import org.activationlab.ui.Styles;
import org.activationlab.ui.curves.CurvesTabView;
import org.activationlab.ui.curves.CurvesView;
import org.activationlab.ui.curves.CurvesViewModel;
import org.activationlab.ui.presentation.PresentationSettings;
import org.activationlab.ui.problems.ProblemSource;
import org.activationlab.ui.studies.FigureExports;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.framework.junit5.Stop;
import org.testfx.util.WaitForAsyncUtils;

/** The Curves tab's two-input view of the gated units, driven like a user through the tab's switch. */
@ExtendWith(ApplicationExtension.class)
class GatedViewTest {
    private final ExecutorService worker = Background.shared().lane("test-gated-analysis", ProblemSource.PROPERTIES);
    private final ExecutorService frames = Background.shared().lane("test-gated-frames", ProblemSource.FIGURE);
    private CurvesViewModel curves;
    private GatedViewModel model;
    private GatedView view;
    private CurvesTabView tab;

    @Start
    void start(Stage stage) {
        curves = new CurvesViewModel(PropertyAnalyzer::analyze, worker, frames, Platform::runLater, s -> { });
        model = new GatedViewModel();
        view = new GatedView(model);
        tab = new CurvesTabView(new CurvesView(curves, new PresentationSettings()), view, model);
        Scene scene = new Scene(new StackPane(tab.root()), 1280, 800);
        scene.getRoot().getStyleClass().add(Styles.APP);
        scene.getStylesheets().add(Styles.stylesheet());
        stage.setScene(scene);
        stage.show();
        curves.start();
    }

    @Stop
    void stop() {
        model.dispose();
        Background.shared().stop(worker);
        Background.shared().stop(frames);
    }

    private void showGated(FxRobot robot) throws TimeoutException {
        robot.clickOn("#curves-mode-gated");
        built();
    }

    /** Waits until the figures of the newest state are built and drawn. */
    private void built() throws TimeoutException {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !model.isBuilding());
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static Figure onScreen(FxRobot robot, String id) {
        return robot.lookup("#" + id).queryAs(FigureCanvas.class).getFigure();
    }

    private static Series series(Figure f, String name) {
        return f.panels().get(0).series().stream().filter(s -> s.name().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void theSwitchShowsTheGatedUnitsAndExportsTheirFigure(FxRobot robot) throws TimeoutException {
        assertThat(robot.lookup(".gated-view").query().isVisible()).isFalse();
        showGated(robot);
        assertThat(model.getState().showing()).isTrue();
        assertThat(robot.lookup(".gated-view").query().isVisible()).isTrue();
        assertThat(robot.lookup(".curves-view").query().isVisible()).isFalse();
        assertThat(tab.figureAvailable().get()).isTrue();
        assertThat(tab.currentFigure().orElseThrow().figure()).isSameAs(model.getBuilt().surface());
        robot.clickOn("#curves-mode-elementwise");
        assertThat(model.getState().showing()).isFalse();
        assertThat(robot.lookup(".curves-view").query().isVisible()).isTrue();
        assertThat(tab.currentFigure().map(f -> f.figure())).isNotEqualTo(java.util.Optional.of(model.getBuilt().surface()));
    }

    /**
     * Issue 16: the hidden view takes no room, so the shown one is never wider than the tab. The
     * gated view's least width (its maps and their side panel) once pushed the element-wise view
     * past the window's edge at 150 % and 250 %.
     */
    @Test
    void theHiddenViewLeavesTheLayoutSoTheShownOneFitsTheTab(FxRobot robot) throws TimeoutException {
        Region stack = (Region) robot.lookup(".curves-view").query().getParent();
        Region gated = robot.lookup(".gated-view").queryAs(Region.class);
        assertThat(gated.isManaged()).isFalse();
        assertThat(stack.minWidth(-1)).isLessThan(gated.minWidth(-1));
        showGated(robot);
        assertThat(gated.isManaged()).isTrue();
        assertThat(robot.lookup(".curves-view").query().isManaged()).isFalse();
    }

    @Test
    void pickingAUnitRedrawsTheMapAndExplainsItsDiagonal(FxRobot robot) throws TimeoutException {
        showGated(robot);
        Figure before = onScreen(robot, "gated-surface");
        assertThat(before.title().content()).startsWith("SwiGLU");
        robot.clickOn("#gated-unit-glu");
        assertThat(model.getState().unit()).isEqualTo(Gate.GLU);
        built();
        Figure after = onScreen(robot, "gated-surface");
        assertThat(after.title().content()).startsWith("GLU");
        HeatMap map = (HeatMap) after.panels().get(0).items().get(0);
        assertThat(map.value(0, 0)).isEqualTo(Gate.GLU.value(-4, -4));
        assertThat(robot.lookup("#gated-relative-silu").queryAs(Label.class).getText())
                .startsWith("SiLU: x · sigmoid(x) is SiLU");
    }

    @Test
    void aRangeSliderChangesTheMapsRange(FxRobot robot) throws TimeoutException {
        showGated(robot);
        Slider aMax = robot.lookup("#gated-a-max").queryAs(Slider.class);
        robot.interact(aMax::requestFocus);
        robot.type(KeyCode.LEFT, 2);
        assertThat(model.getState().aMax()).isEqualTo(3);
        built();
        Figure surface = onScreen(robot, "gated-surface");
        assertThat(surface.xAxis().max()).isEqualTo(3);
        assertThat(model.getBuilt().grid().as()).endsWith(3.0);
        assertThat(onScreen(robot, "gated-diagonal").xAxis().max()).isEqualTo(4);
    }

    @Test
    void theSliceOnScreenIsTheGateAndGluOnTheDiagonalIsSilu(FxRobot robot) throws TimeoutException {
        showGated(robot);
        robot.clickOn("#gated-unit-glu");
        built();
        Series slice = series(onScreen(robot, "gated-slice"), "slice");
        for (int i = 0; i < slice.size(); i++) {
            assertThat(slice.y(i)).isEqualTo(Catalogue.get("sigmoid").value(slice.x(i)));
        }
        Figure diagonal = onScreen(robot, "gated-diagonal");
        Series glu = series(diagonal, "diagonal:glu");
        Series silu = series(diagonal, "silu");
        for (int i = 0; i < glu.size(); i++) {
            assertThat(glu.y(i)).isCloseTo(silu.y(i), org.assertj.core.data.Offset.offset(1e-12));
        }
    }

    @Test
    void hoveringTheMapReadsHAndItsPartials(FxRobot robot) throws TimeoutException {
        showGated(robot);
        FigureCanvas canvas = robot.lookup("#gated-surface").queryAs(FigureCanvas.class);
        PanelLayout panel = canvas.getLayout().panel(0);
        java.awt.geom.Point2D inside = panel.toPixel(2, -1);
        Bounds screen = canvas.localToScreen(canvas.getBoundsInLocal());
        robot.moveTo(new Point2D(screen.getMinX() + inside.getX(), screen.getMinY() + inside.getY()));
        WaitForAsyncUtils.waitForFxEvents();
        String text = robot.lookup("#gated-readout").queryAs(Label.class).getText();
        java.util.regex.Matcher m = java.util.regex.Pattern
                .compile("a = (\\S+), b = (\\S+): h = (\\S+), ∂h/∂a = (\\S+), ∂h/∂b = (\\S+)").matcher(text);
        assertThat(m.matches()).as(text).isTrue();
        double a = Double.parseDouble(m.group(1));
        double b = Double.parseDouble(m.group(2));
        assertThat(a).isCloseTo(2, org.assertj.core.data.Offset.offset(0.05));
        assertThat(b).isCloseTo(-1, org.assertj.core.data.Offset.offset(0.05));
        assertThat(Double.parseDouble(m.group(3))).isCloseTo(Gate.SWIGLU.value(a, b),
                org.assertj.core.data.Offset.offset(1e-3));
        assertThat(Double.parseDouble(m.group(4))).isCloseTo(Gate.SWIGLU.partialA(a, b),
                org.assertj.core.data.Offset.offset(1e-3));
        robot.moveTo(new Point2D(screen.getMinX() + 2, screen.getMinY() + 2));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#gated-readout").queryAs(Label.class).getText())
                .isEqualTo("Point at the map of h to read its value.");
    }

    @Test
    void everyFigureExportsWithTheGridAsCsv(FxRobot robot, @TempDir Path dir) throws Exception {
        showGated(robot);
        for (int i = 0; i < 4; i++) {
            int index = i;
            robot.interact(() -> view.board().select(index));
            assertThat(view.currentData().headers()).containsExactlyElementsOf(GatedGrid.HEADERS);
            assertThat(view.currentData().rowCount()).isEqualTo(GatedGrid.NODES * GatedGrid.NODES);
            FigureExports.exportAll(view.currentFigureProperty().get(), view.currentData(), dir, "gated-" + i);
        }
    }
}
