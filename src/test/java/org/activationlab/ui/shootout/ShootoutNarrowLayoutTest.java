package org.activationlab.ui.shootout;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.stage.Stage;
import org.activationlab.ui.LayoutFaults;
import org.activationlab.ui.StyledScene;
import org.activationlab.ui.Styles;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Issue 16 item 3: the Shoot-out tab at View &gt; Scale 250 % in a 1280x800 window (text 2.5 times
 * as large) cuts no title of its tables' columns and no button short: the columns keep the width of
 * their titles and the table scrolls sideways instead.
 */
@ExtendWith(ApplicationExtension.class)
class ShootoutNarrowLayoutTest {
    private static final double SCALE = 2.5;
    private ShootoutViewModel model;

    @Start
    void start(Stage stage) {
        model = new ShootoutViewModel(ShootoutState.INITIAL, status -> { });
        ShootoutView view = new ShootoutView(model, (owner, name, patterns) -> Optional.empty());
        StyledScene.show(stage, view.root(), 1280, 800).getRoot()
                .setStyle(String.format(Locale.ROOT, "-fx-font-size: %.1fpx;", Styles.BASE_FONT_SIZE * SCALE));
    }

    @AfterEach
    void stop() {
        model.dispose();
    }

    @Test
    void noColumnTitleOrButtonIsElidedAtTwoAndAHalfTimesTheTextSize(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        List<String> titles = robot.lookup(".column-header .label").queryAllAs(Labeled.class).stream()
                .flatMap(l -> LayoutFaults.elision(l).stream()).toList();
        List<String> buttons = robot.lookup(".button").queryAllAs(Labeled.class).stream()
                .filter(Node::isVisible).flatMap(l -> LayoutFaults.elision(l).stream()).toList();
        assertThat(robot.lookup(".column-header .label").queryAll()).hasSizeGreaterThan(10);
        assertThat(titles).isEmpty();
        assertThat(buttons).isEmpty();
    }
}
