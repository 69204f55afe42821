package org.activationlab.ui.properties;

import static org.assertj.core.api.Assertions.assertThat;
import static org.testfx.matcher.control.LabeledMatchers.hasText;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.activationlab.model.ActivationProperties;
import org.activationlab.model.ActivationSpec;
import org.activationlab.model.PropertyAnalyzer;
import org.activationlab.ui.Styles;
import org.activationlab.ui.controls.ParameterEditor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The Properties tab driven like a user: its controls send intents, and show the state whoever changed it. */
@ExtendWith(ApplicationExtension.class)
class PropertiesViewTest {
    private static final long TIMEOUT_SECONDS = 60;
    private PropertiesViewModel model;

    @Start
    void start(Stage stage) {
        model = new PropertiesViewModel(PropertyAnalyzer::analyze, message -> { });
        Scene scene = new Scene(new StackPane(new PropertiesView(model).root()), 1280, 800);
        scene.getRoot().getStyleClass().add(Styles.APP);
        scene.getStylesheets().add(Styles.stylesheet());
        stage.setScene(scene);
        stage.show();
    }

    @BeforeEach
    void load() throws TimeoutException {
        WaitForAsyncUtils.asyncFx(model::load);
        analysed();
    }

    @AfterEach
    void dispose() {
        model.dispose();
    }

    @Test
    void editingAParameterRecomputesItsRowInTheBackground(FxRobot robot) throws TimeoutException {
        robot.clickOn(robot.from(table(robot)).lookup(".table-cell").match(hasText("Leaky ReLU")).<Node>query());
        assertThat(model.getState().selected()).contains("leaky_relu");
        ParameterEditor slope = robot.lookup(".details .parameter-editor").queryAs(ParameterEditor.class);
        TextField field = robot.from(slope).lookup(".text-field").queryAs(TextField.class);

        robot.clickOn(field).push(KeyCode.CONTROL, KeyCode.A).write("0.3").type(KeyCode.ENTER);
        analysed();

        assertThat(model.getState().parameters()).containsEntry("leaky_relu",
                ActivationSpec.of("leaky_relu").with("slope", 0.3));
        assertThat(row(robot, "leaky_relu").slopeAtZero()).isEqualTo(0.3);
        assertThat(table(robot).getSelectionModel().getSelectedItem()).isSameAs(row(robot, "leaky_relu"));
        assertThat(robot.lookup(".details .property-value").queryAllAs(Label.class).stream().map(Label::getText))
                .contains("0.3");
    }

    @Test
    void theSearchFieldSendsTheFilterAndShowsOneSetElsewhere(FxRobot robot) {
        robot.clickOn(".search-field").write("gelu");

        assertThat(model.getState().filter()).isEqualTo("gelu");
        assertThat(names(robot)).containsExactly("gelu", "gelu_tanh");

        robot.interact(() -> model.restore(new PropertiesState("tanh", Optional.of("tanh"), Map.of())));

        assertThat(robot.lookup(".search-field").queryAs(TextField.class).getText()).isEqualTo("tanh");
        assertThat(names(robot)).containsExactly("tanh", "gelu_tanh", "hard_tanh", "tanhshrink");
        assertThat(table(robot).getSelectionModel().getSelectedItem().activation().name()).isEqualTo("tanh");
    }

    @Test
    void clickingARowSelectsItsFunctionAndShowsItsDetails(FxRobot robot) {
        robot.clickOn(robot.from(table(robot)).lookup(".table-cell").match(hasText("ELU")).<Node>query());

        assertThat(model.getState().selected()).contains("elu");
        assertThat(robot.lookup(".details .subtitle").queryAs(Label.class).getText()).contains("elu");
    }

    /** Issue 14 §1: the points where f itself jumps have a column of their own, beside the kinks. */
    @Test
    void discontinuitiesHaveAColumnBesideTheKinks(FxRobot robot) {
        robot.interact(() -> model.restore(new PropertiesState("shrink", Optional.empty(), Map.of())));
        WaitForAsyncUtils.waitForFxEvents();
        TableView<ActivationProperties> table = table(robot);
        List<String> headers = table.getColumns().stream().map(c -> ((Label) c.getGraphic()).getText()).toList();
        int kinks = headers.indexOf("Kinks");
        assertThat(kinks).isNotNegative();
        assertThat(headers.get(kinks + 1)).isEqualTo("Jumps");
        assertThat(cell(robot, kinks + 1, "hardshrink")).isEqualTo("x = -0.5, 0.5");
        assertThat(cell(robot, kinks, "hardshrink")).isEqualTo("none");
        assertThat(cell(robot, kinks + 1, "softshrink")).isEqualTo("none");
        assertThat(cell(robot, kinks, "softshrink")).isEqualTo("x = -0.5, 0.5");
    }

    /** The text shown in column {@code index} of the row of {@code function}. */
    private static String cell(FxRobot robot, int index, String function) {
        TableColumn<ActivationProperties, ?> column = table(robot).getColumns().get(index);
        return robot.from(table(robot)).lookup(".table-cell").queryAllAs(TableCell.class).stream()
                .filter(c -> c.getTableColumn() == column && c.getTableRow() != null
                        && c.getTableRow().getItem() instanceof ActivationProperties p
                        && p.activation().name().equals(function))
                .map(TableCell::getText).findFirst().orElseThrow();
    }

    private void analysed() throws TimeoutException {
        WaitForAsyncUtils.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS,
                () -> WaitForAsyncUtils.asyncFx(() -> !model.isAnalysing() && model.getSelected() != null)
                        .get(TIMEOUT_SECONDS, TimeUnit.SECONDS));
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static TableView<ActivationProperties> table(FxRobot robot) {
        return robot.lookup(".properties-table").queryTableView();
    }

    private static ActivationProperties row(FxRobot robot, String name) {
        return table(robot).getItems().stream().filter(p -> p.activation().name().equals(name)).findFirst()
                .orElseThrow();
    }

    private static List<String> names(FxRobot robot) {
        return table(robot).getItems().stream().map(p -> p.activation().name()).toList();
    }
}
