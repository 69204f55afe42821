package org.activationlab.ui.curves;

import java.util.OptionalDouble;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.activationlab.plot.curves.YRange;
import org.activationlab.ui.DisplayNumbers;
import org.activationlab.ui.Messages;
import org.activationlab.ui.Styles;
import org.activationlab.ui.TextKeys;
import org.activationlab.ui.controls.DecimalInput;

/**
 * The fixed y range of one panel as two number fields. Enter or leaving a field applies both; a
 * refused pair (not numbers, min not below max, min not above 0 on a log axis) shows why and
 * keeps the range it had. The range itself is the tab state's: the fields only show it.
 */
final class YRangeEditor {
    private static final int FIELD_COLUMNS = 6;

    /** Applies an accepted range. */
    @FunctionalInterface
    interface Target {
        void apply(double min, double max);
    }

    private final Target target;
    private final Supplier<YRange> current;
    private final BooleanSupplier logarithmic;
    private final TextField min = new TextField();
    private final TextField max = new TextField();
    private final Label message = new Label();
    private final VBox root;

    /**
     * @param panel the panel's name, e.g. "f(x)"
     * @param target receives an accepted range
     * @param current the panel's range in the tab's state now
     * @param logarithmic whether the panel's axis is logarithmic now
     */
    YRangeEditor(String panel, Target target, Supplier<YRange> current, BooleanSupplier logarithmic) {
        this.target = target;
        this.current = current;
        this.logarithmic = logarithmic;
        Label name = new Label(panel);
        name.getStyleClass().add(Styles.PARAMETER_NAME);
        Label to = new Label(Messages.get(TextKeys.CURVES_Y_TO));
        for (TextField field : new TextField[] {min, max}) {
            field.setPrefColumnCount(FIELD_COLUMNS);
            field.getStyleClass().add(Styles.NUMERIC);
            field.setOnAction(e -> commit());
            field.focusedProperty().addListener((obs, was, focused) -> {
                if (!focused) {
                    commit();
                }
            });
        }
        min.setAccessibleText(Messages.format(TextKeys.CURVES_Y_MIN, panel));
        max.setAccessibleText(Messages.format(TextKeys.CURVES_Y_MAX, panel));
        HBox row = new HBox(name, min, to, max);
        row.setAlignment(Pos.CENTER_LEFT);
        row.getStyleClass().add("editor-row");
        message.getStyleClass().add(Styles.ERROR_MESSAGE);
        message.setWrapText(true);
        message.managedProperty().bind(message.visibleProperty());
        message.setVisible(false);
        root = new VBox(row, message);
        root.getStyleClass().add(Styles.Y_RANGE_EDITOR);
    }

    Node root() {
        return root;
    }

    /**
     * Shows {@code range}, a range the state has just taken (a fixed one; automatic ranges leave
     * the fields as they are), dropping any refusal and anything typed.
     */
    void show(YRange range) {
        if (range.automatic()) {
            return;
        }
        min.setText(DisplayNumbers.format(range.min()));
        max.setText(DisplayNumbers.format(range.max()));
        setMessage("");
    }

    private boolean showing(YRange range) {
        return min.getText().equals(DisplayNumbers.format(range.min()))
                && max.getText().equals(DisplayNumbers.format(range.max()));
    }

    private void commit() {
        YRange shown = current.get();
        if (shown.automatic() || showing(shown)) {
            return;
        }
        OptionalDouble low = finite(min.getText());
        OptionalDouble high = finite(max.getText());
        String kept1 = DisplayNumbers.format(shown.min());
        String kept2 = DisplayNumbers.format(shown.max());
        if (low.isEmpty() || high.isEmpty()) {
            String bad = DecimalInput.normalise(low.isEmpty() ? min.getText() : max.getText());
            refuse(Messages.format(TextKeys.CURVES_Y_NOT_A_NUMBER, bad, kept1, kept2));
        } else if (!(low.getAsDouble() < high.getAsDouble())) {
            refuse(Messages.format(TextKeys.CURVES_Y_ORDER, DecimalInput.normalise(min.getText()),
                    DecimalInput.normalise(max.getText()), kept1, kept2));
        } else if (logarithmic.getAsBoolean() && !(low.getAsDouble() > 0)) {
            refuse(Messages.format(TextKeys.CURVES_Y_LOG_MINIMUM, DecimalInput.normalise(min.getText()), kept1, kept2));
        } else {
            setMessage("");
            target.apply(low.getAsDouble(), high.getAsDouble());
        }
    }

    private static OptionalDouble finite(String text) {
        OptionalDouble v = DecimalInput.parse(text);
        return v.isPresent() && Double.isFinite(v.getAsDouble()) ? v : OptionalDouble.empty();
    }

    private void refuse(String text) {
        YRange kept = current.get();
        setMessage(text);
        min.setText(DisplayNumbers.format(kept.min()));
        max.setText(DisplayNumbers.format(kept.max()));
    }

    private void setMessage(String text) {
        message.setText(text);
        message.setVisible(!text.isEmpty());
        min.pseudoClassStateChanged(Styles.INVALID_STATE, !text.isEmpty());
        max.pseudoClassStateChanged(Styles.INVALID_STATE, !text.isEmpty());
    }
}
