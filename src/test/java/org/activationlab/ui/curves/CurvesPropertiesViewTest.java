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

    /**
     * The last case is the pane under the curves in a 1280x800 window at 250 % with the lessons
     * panel open (about 250 px at 100 %): each name stands above its value there. At 420 px with
     * 37.5 px text a word ("non-decreasing" under its indent) is wider than the room: the sheets
     * scroll sideways there rather than break it (issue 16: "Smoothn / ess" at 1920x1080, 250 %).
     */
    @ParameterizedTest(name = "{0} px wide, {2} px text: sheets {1}, scrolling sideways {3}")
    @CsvSource({"300, true, 15, false", "2400, false, 15, false", "625, true, 37.5, false", "420, true, 37.5, true"})
    void thePropertiesFitTheWidthWithoutScrollingSideways(double width, boolean sheets, double fontSize, boolean scrolls,
            FxRobot robot)
            throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> model.propertyRows().size() == model.getState().plotted().size()
                && !model.propertyRows().isEmpty());
        robot.interact(() -> {
            holder.setStyle("-fx-font-size: " + fontSize + "px;");
            holder.getScene().getWindow().setWidth(width);
        });
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
                .filter(b -> b.isVisible() && b.getOrientation() == javafx.geometry.Orientation.HORIZONTAL)
                .filter(b -> !b.getParent().getStyleClass().contains(Styles.FORMULA_SCROLL))
                .map(b -> "in " + b.getParent().getStyleClass()))
                .as("no horizontal scroll bar (but the typeset formulas' own, which cannot wrap)")
                .hasSize(scrolls ? 1 : 0);
        assertThat(root.lookupAll(".label").stream().filter(n -> n.isVisible() && n instanceof javafx.scene.control.Label)
                .map(javafx.scene.control.Label.class::cast).filter(javafx.scene.control.Label::isWrapText)
                .filter(l -> l.getWidth() - l.snappedLeftInset() - l.snappedRightInset() + 1
                        < org.activationlab.ui.controls.WholeWords.widest(l.getText(), l.getFont()))
                .map(javafx.scene.control.Label::getText)).as("no word broken").isEmpty();
        assertThat(root.lookupAll(".label").stream().filter(n -> n.isVisible() && n instanceof javafx.scene.control.Label)
                .map(javafx.scene.control.Label.class::cast).map(org.activationlab.ui.LayoutFaults::elision)
                .flatMap(java.util.Optional::stream)).as("no name or value elided").isEmpty();
    }
}
