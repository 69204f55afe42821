package org.activationlab.ui.controls;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalDouble;
import javafx.geometry.HPos;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.activationlab.model.Numbers;
import org.activationlab.ui.Messages;
import org.activationlab.ui.Styles;

/**
 * Types a formula: a text field parsed as one types, the message under it while the text does
 * not parse (it quotes the formula, marks the position and says what was expected; the last
 * formula that parsed stays in force), a line that explains which names are parameters, one row
 * per parameter with its default and slider range, and the typeset formula and its simplified
 * derivative. Its {@link FormulaEditorModel} holds what it shows and makes the
 * {@link FormulaDefinition}: an owner (the curves tab, a dialog, a library entry) listens to
 * {@link FormulaEditorModel#definitionProperty()}.
 */
public class FormulaEditor extends VBox {
    /** Style class of the formula's text field. */
    public static final String FIELD = "formula-field";
    /** Style class of the message under the field. */
    public static final String ERROR = "formula-error";
    /** Style class of the grid of parameters. */
    public static final String PARAMETERS = "formula-parameters";
    /** Style class of the typeset formula and derivative. */
    public static final String TYPESET = "formula-typeset";
    private static final int NUMBER_COLUMNS = 5;
    private static final double FORMULA_SCALE = 1.15;

    private final FormulaEditorModel model;
    private final TextField field = new TextField();
    private final Label error = new Label();
    private final Label rule = new Label(Messages.get(FormulaKeys.PARAMETER_RULE));
    private final GridPane parameters = new GridPane();
    private final Label parameterMessage = new Label();
    private final Map<String, RowFields> rowFields = new HashMap<>();
    private final FormulaView function = new FormulaView();
    private final FormulaView derivative = new FormulaView();

    /** An editor showing {@code model} (which may already hold a formula). */
    public FormulaEditor(FormulaEditorModel model) {
        this.model = Objects.requireNonNull(model, "model");
        createView();
        initListeners();
        field.setText(model.getText());
        showError(model.getError());
        showRows(model.getRows());
        showDefinition(model.getDefinition());
    }

    /** What this editor shows and makes. */
    public FormulaEditorModel model() {
        return model;
    }

    /** The formula's text field (e.g. to focus it when the editor opens). */
    public TextField field() {
        return field;
    }

    private void createView() {
        getStyleClass().add("formula-editor");
        field.getStyleClass().add(FIELD);
        field.setPromptText(Messages.get(FormulaKeys.FIELD_PROMPT));
        field.setAccessibleText(Messages.get(FormulaKeys.FIELD_ACCESSIBLE));
        for (Label wrapped : new Label[] {error, rule, parameterMessage}) {
            wrapped.setWrapText(true);
            wrapped.managedProperty().bind(wrapped.visibleProperty());
        }
        error.getStyleClass().addAll(Styles.ERROR_MESSAGE, ERROR);
        rule.getStyleClass().add(Styles.CAPTION);
        parameterMessage.getStyleClass().add(Styles.ERROR_MESSAGE);
        parameterMessage.setVisible(false);
        parameters.getStyleClass().add(PARAMETERS);
        parameters.setHgap(8);
        parameters.setVgap(2);
        ColumnConstraints name = new ColumnConstraints();
        name.setHgrow(Priority.SOMETIMES);
        parameters.getColumnConstraints().add(name);
        parameters.managedProperty().bind(parameters.visibleProperty());
        for (FormulaView view : new FormulaView[] {function, derivative}) {
            view.fontSizeProperty().bind(rule.fontProperty().map(f -> f.getSize() * FORMULA_SCALE));
        }
        getChildren().addAll(field, error, typeset(), rule, parameters, parameterMessage);
    }

    /**
     * The typeset formula and derivative, scrolled sideways when wider than the editor: a long
     * derivative must not widen the editor's owner (a sidebar) beyond its window.
     */
    private ScrollPane typeset() {
        VBox both = new VBox(function, derivative);
        ScrollPane scroll = new ScrollPane(both);
        scroll.getStyleClass().addAll(TYPESET, "edge-to-edge");
        scroll.setVbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.AS_NEEDED);
        scroll.setFitToHeight(true);
        scroll.setMinWidth(0);
        scroll.setPrefViewportWidth(1);
        scroll.visibleProperty().bind(function.visibleProperty());
        scroll.managedProperty().bind(scroll.visibleProperty());
        return scroll;
    }

    private void initListeners() {
        field.textProperty().addListener((obs, old, typed) -> {
            if (!typed.equals(model.getText())) {
                model.setText(typed);
            }
        });
        model.textProperty().addListener((obs, old, now) -> {
            if (!now.equals(field.getText())) {
                field.setText(now);
            }
        });
        model.errorProperty().addListener((obs, old, now) -> showError(now));
        model.rowsProperty().addListener((obs, old, now) -> showRows(now));
        model.definitionProperty().addListener((obs, old, now) -> showDefinition(now));
    }

    private void showError(String message) {
        error.setText(message);
        error.setVisible(!message.isEmpty());
        field.pseudoClassStateChanged(Styles.INVALID_STATE, !message.isEmpty());
    }

    private void showDefinition(FormulaDefinition definition) {
        function.setVisible(definition != null);
        derivative.setVisible(definition != null);
        if (definition != null) {
            function.setLatex(definition.spec().resolve().info().formulaLatex());
            derivative.setLatex(definition.spec().resolve().info().derivativeLatex());
        }
    }

    private void showRows(List<FormulaEditorModel.ParameterRow> rows) {
        parameters.getChildren().clear();
        parameters.setVisible(!rows.isEmpty());
        if (rows.isEmpty()) {
            parameterMessage.setVisible(false);
            return;
        }
        String[] headers = {Messages.get(FormulaKeys.COLUMN_NAME), Messages.get(FormulaKeys.COLUMN_DEFAULT),
            Messages.get(FormulaKeys.COLUMN_MIN), Messages.get(FormulaKeys.COLUMN_MAX)};
        for (int c = 0; c < headers.length; c++) {
            Label header = new Label(headers[c]);
            header.getStyleClass().add(Styles.CAPTION);
            header.setMinWidth(Region.USE_PREF_SIZE);
            parameters.add(header, c, 0);
        }
        for (int i = 0; i < rows.size(); i++) {
            FormulaEditorModel.ParameterRow row = rows.get(i);
            RowFields fields = rowFields.computeIfAbsent(row.name(), RowFields::new);
            fields.show(row);
            Label name = new Label(row.name());
            name.getStyleClass().add(Styles.PARAMETER_NAME);
            name.setLabelFor(fields.defaultValue);
            GridPane.setHalignment(name, HPos.LEFT);
            parameters.addRow(i + 1, name, fields.defaultValue, fields.min, fields.max);
        }
    }

    /** Shows why a typed value was refused, or nothing. */
    private void showParameterMessage(String message) {
        parameterMessage.setText(message);
        parameterMessage.setVisible(!message.isEmpty());
    }

    /** The three fields of one parameter's row; kept while the parameter is, so typing in one never loses focus. */
    private final class RowFields {
        private final String name;
        private final TextField defaultValue = numberField();
        private final TextField min = numberField();
        private final TextField max = numberField();
        private FormulaEditorModel.ParameterRow shown;

        RowFields(String name) {
            this.name = name;
            defaultValue.setAccessibleText(name + " " + Messages.get(FormulaKeys.COLUMN_DEFAULT));
            min.setAccessibleText(name + " " + Messages.get(FormulaKeys.COLUMN_MIN));
            max.setAccessibleText(name + " " + Messages.get(FormulaKeys.COLUMN_MAX));
            for (TextField f : new TextField[] {defaultValue, min, max}) {
                f.setOnAction(e -> commit());
                f.focusedProperty().addListener((obs, was, focused) -> {
                    if (!focused) {
                        commit();
                    }
                });
            }
        }

        private static TextField numberField() {
            TextField f = new TextField();
            f.setPrefColumnCount(NUMBER_COLUMNS);
            f.getStyleClass().add(Styles.NUMERIC);
            return f;
        }

        void show(FormulaEditorModel.ParameterRow row) {
            shown = row;
            defaultValue.setText(Numbers.format(row.defaultValue()));
            min.setText(Numbers.format(row.range().min()));
            max.setText(Numbers.format(row.range().max()));
        }

        /** Sends the typed default and range to the model, or shows why one is refused and the value kept. */
        private void commit() {
            OptionalDouble d = DecimalInput.parse(defaultValue.getText());
            OptionalDouble lo = DecimalInput.parse(min.getText());
            OptionalDouble hi = DecimalInput.parse(max.getText());
            try {
                if (d.isEmpty() || !Double.isFinite(d.getAsDouble())) {
                    throw new IllegalArgumentException(refusal(defaultValue));
                }
                if (lo.isEmpty() || hi.isEmpty()) {
                    throw new IllegalArgumentException(refusal(lo.isEmpty() ? min : max));
                }
                if (lo.getAsDouble() != shown.range().min() || hi.getAsDouble() != shown.range().max()) {
                    model.setRange(name, lo.getAsDouble(), hi.getAsDouble());
                }
                if (d.getAsDouble() != shown.defaultValue()) {
                    model.setDefault(name, d.getAsDouble());
                }
                showParameterMessage("");
            } catch (IllegalArgumentException e) {
                showParameterMessage(e.getMessage());
                show(shown);
            }
        }

        private String refusal(TextField typed) {
            return Messages.format(FormulaKeys.NOT_A_NUMBER, DecimalInput.normalise(typed.getText()), name);
        }
    }
}
