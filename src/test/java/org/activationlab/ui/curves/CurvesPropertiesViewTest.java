package org.activationlab.ui.curves;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ScrollBar;
import javafx.scene.control.TableView;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.activationlab.model.PropertyAnalyzer;
import org.activationlab.plot.Theme;
import org.activationlab.ui.Background;
import org.activationlab.ui.Styles;
import org.activationlab.ui.problems.ProblemSource;
import org.activationlab.ui.properties.PropertySheet;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.framework.junit5.Stop;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Issue 16, section 3: under the curves the properties never scroll sideways. Where the table's
 * columns fit the width it shows, as tall as its rows; where they do not (the default window with
 * the lessons panel open leaves the plot a few hundred pixels), each function gets a sheet.
 */
@ExtendWith(ApplicationExtension.class)
class CurvesPropertiesViewTest {
    private final ExecutorService worker = Background.shared().lane("curves-properties-test", ProblemSource.PROPERTIES);
    private CurvesViewModel model;
    private CurvesPropertiesView view;
    private StackPane holder;

    @Start
    void start(Stage stage) {
        model = new CurvesViewModel(PropertyAnalyzer::analyze, worker, Runnable::run, Platform::runLater, s -> {
        });
        view = new CurvesPropertiesView(model, new SimpleObjectProperty<>(Theme.LIGHT));
        holder = new StackPane(view.root());
        Scene scene = new Scene(holder, 400, 400);
        scene.getStylesheets().add(Styles.stylesheet());
        stage.setScene(scene);
        stage.show();
        model.start();
    }

    @Stop
    void stop() {
        worker.shutdownNow();
    }

    @ParameterizedTest(name = "{0} px wide: sheets {1}")
    @CsvSource({"300, true", "2400, false"})
    void thePropertiesFitTheWidthWithoutScrollingSideways(double width, boolean sheets, FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> model.propertyRows().size() == model.getState().plotted().size()
                && !model.propertyRows().isEmpty());
        robot.interact(() -> holder.getScene().getWindow().setWidth(width));
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> {
        });
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(view.showsSheets()).isEqualTo(sheets);
        Node root = view.root();
        assertThat(root.lookupAll("." + PropertySheet.STYLE_CLASS).stream().filter(n -> n.getScene() != null
                && n.isVisible() && n.getParent() != null).count()).isEqualTo(sheets ? model.propertyRows().size() : 0);
        TableView<?> table = (TableView<?>) root.lookup("." + Styles.CURVES_PROPERTIES);
        if (!sheets) {
            assertThat(table.getScene()).isNotNull();
            assertThat(table.lookupAll(".scroll-bar").stream().filter(Node::isVisible).map(ScrollBar.class::cast))
                    .as("the table as tall and as wide as its contents").isEmpty();
        }
        assertThat(root.lookupAll(".scroll-bar").stream().map(ScrollBar.class::cast)
                .filter(b -> b.isVisible() && b.getOrientation() == javafx.geometry.Orientation.HORIZONTAL))
                .as("no horizontal scroll bar").isEmpty();
    }
}
