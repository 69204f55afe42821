package org.activationlab.ui.curves;

import javafx.beans.value.ObservableValue;
import javafx.geometry.Pos;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.activationlab.model.Activation;
import org.activationlab.plot.Theme;
import org.activationlab.ui.Styles;

/**
 * One function in the list: a check box that plots it, the swatch of its curve, its display name
 * and its command-line name.
 */
final class FunctionCell extends ListCell<Activation> {
    private final CurvesViewModel model;
    private final CheckBox check = new CheckBox();
    private final SeriesSwatch swatch;
    private final Label name = new Label();
    private final Label cliName = new Label();
    private final HBox content;

    FunctionCell(CurvesViewModel model, ObservableValue<Theme> theme) {
        this.model = model;
        this.swatch = new SeriesSwatch(theme);
        getStyleClass().add(Styles.FUNCTION_CELL);
        cliName.getStyleClass().add(Styles.CAPTION);
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        content = new HBox(check, swatch, name, gap, cliName);
        content.setAlignment(Pos.CENTER_LEFT);
        content.getStyleClass().add("function-cell-content");
        check.setOnAction(e -> {
            if (getItem() != null) {
                model.plot(getItem().name(), check.isSelected());
            }
        });
        setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
    }

    @Override
    protected void updateItem(Activation item, boolean empty) {
        super.updateItem(item, empty);
        if (empty || item == null) {
            setGraphic(null);
            setTooltip(null);
            return;
        }
        CurvesState state = model.getState();
        check.setSelected(state.plotted().containsKey(item.name()));
        check.setAccessibleText(item.info().displayName());
        swatch.show(state.colour(item.name()));
        name.setText(item.info().displayName());
        cliName.setText(item.name());
        setTooltip(new Tooltip(item.info().summary()));
        setGraphic(content);
    }
}
