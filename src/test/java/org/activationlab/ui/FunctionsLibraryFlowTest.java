package org.activationlab.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import org.activationlab.model.ActivationProperties;
import org.activationlab.model.ActivationSpec;
import org.activationlab.model.Monotonicity;
import org.activationlab.model.formula.FormulaActivation;
import org.activationlab.ui.library.ActivationChoice;
import org.activationlab.ui.library.ActivationPicker;
import org.activationlab.ui.library.FunctionLibrary;
import org.activationlab.ui.library.LibraryDialog;
import org.activationlab.ui.prefs.UserPreferences;
import org.activationlab.ui.properties.PropertiesViewModel;
import org.activationlab.ui.training.TrainingViewModel;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A formula typed into File &gt; Functions Library, typo first, then saved: it appears in the
 * Training tab's picker marked as the user's, trains when picked, and has its computed row in
 * the Properties table.
 */
class FunctionsLibraryFlowTest extends FullWindowTest {
    private static final long TIMEOUT_SECONDS = 60;
    private static final String MISH = "x * tanh(softplus(x))";

    /** The app, with an empty library of the user's functions. */
    @Override
    protected ActivationLabApp newApp(UserPreferences preferences) {
        FunctionLibrary.standard().setAll(List.of());
        return super.newApp(preferences);
    }

    /** Leaves the shared library empty for the tests after this one. */
    @AfterAll
    static void emptyTheLibrary() {
        WaitForAsyncUtils.waitForAsyncFx(TIMEOUT_SECONDS * 1000, () -> FunctionLibrary.standard().setAll(List.of()));
    }

    @Test
    void aFormulaSavedToTheLibraryTrainsFromTheTrainingPickerAndHasItsPropertiesRow(FxRobot robot)
            throws Exception {
        robot.clickOn("File").clickOn("Functions Library\u2026");
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#library-name").write("My Mish");
        robot.clickOn("#library-formula").write("x * tanh(softplu(x))");
        Label error = robot.lookup("#library-formula-error").queryAs(Label.class);
        Button add = robot.lookup("#library-add").queryAs(Button.class);
        assertThat(error.getText()).contains("unknown function 'softplu'");
        assertThat(add.isDisabled()).isTrue();

        robot.interact(() -> robot.lookup("#library-formula").queryAs(javafx.scene.control.TextField.class).clear());
        robot.clickOn("#library-formula").write(MISH);
        assertThat(error.getText()).isEmpty();
        robot.clickOn(add);
        assertThat(FunctionLibrary.standard().entries()).extracting(e -> e.name() + ": " + e.formula().name())
                .containsExactly("My Mish: " + MISH);
        assertThat(robot.lookup("#library-list").queryAs(ListView.class).getItems()).hasSize(1);
        robot.clickOn(robot.lookup(".button").match(n -> n instanceof Button b && b.getText().equals("Close"))
                .queryButton());
        assertThat(robot.lookup("#" + LibraryDialog.ID).tryQuery()).isEmpty();

        select(robot, "training-tab");
        ComboBox<ActivationChoice> picker = robot.lookup("#training-activation-1").queryAs(ComboBox.class);
        ActivationChoice mine = picker.getItems().get(picker.getItems().size() - 1);
        assertThat(mine.label()).isEqualTo("My Mish");
        assertThat(mine.yours()).isTrue();
        ListCell<ActivationChoice> cell = WaitForAsyncUtils.asyncFx(() -> { // the list's own cell for the last item
            ListView<ActivationChoice> list = new ListView<>(picker.getItems());
            ListCell<ActivationChoice> c = picker.getCellFactory().call(list);
            c.updateListView(list);
            c.updateIndex(list.getItems().size() - 1);
            return c;
        }).get();
        assertThat(cell.getText()).isEqualTo("My Mish");
        assertThat(cell.getGraphic()).isInstanceOfSatisfying(Label.class, tag -> {
            assertThat(tag.getText()).isEqualTo("yours");
            assertThat(tag.getStyleClass()).contains(ActivationPicker.YOURS_TAG);
        });
        robot.interact(() -> picker.getSelectionModel().select(mine));

        TrainingViewModel training = app.models().training();
        assertThat(training.getState().layers().get(0).activation())
                .isEqualTo(ActivationSpec.formula(MISH, java.util.Map.of()));
        assertThat(picker.getValue().label()).isEqualTo("My Mish");
        waitUntil(() -> training.getSnapshot().weights().spec().equals(training.getState().config().network()));
        double before = training.getSnapshot().loss();
        robot.clickOn("#training-step-10");
        waitUntil(() -> training.stepProperty().get() == 10);
        assertThat(training.getSnapshot().loss()).isNotEqualTo(before).isFinite();

        select(robot, "properties-tab");
        PropertiesViewModel properties = app.models().properties();
        waitUntil(() -> properties.rows().stream().anyMatch(p -> p.activation().name().equals(MISH)));
        ActivationProperties row = properties.rows().stream().filter(p -> p.activation().name().equals(MISH))
                .findFirst().orElseThrow();
        assertThat(row.activation()).isInstanceOf(FormulaActivation.class);
        assertThat(row.monotonicity()).isEqualTo(Monotonicity.NOT_MONOTONIC);
        assertThat(row.range().lower()).isBetween(-0.31, -0.30);
        robot.interact(() -> properties.select(MISH));
        WaitForAsyncUtils.waitForFxEvents();
        TableView<ActivationProperties> table = robot.lookup(".properties-table").queryAs(TableView.class);
        assertThat(table.getSelectionModel().getSelectedItem()).isSameAs(row);
        robot.interact(() -> table.scrollTo(row));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.from(table).lookup("." + ActivationPicker.YOURS_TAG).queryAll()).hasSize(1);
    }

    private static void select(FxRobot robot, String id) {
        TabPane tabs = robot.lookup(".tab-pane").queryAs(TabPane.class);
        Tab tab = tabs.getTabs().stream().filter(t -> id.equals(t.getId())).findFirst().orElseThrow();
        robot.interact(() -> tabs.getSelectionModel().select(tab));
    }

    private static void waitUntil(Callable<Boolean> condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS, condition);
        WaitForAsyncUtils.waitForFxEvents();
    }
}
