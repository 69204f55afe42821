package org.activationlab.ui.properties;

import java.util.EnumMap;
import java.util.Map;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.activationlab.model.ActivationProperties;
import org.activationlab.ui.Messages;
import org.activationlab.ui.Styles;

/**
 * The computed properties of one function as a sheet: each property's name (never shortened,
 * with its explanation as a tooltip) beside its value, which wraps onto more lines in a narrow
 * place. The details beside the properties table show one; the curves tab shows one per plotted
 * function where its table would not fit.
 */
public final class PropertySheet {
    /** Style class of the sheet. */
    public static final String STYLE_CLASS = "properties-grid";

    private final GridPane grid = new GridPane();
    private final Map<PropertyColumn, Label> values = new EnumMap<>(PropertyColumn.class);

    public PropertySheet() {
        ColumnConstraints names = new ColumnConstraints();
        ColumnConstraints valueColumn = new ColumnConstraints();
        valueColumn.setHgrow(Priority.ALWAYS);
        grid.getColumnConstraints().addAll(names, valueColumn);
        grid.getStyleClass().add(STYLE_CLASS);
        int row = 0;
        for (PropertyColumn column : PropertyColumn.values()) {
            Label header = new Label(Messages.get(column.headerKey()));
            header.getStyleClass().add(Styles.PROPERTY_NAME);
            header.setTooltip(new Tooltip(Messages.get(column.explanationKey())));
            header.setMinWidth(Region.USE_PREF_SIZE);
            Label value = new Label();
            value.getStyleClass().add(Styles.PROPERTY_VALUE);
            value.setWrapText(true);
            values.put(column, value);
            grid.addRow(row++, header, value);
        }
    }

    /** The sheet's node. */
    public Node root() {
        return grid;
    }

    /** Shows the properties of {@code p}. */
    public void show(ActivationProperties p) {
        values.forEach((column, label) -> label.setText(column.text(p)));
    }
}
