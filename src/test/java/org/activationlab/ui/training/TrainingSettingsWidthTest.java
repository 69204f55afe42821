package org.activationlab.ui.training;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Bounds;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.scene.control.ScrollBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TitledPane;
import javafx.stage.Stage;
import org.activationlab.model.ActivationSpec;
import org.activationlab.ui.FxThread;
import org.activationlab.ui.LayoutFaults;
import org.activationlab.ui.StyledScene;
import org.activationlab.ui.controls.SideColumn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Issue 16 item 3: the Training tab's settings fit their column. In the default 1280x800 window
 * with the lessons panel open the tab is about 760 px wide and the column gets 45 % of it
 * (343 px); its Network section was 5 px wider than that (a layer's activation box asked for the
 * width of the longest name in its list), and 54 px wider with Mish typed as a formula
 * ("x * tanh(softplus(x))"), so the column cut it off without a scroll bar to reach it; and the
 * tab needed 798 px, so it scrolled sideways. Now a layer's box is as wide as its chosen name
 * and goes under the layer's title where the row has no room for both, the settings keep the
 * width they need, and where the views beside them would get less than their least width the
 * settings go under the views ({@link SideColumn}); beside them the column is no wider than it was.
 */
@ExtendWith(ApplicationExtension.class)
class TrainingSettingsWidthTest {
    private static final String MISH = "x * tanh(softplus(x))";
    private final Locale original = Locale.getDefault();
    private TrainingViewModel model;
    private TrainingView view;
    private Stage stage;

    @AfterEach
    void close() throws Exception {
        FxThread.run(() -> {
            if (view != null) {
                view.stop();
                model.close();
            }
            if (stage != null) {
                stage.close();
            }
            Locale.setDefault(original);
        });
    }

    /**
     * The widths are the tab's in a 1280x800 window: 663 px beside the English lessons panel and
     * 894 px beside the Chinese one at 100 %, 1278 px with the lessons closed; at 250 % (37.5 px
     * text) 1235 px with the lessons closed.
     */
    @ParameterizedTest(name = "{0} px wide, {1} px text, {2}, layers of {3}: settings beside the views {4}")
    @CsvSource(delimiter = ';', value = {"1278; 15; en; relu; true", "1278; 15; en; " + MISH + "; true",
            "894; 15; zh; relu; true", "894; 15; zh; " + MISH + "; true", "663; 15; en; relu; false",
            "663; 15; en; " + MISH + "; false", "1235; 37.5; en; " + MISH + "; false",
            "1235; 37.5; zh; " + MISH + "; false"})
    void everySectionOfTheSettingsFitsTheColumnWithoutScrollingSideways(double width, double fontSize,
            String language, String activation, boolean beside, FxRobot robot) throws Exception {
        FxThread.run(() -> {
            Locale.setDefault(Locale.forLanguageTag(language));
            model = new TrainingViewModel(TrainingState.INITIAL, status -> { });
            view = new TrainingView(model);
            stage = new Stage();
            StyledScene.show(stage, view.root(), width, 800).getRoot()
                    .setStyle(String.format(Locale.ROOT, "-fx-font-size: %.1fpx;", fontSize));
            ActivationSpec spec = activation.equals(MISH) ? ActivationSpec.formula(MISH, Map.of())
                    : ActivationSpec.of(activation);
            model.setActivationEverywhere(spec);
        });
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !model.isBuilding());
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> {
            stage.getScene().getRoot().applyCss();
            stage.getScene().getRoot().layout();
        });

        ScrollPane column = robot.lookup("." + TrainingView.CONTROLS).queryAs(ScrollPane.class);
        Node viewport = column.lookup(".viewport");
        Bounds room = viewport.localToScene(viewport.getLayoutBounds());
        List<TitledPane> sections = column.lookupAll(".titled-pane").stream().filter(n -> n instanceof TitledPane)
                .map(TitledPane.class::cast).filter(Node::isVisible).toList();
        assertThat(sections).isNotEmpty();
        for (TitledPane section : sections) {
            Bounds b = section.localToScene(section.getLayoutBounds());
            assertThat(b.getMaxX()).as("right edge of %s in a column to %.0f", section.getText(), room.getMaxX())
                    .isLessThanOrEqualTo(room.getMaxX() + 1);
        }
        assertThat(column.lookupAll(".scroll-bar").stream().filter(n -> n.getParent() == column && n.isVisible())
                .map(ScrollBar.class::cast).filter(b -> b.getOrientation() == Orientation.HORIZONTAL))
                .as("no horizontal scroll bar in the settings").isEmpty();
        SideColumn body = (SideColumn) column.getParent();
        assertThat(body.isBeside()).as("settings beside the views").isEqualTo(beside);
        assertThat(body.minWidth(-1)).as("the tab's least width, past which it scrolls sideways")
                .isLessThanOrEqualTo(width);
        if (beside) {
            assertThat(column.getWidth()).as("the column no wider than before (24.8 em, at most 45 %% of the tab)")
                    .isLessThanOrEqualTo(Math.min(24.8 * fontSize, 0.45 * width) + 1);
        } else {
            Node views = robot.lookup("#training-surface").query();
            assertThat(views.localToScene(views.getLayoutBounds()).getMaxY())
                    .as("the settings under the views").isLessThanOrEqualTo(column.localToScene(column.getLayoutBounds()).getMinY());
        }
        assertThat(column.lookupAll(".label").stream().filter(n -> n instanceof Labeled && n.isVisible())
                .map(Labeled.class::cast).map(LayoutFaults::elision).flatMap(Optional::stream))
                .as("no label elided").isEmpty();
        assertThat(column.lookupAll(".combo-box .list-cell").stream().filter(n -> n instanceof Labeled && n.isVisible())
                .map(Labeled.class::cast).map(LayoutFaults::elision).flatMap(Optional::stream))
                .as("no chosen name elided").isEmpty();
    }

}
