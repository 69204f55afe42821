package org.activationlab.ui;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.geometry.Orientation;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ScrollBar;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.framework.junit5.Stop;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A tab's content fills the tab while its least size fits and scrolls where it does not, shows its
 * top-left corner until the user scrolls, and a click on it never moves the focus to the scroll
 * pane (which would turn the arrow keys into scrolling).
 */
@ExtendWith(ApplicationExtension.class)
class TabScrollTest {
    private StackPane content;
    private Button button;
    private TabScroll scroll;
    private Stage stage;

    @Start
    void start(Stage primary) {
        stage = new Stage();
        button = new Button("b");
        content = new StackPane(button);
        StackPane.setAlignment(button, javafx.geometry.Pos.TOP_LEFT);
        scroll = new TabScroll(content);
        stage.setScene(new Scene(scroll, 400, 300));
        stage.show();
    }

    @Stop
    void stop() {
        stage.close();
    }

    private void leastSize(FxRobot robot, double width, double height) {
        robot.interact(() -> {
            content.setMinSize(width, height);
            scroll.applyCss();
            scroll.layout();
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    private boolean shown(Orientation orientation) {
        return scroll.lookupAll(".scroll-bar").stream().anyMatch(n -> n instanceof ScrollBar bar
                && bar.getOrientation() == orientation && bar.isVisible());
    }

    @Test
    void contentThatFitsFillsTheTabWithoutScrollBars(FxRobot robot) {
        leastSize(robot, 100, 100);

        assertThat(content.getWidth()).isEqualTo(scroll.getViewportBounds().getWidth()).isGreaterThan(390);
        assertThat(content.getHeight()).isEqualTo(scroll.getViewportBounds().getHeight()).isGreaterThan(290);
        assertThat(shown(Orientation.HORIZONTAL)).isFalse();
        assertThat(shown(Orientation.VERTICAL)).isFalse();
    }

    @Test
    void contentWiderOrTallerThanTheTabKeepsItsLeastSizeAndScrolls(FxRobot robot) {
        leastSize(robot, 900, 100);

        assertThat(content.getWidth()).isEqualTo(900);
        assertThat(shown(Orientation.HORIZONTAL)).isTrue();
        assertThat(shown(Orientation.VERTICAL)).isFalse();

        leastSize(robot, 100, 700);

        assertThat(content.getHeight()).isEqualTo(700);
        assertThat(shown(Orientation.VERTICAL)).isTrue();
    }

    /**
     * Issue 16 item 3: the Neuron tab opened at 250 % scrolled away from its corner (the focus
     * the window gave a control scrolled it into view). Nothing but the user moves the scroll bars.
     */
    @Test
    void theContentShowsItsTopLeftCornerUntilTheUserScrolls(FxRobot robot) {
        leastSize(robot, 900, 700);
        robot.interact(() -> {
            scroll.setHvalue(0.6);
            scroll.setVvalue(0.4);
        });

        assertThat(scroll.getHvalue()).isEqualTo(scroll.getHmin());
        assertThat(scroll.getVvalue()).isEqualTo(scroll.getVmin());
        assertThat(scroll.isScrolledByUser()).isFalse();

        ScrollBar bar = (ScrollBar) scroll.lookupAll(".scroll-bar").stream()
                .filter(n -> ((ScrollBar) n).getOrientation() == Orientation.VERTICAL).findFirst().orElseThrow();
        javafx.geometry.Bounds track = bar.localToScreen(bar.getLayoutBounds());
        robot.clickOn(new javafx.geometry.Point2D(track.getCenterX(), track.getMaxY() - track.getWidth() * 2));
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(scroll.isScrolledByUser()).isTrue();
        assertThat(scroll.getVvalue()).isGreaterThan(scroll.getVmin());
    }

    @Test
    void aClickOnTheContentLeavesTheFocusWhereItWas(FxRobot robot) {
        robot.interact(button::requestFocus);
        robot.clickOn(content, javafx.scene.input.MouseButton.PRIMARY); // its middle, away from the button

        assertThat(scroll.isFocused()).isFalse();
        assertThat(button.isFocused()).isTrue();
    }
}
