package org.activationlab.ui.controls;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.geometry.Orientation;
import javafx.scene.Scene;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.Region;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.framework.junit5.Stop;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The dividers move so that each item gets its least size where there is room for all, also when an
 * item's least size grows after the first layout (the case where JavaFX's own split pane cut the
 * study tabs' side panels is {@code LayoutCheckTest.theStudyTabsSidePanelsLieWholeInTheirRoomAtALargeScale}).
 */
@ExtendWith(ApplicationExtension.class)
class WholeItemsSplitPaneTest {
    private final Region first = new Region();
    private final Region second = new Region();
    private final Region third = new Region();
    private Stage stage;

    @Start
    void start(Stage primary) {
        stage = new Stage();
    }

    @Stop
    void stop() {
        stage.close();
    }

    private static double size(Region item, Orientation orientation) {
        return orientation == Orientation.HORIZONTAL ? item.getWidth() : item.getHeight();
    }

    private SplitPane show(FxRobot robot, SplitPane split, Orientation orientation, double... positions) {
        robot.interact(() -> {
            SplitPane.setResizableWithParent(first, false);
            split.setOrientation(orientation);
            split.setDividerPositions(positions);
            stage.setScene(new Scene(split, 600, 600));
            stage.show();
        });
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> {
            split.applyCss();
            split.layout();
        });
        WaitForAsyncUtils.waitForFxEvents();
        return split;
    }

    /** The first item's least size grows after the first layout, as at a larger View > Scale. */
    private void growFirst(FxRobot robot, SplitPane split) {
        robot.interact(() -> {
            first.setMinSize(250, 250);
            split.requestLayout();
            split.layout();
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    @ParameterizedTest
    @EnumSource(Orientation.class)
    void anItemWhoseLeastSizeGrewGetsIt(Orientation orientation, FxRobot robot) {
        first.setMinSize(20, 20);
        second.setMinSize(100, 100);
        SplitPane split = show(robot, new WholeItemsSplitPane(first, second), orientation, 0.1);
        growFirst(robot, split);

        assertThat(size(first, orientation)).isGreaterThanOrEqualTo(249);
        assertThat(size(second, orientation)).isGreaterThanOrEqualTo(99);
    }

    @Test
    void theMiddleOfThreeItemsAndTheLastKeepTheirSizes(FxRobot robot) {
        first.setMinSize(50, 50);
        second.setMinSize(20, 20);
        third.setMinSize(200, 200);
        SplitPane split = show(robot, new WholeItemsSplitPane(first, second, third), Orientation.HORIZONTAL, 0.3, 0.4);
        robot.interact(() -> {
            second.setMinSize(200, 200);
            split.requestLayout();
            split.layout();
        });
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(second.getWidth()).isGreaterThanOrEqualTo(199);
        assertThat(third.getWidth()).isGreaterThanOrEqualTo(199);
    }

    /** Sets the scene's width and lays the split pane out again. */
    private void width(FxRobot robot, SplitPane split, double width) {
        robot.interact(() -> {
            stage.setWidth(width);
            split.applyCss();
            split.layout();
        });
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(split::layout);
    }

    @Test
    void itemsThatDoNotFitSideBySideStackAndGoBackWithTheirDividersWhereTheyWere(FxRobot robot) {
        first.setMinSize(250, 100);
        second.setMinSize(300, 150);
        WholeItemsSplitPane split = new WholeItemsSplitPane(first, second);
        split.stackWhenNarrow();
        show(robot, split, Orientation.HORIZONTAL, 0.45);
        width(robot, split, 700);

        assertThat(split.isStacked()).isFalse();
        assertThat(split.minWidth(-1)).isEqualTo(300 + split.snappedLeftInset() + split.snappedRightInset());

        width(robot, split, 450);

        assertThat(split.isStacked()).isTrue();
        assertThat(first.getWidth()).isEqualTo(second.getWidth()).isGreaterThan(440);
        assertThat(first.getHeight()).isGreaterThanOrEqualTo(99);
        assertThat(second.localToScene(second.getLayoutBounds()).getMinY())
                .isGreaterThanOrEqualTo(first.localToScene(first.getLayoutBounds()).getMaxY());
        assertThat(split.minHeight(450)).isGreaterThanOrEqualTo(250);

        width(robot, split, 700);

        assertThat(split.isStacked()).isFalse();
        assertThat(split.getDividerPositions()[0]).isCloseTo(0.45, org.assertj.core.data.Offset.offset(0.01));
    }

    /**
     * A vertical split pane's least height is its items' at the width it is asked about (JavaFX's
     * asks them without one): an item whose height grows as it narrows, as a row of figures that
     * stacks them, needs more.
     */
    @Test
    void theLeastHeightOfAVerticalSplitPaneIsItsItemsAtTheWidthAskedAbout() {
        StackingRow row = new StackingRow(first, second);
        first.setMinSize(200, 100);
        second.setMinSize(200, 100);
        SplitPane split = new WholeItemsSplitPane(row, third);
        split.setOrientation(Orientation.VERTICAL);
        third.setMinSize(10, 50);

        assertThat(split.getContentBias()).isEqualTo(Orientation.HORIZONTAL);
        assertThat(split.minHeight(500)).isGreaterThanOrEqualTo(150).isLessThan(200);
        assertThat(split.minHeight(300)).isGreaterThanOrEqualTo(250);
    }
}
