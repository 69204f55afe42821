package org.activationlab.ui.properties;

import javafx.beans.binding.Bindings;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.VBox;
import org.activationlab.model.Activation;
import org.activationlab.model.ActivationInfo;
import org.activationlab.model.ActivationProperties;
import org.activationlab.ui.Labels;
import org.activationlab.ui.Messages;
import org.activationlab.ui.Styles;
import org.activationlab.ui.TextKeys;
import org.activationlab.ui.controls.FormulaView;
import org.activationlab.ui.controls.ParameterPanel;
import org.activationlab.ui.WhileInScene;

/**
 * Beside the table: the selected function's name, summary, typeset formula and derivative,
 * editable parameters, computed properties and paper. Editing a parameter asks the view model
 * to recompute the function's row.
 */
final class FunctionDetailsView {
    /** Formulas are typeset this much larger than the body text. */
    private static final double FORMULA_SCALE = 1.6;

    private final PropertiesViewModel model;
    private final Label title = new Label();
    private final Label name = new Label();
    private final Label summary = new Label();
    private final FormulaView formula = new FormulaView();
    private final FormulaView derivative = new FormulaView();
    private final VBox parameters = new VBox();
    private final PropertySheet properties = new PropertySheet();
    private final Label paper = new Label();
    private final Label placeholder = new Label(Messages.get(TextKeys.DETAILS_PLACEHOLDER));
    private final VBox content = new VBox();
    private final ScrollPane root = new ScrollPane();
    private ParameterPanel parameterPanel;

    FunctionDetailsView(PropertiesViewModel model) {
        this.model = model;
        createView();
        initListeners();
        show(model.getSelected());
    }

    Node root() {
        return root;
    }

    private void createView() {
        title.getStyleClass().add(Styles.TITLE);
        title.setWrapText(true);
        name.getStyleClass().add(Styles.SUBTITLE);
        name.setWrapText(true);
        summary.setWrapText(true);
        paper.setWrapText(true);
        paper.getStyleClass().add(Styles.CAPTION);
        formula.fontSizeProperty().bind(Bindings.createDoubleBinding(
                () -> summary.getFont().getSize() * FORMULA_SCALE, summary.fontProperty()));
        derivative.fontSizeProperty().bind(formula.fontSizeProperty());
        placeholder.getStyleClass().addAll(Styles.CAPTION, Styles.DETAILS);
        placeholder.setWrapText(true);
        content.getStyleClass().add(Styles.DETAILS);
        content.getChildren().addAll(title, name, summary,
                Labels.sectionTitle(TextKeys.DETAILS_FORMULA), formula,
                Labels.sectionTitle(TextKeys.DETAILS_DERIVATIVE), derivative,
                Labels.sectionTitle(TextKeys.DETAILS_PARAMETERS), parameters,
                Labels.sectionTitle(TextKeys.DETAILS_PROPERTIES), properties.root(),
                Labels.sectionTitle(TextKeys.DETAILS_PAPER), paper);
        // Narrower than its longest word or property name (a large presentation scale), the panel
        // scrolls sideways rather than cut or shorten a word.
        root.setFitToWidth(true);
        root.setHbarPolicy(ScrollPane.ScrollBarPolicy.AS_NEEDED);
    }

    private void initListeners() {
        WhileInScene.of(root, model.selectedProperty()).addListener((obs, old, selected) -> show(selected));
    }

    private void show(ActivationProperties selected) {
        if (selected == null) {
            root.setContent(placeholder);
            parameterPanel = null;
            return;
        }
        root.setContent(content);
        String function = selected.activation().name();
        if (parameterPanel == null || !parameterPanel.getActivation().name().equals(function)) {
            showFunction(model.getState().activation(function));
        }
        properties.show(selected);
    }

    /** Everything that depends on which function it is, not on its parameter values. */
    private void showFunction(Activation activation) {
        ActivationInfo info = activation.info();
        title.setText(info.displayName());
        name.setText(Messages.format(TextKeys.DETAILS_CLI_NAME, info.name()));
        summary.setText(info.summary());
        formula.setLatex(info.formulaLatex());
        derivative.setLatex(info.derivativeLatex());
        paper.setText(info.paper());
        parameterPanel = new ParameterPanel(activation, model::changeParameters);
        parameters.getChildren().setAll(parameterPanel);
    }
}
