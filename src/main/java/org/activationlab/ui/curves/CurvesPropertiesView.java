package org.activationlab.ui.curves;

import javafx.beans.value.ObservableValue;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import org.activationlab.model.ActivationProperties;
import org.activationlab.plot.Theme;
import org.activationlab.ui.Messages;
import org.activationlab.ui.Styles;
import org.activationlab.ui.TextKeys;
import org.activationlab.ui.properties.PropertiesTable;

/**
 * Under the plot: the properties table of the plotted functions (the same table as the
 * properties tab, each name after its curve's swatch), recomputed live with their parameters,
 * and their typeset formulas beside it.
 */
final class CurvesPropertiesView {
    /** Share of the width the table takes. */
    private static final double TABLE_SHARE = 0.62;

    private final CurvesViewModel model;
    private final ObservableValue<Theme> theme;
    private final SplitPane root = new SplitPane();

    CurvesPropertiesView(CurvesViewModel model, ObservableValue<Theme> theme) {
        this.model = model;
        this.theme = theme;
        PropertiesTable table = new PropertiesTable(model.propertyRows(), model.propertyRows(), this::swatch);
        Label placeholder = new Label(Messages.get(TextKeys.CURVES_TABLE_PLACEHOLDER));
        placeholder.setWrapText(true);
        table.table().setPlaceholder(placeholder);
        table.table().getStyleClass().add(Styles.CURVES_PROPERTIES);
        FormulaList formulas = new FormulaList(model, theme);
        root.getItems().addAll(table.table(), formulas.root());
        root.setDividerPositions(TABLE_SHARE);
        root.getStyleClass().add(Styles.CURVES_BOTTOM);
    }

    Node root() {
        return root;
    }

    private Node swatch(ActivationProperties row) {
        return model.getState().colour(row.activation().name()).isPresent()
                ? SeriesSwatch.of(model.getState().colour(row.activation().name()).getAsInt(), theme) : null;
    }
}
