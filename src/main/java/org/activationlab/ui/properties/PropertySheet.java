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
import org.activationlab.ui.controls.WholeWordsLabel;

/**
 * The computed properties of one function as a sheet: each property's name (never shortened,
 * with its explanation as a tooltip) beside its value, which wraps onto more lines in a narrow
 * place, never inside a word ({@link WholeWordsLabel}); where even the values' narrowest column does not fit beside the names, each name stands
 * above its value ({@link #fitWidth}). The details beside the properties table show one; the
 * curves tab shows one per plotted function where its table would not fit.
 */
public final class PropertySheet {
    /** Style class of the sheet. */
    public static final String STYLE_CLASS = "properties-grid";
    /** Style class of the sheet while each name stands above its value. */
    public static final String STACKED = "stacked";
    /** The narrowest the values may get beside the names, in multiples of the font size. */
    private static final double VALUE_MIN_EM = 7;

    private final GridPane grid = new GridPane();
    private final Map<PropertyColumn, Label> names = new EnumMap<>(PropertyColumn.class);
    private final Map<PropertyColumn, Label> values = new EnumMap<>(PropertyColumn.class);
    private boolean stacked;

    public PropertySheet() {
        ColumnConstraints nameColumn = new ColumnConstraints();
        ColumnConstraints valueColumn = new ColumnConstraints();
        valueColumn.setHgrow(Priority.ALWAYS);
        grid.getColumnConstraints().addAll(nameColumn, valueColumn);
        grid.getStyleClass().add(STYLE_CLASS);
        for (PropertyColumn column : PropertyColumn.values()) {
            Label header = new WholeWordsLabel(Messages.get(column.headerKey()));
            header.getStyleClass().add(Styles.PROPERTY_NAME);
            header.setTooltip(new Tooltip(Messages.get(column.explanationKey())));
            Label value = new WholeWordsLabel();
            value.getStyleClass().add(Styles.PROPERTY_VALUE);
            names.put(column, header);
            values.put(column, value);
        }
        arrange();
    }

    /** The sheet's node. */
    public Node root() {
        return grid;
    }

    /** Shows the properties of {@code p}. */
    public void show(ActivationProperties p) {
        values.forEach((column, label) -> label.setText(column.text(p)));
    }

    /**
     * Fits the sheet to {@code width} pixels: each name beside its value where the values keep
     * {@value #VALUE_MIN_EM} em beside the longest name, else each name above its value, both
     * wrapping, so that a narrow place never needs a sideways scroll bar.
     */
    public void fitWidth(double width) {
        Label anyName = names.values().iterator().next();
        double longestName = names.values().stream().mapToDouble(l -> l.prefWidth(-1)).max().orElse(0);
        boolean stack = width < longestName + grid.getHgap() + VALUE_MIN_EM * anyName.getFont().getSize()
                + grid.snappedLeftInset() + grid.snappedRightInset();
        if (stack != stacked) {
            stacked = stack;
            arrange();
        }
    }

    /** Whether each name stands above its value, for tests. */
    public boolean isStacked() {
        return stacked;
    }

    /** Lays the names and values out beside each other, or each name above its value. */
    private void arrange() {
        grid.getChildren().clear();
        int row = 0;
        for (PropertyColumn column : PropertyColumn.values()) {
            Label name = names.get(column);
            Label value = values.get(column);
            name.setWrapText(stacked);
            name.setMinWidth(stacked ? Region.USE_COMPUTED_SIZE : Region.USE_PREF_SIZE);
            if (stacked) {
                grid.add(name, 0, row++, 2, 1);
                grid.add(value, 0, row++, 2, 1);
            } else {
                grid.addRow(row++, name, value);
            }
        }
        if (stacked && !grid.getStyleClass().contains(STACKED)) {
            grid.getStyleClass().add(STACKED);
        } else if (!stacked) {
            grid.getStyleClass().remove(STACKED);
        }
    }
}
