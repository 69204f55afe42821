package org.activationlab.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.stream.Stream;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.activationlab.ui.shootout.ShootoutKeys;
import org.activationlab.ui.training.TrainingKeys;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.framework.junit5.Stop;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Issue 16, section 3: the row of the main window's seven tab headers never cuts a name. At 250 %
 * the row is wider than a 1280x800 window; JavaFX then showed its overflow menu beside a header
 * cut in half ("Dep"). At every width, in both languages and at 100 % and 250 %, the headers
 * show whole (compact where they need it) or a list names the selected tab and offers them all
 * (from a width of {@value #MIN_EM} em on: narrower, no row could name "Shoot-out" whole).
 */
@ExtendWith(ApplicationExtension.class)
class FittingTabPaneTest {
    /** Narrower than this many times the font size, the selected tab's name need not fit whole. */
    private static final double MIN_EM = 12;
    private final StackPane holder = new StackPane();
    private Stage stage;

    @Start
    void start(Stage primary) {
        // a stage of its own: TestFX's shared primary stage may be left maximised or sized by an
        // earlier test class, and then ignores the widths this test sets
        stage = new Stage();
        holder.getStyleClass().add(Styles.APP);
        Scene scene = new Scene(holder, 800, 300);
        scene.getStylesheets().add(Styles.stylesheet());
        stage.setScene(scene);
        stage.show();
    }

    @Stop
    void stop() {
        stage.close();
    }

    @ParameterizedTest(name = "{0} at {1} px text")
    @CsvSource({"en, 15", "en, 37.5", "zh, 15", "zh, 37.5"})
    void noWidthShowsATabHeaderCutOrTheOverflowMenu(String language, double fontSize, FxRobot robot) {
        FittingTabPane tabs = new FittingTabPane();
        ResourceBundle texts = Messages.bundle(Locale.forLanguageTag(language));
        Stream.of(TextKeys.TAB_CURVES, TextKeys.TAB_PROPERTIES, TrainingKeys.TAB, TextKeys.TAB_NEURON,
                TextKeys.TAB_DEPTH, TextKeys.TAB_GATES, ShootoutKeys.TAB)
                .forEach(key -> tabs.getTabs().add(new Tab(texts.getString(key), new StackPane())));
        robot.interact(() -> {
            holder.setStyle("-fx-font-size: " + fontSize + "px;");
            holder.getChildren().setAll(tabs.root());
        });
        List<String> faults = new ArrayList<>();
        List<FittingTabPane.Fit> fits = new ArrayList<>();
        for (int width = (int) (MIN_EM * fontSize); width <= 1260; width += 37) {
            for (int selected : List.of(0, 4, 6)) {
                int w = width;
                robot.interact(() -> {
                    stage.setWidth(w);
                    tabs.getSelectionModel().select(selected);
                });
                WaitForAsyncUtils.waitForFxEvents();
                robot.interact(() -> {
                    holder.applyCss();
                    holder.layout();
                    String state = w + " px, " + tabs.getSelectionModel().getSelectedItem().getText() + " selected, "
                            + tabs.fit() + ": ";
                    fits.add(tabs.fit());
                    LayoutFaults.of(tabs.root()).forEach(f -> faults.add(state + f));
                    Node menu = tabs.lookup(".control-buttons-tab");
                    if (menu != null && menu.isVisible() && tabs.fit() != FittingTabPane.Fit.LIST) {
                        faults.add(state + "the overflow menu shows");
                    }
                    ChoiceBox<?> list = (ChoiceBox<?>) tabs.root().lookup("." + FittingTabPane.LIST);
                    boolean listShown = list.getParent().isVisible();
                    if (listShown != (tabs.fit() == FittingTabPane.Fit.LIST)) {
                        faults.add(state + "the list is " + (listShown ? "shown" : "hidden"));
                    }
                    if (list.getValue() != tabs.getSelectionModel().getSelectedItem()) {
                        faults.add(state + "the list names " + list.getValue());
                    }
                });
            }
        }
        assertThat(faults).isEmpty();
        assertThat(fits).as("narrow windows show the list").contains(FittingTabPane.Fit.LIST);
        if (fontSize < 20) {
            assertThat(fits).as("wide windows show the row as styled").contains(FittingTabPane.Fit.FULL);
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"0", "5"})
    void choosingATabInTheListSelectsIt(int index, FxRobot robot) {
        FittingTabPane tabs = new FittingTabPane();
        Stream.of("one", "two", "three", "four", "five", "six").forEach(n -> tabs.getTabs().add(new Tab(n, new Label(n))));
        robot.interact(() -> {
            holder.setStyle("-fx-font-size: 15px;");
            holder.getChildren().setAll(tabs.root());
            stage.setWidth(120);
        });
        WaitForAsyncUtils.waitForFxEvents();
        @SuppressWarnings("unchecked")
        ChoiceBox<Tab> list = (ChoiceBox<Tab>) tabs.root().lookup("." + FittingTabPane.LIST);
        assertThat(list.getParent().isVisible()).isTrue();
        robot.interact(() -> list.getSelectionModel().select(index));
        assertThat(tabs.getSelectionModel().getSelectedIndex()).isEqualTo(index);
        robot.interact(() -> tabs.getSelectionModel().select(3));
        assertThat(list.getValue()).isEqualTo(tabs.getTabs().get(3));
    }
}
