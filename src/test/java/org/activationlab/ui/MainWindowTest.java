package org.activationlab.ui;

import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.activationlab.AppVersion;
import org.activationlab.model.Activation;
import org.activationlab.model.ActivationProperties;
import org.activationlab.model.Catalogue;
import org.activationlab.ui.controls.FormulaView;
import org.activationlab.ui.controls.ParameterEditor;
import org.controlsfx.control.StatusBar;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.testfx.matcher.control.LabeledMatchers.hasText;

/** The real main window, driven like a user would: the catalogue, selection, search, live edits, menus. */
class MainWindowTest extends FullWindowTest {
    private static final long ANALYSIS_TIMEOUT_SECONDS = 60;

    /** Opens the properties tab (the window opens on the curves tab) and waits until its table is computed. */
    @BeforeEach
    void waitForTheAnalysis(FxRobot robot) throws TimeoutException {
        robot.clickOn(robot.lookup(".tab-label").match(hasText("Properties")).queryAs(Label.class));
        WaitForAsyncUtils.waitFor(ANALYSIS_TIMEOUT_SECONDS, TimeUnit.SECONDS,
                () -> table(robot).getItems().size() == Catalogue.names().size());
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void theWindowIsTitledAndSized() {
        assertThat(stage.getTitle()).isEqualTo("Activation Lab");
        assertThat(stage.getWidth()).isGreaterThanOrEqualTo(1000);
        assertThat(stage.getHeight()).isGreaterThanOrEqualTo(600);
        assertThat(stage.getIcons()).isNotEmpty();
    }

    @Test
    void theTableListsTheWholeCatalogue(FxRobot robot) {
        List<String> names = table(robot).getItems().stream().map(p -> p.activation().name()).toList();
        assertThat(names).containsExactlyElementsOf(Catalogue.names());
        assertThat(robot.lookup(".properties-view .table-cell").queryAllAs(Labeled.class).stream().map(Labeled::getText)).contains("Sigmoid", "ReLU", "Tanh");
        assertThat(robot.lookup(".app-status-bar").queryAs(StatusBar.class).getText())
                .isEqualTo("Computed the properties of " + Catalogue.names().size() + " functions.");
    }

    @Test
    void selectingAFunctionShowsItsFormulaAndProperties(FxRobot robot) {
        robot.clickOn(cell(robot, "Sigmoid"));

        assertThat(robot.lookup(".details .title").queryAs(Label.class).getText()).isEqualTo("Sigmoid");
        List<FormulaView> formulas = List.copyOf(robot.lookup(".details .formula").queryAllAs(FormulaView.class));
        Activation sigmoid = Catalogue.get("sigmoid");
        assertThat(formulas).extracting(FormulaView::getLatex)
                .containsExactly(sigmoid.info().formulaLatex(), sigmoid.info().derivativeLatex());
        assertThat(formulas).allMatch(FormulaView::isTypeset);
        List<String> values = propertyValues(robot);
        assertThat(values).contains("(0, 1)", "below and above", "increasing", "0.5", "0.25", "C∞ (smooth)");
        assertThat(values).anyMatch(v -> v.matches("x < -\\d.*, x > \\d.*"));
        assertThat(robot.lookup(".details .parameter-panel .caption").queryAs(Label.class).getText())
                .isEqualTo("This function has no parameters.");
    }

    @Test
    void reluShowsItsDeadRegionAndTanhIsNearIdentity(FxRobot robot) {
        robot.clickOn(cell(robot, "ReLU"));
        assertThat(propertyValues(robot)).contains("[0, ∞)", "x ≤ 0", "x = 0", "C0 (kinks)");

        robot.clickOn(cell(robot, "Tanh"));
        assertThat(robot.lookup(".details .title").queryAs(Label.class).getText()).isEqualTo("Tanh");
        List<String> values = propertyValues(robot);
        assertThat(values.get(5)).as("near identity").isEqualTo("yes");
        assertThat(values.get(6)).as("zero-centred").isEqualTo("yes");
    }

    @Test
    void searchFiltersTheTable(FxRobot robot) {
        robot.clickOn(".properties-view .search-field").write("relu");

        List<String> shown = table(robot).getItems().stream().map(p -> p.activation().name()).toList();
        List<String> expected = Catalogue.all().stream()
                .filter(a -> a.name().contains("relu") || a.info().displayName().toLowerCase(Locale.ROOT).contains("relu"))
                .map(Activation::name).toList();
        assertThat(shown).containsExactlyElementsOf(expected).contains("relu", "leaky_relu", "prelu", "relu6");
    }

    @Test
    void editingAParameterUpdatesTheRowLive(FxRobot robot) throws TimeoutException {
        robot.clickOn(cell(robot, "Leaky ReLU"));
        ParameterEditor slope = robot.lookup(".details .parameter-editor").queryAs(ParameterEditor.class);
        TextField field = robot.from(slope).lookup(".text-field").queryAs(TextField.class);

        robot.clickOn(field).push(KeyCode.CONTROL, KeyCode.A).write("0.2").type(KeyCode.ENTER);

        WaitForAsyncUtils.waitFor(ANALYSIS_TIMEOUT_SECONDS, TimeUnit.SECONDS, () -> row(robot, "leaky_relu").slopeAtZero() == 0.2);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(row(robot, "leaky_relu").activation().parameterValues()).containsEntry("slope", 0.2);
        assertThat(table(robot).getSelectionModel().getSelectedItem().activation().name()).isEqualTo("leaky_relu");
        assertThat(propertyValues(robot)).contains("0.2");
    }

    @Test
    void largerTextScalesTheWindowsFont(FxRobot robot) {
        robot.clickOn("View").clickOn("Larger Text");

        assertThat(stage.getScene().getRoot().getStyle()).contains("-fx-font-size: 18.75px");
        assertThat(robot.lookup(".details .title").queryAs(Label.class).getFont().getSize()).isEqualTo(18.75 * 1.6);
    }

    @Test
    void aboutNamesTheVersionAndTheLicence(FxRobot robot) {
        robot.clickOn("Help").clickOn("About Activation Lab");

        assertThat(robot.lookup(".dialog-pane .header-panel .label").queryAs(Label.class).getText())
                .isEqualTo("Activation Lab " + AppVersion.get());
        assertThat(robot.lookup(".dialog-pane .content").queryAs(Label.class).getText())
                .contains("Apache License, Version 2.0");
        robot.clickOn("Close");
    }

    private static TableView<ActivationProperties> table(FxRobot robot) {
        return robot.lookup(".properties-view .properties-table").queryTableView();
    }

    private static ActivationProperties row(FxRobot robot, String name) {
        return table(robot).getItems().stream().filter(p -> p.activation().name().equals(name)).findFirst().orElseThrow();
    }

    private static Node cell(FxRobot robot, String text) {
        return robot.from(table(robot)).lookup(".table-cell").match(hasText(text)).query();
    }

    private static List<String> propertyValues(FxRobot robot) {
        return robot.lookup(".details .property-value").queryAllAs(Label.class).stream().map(Label::getText).toList();
    }
}
