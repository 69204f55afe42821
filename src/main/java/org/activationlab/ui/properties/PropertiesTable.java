package org.activationlab.ui.properties;

import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.ListChangeListener;
import javafx.collections.transformation.SortedList;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.text.Font;
import javafx.scene.text.Text;
import org.activationlab.model.ActivationProperties;
import org.activationlab.ui.Messages;
import org.activationlab.ui.Styles;
import org.activationlab.ui.TextKeys;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;

/**
 * The table of computed properties: one row per function, one sortable column per property,
 * each column as wide as its widest text (the table scrolls sideways when they do not all fit).
 */
final class PropertiesTable {
    /** Room for the cell padding and the sort arrow, in multiples of the font size. */
    private static final double CELL_PADDING_EM = 2.2;

    private final PropertiesViewModel model;
    private final TableView<ActivationProperties> table = new TableView<>();
    private final List<FittedColumn> columns = new ArrayList<>();

    PropertiesTable(PropertiesViewModel model) {
        this.model = model;
        createView();
        initListeners();
    }

    TableView<ActivationProperties> table() {
        return table;
    }

    private void createView() {
        SortedList<ActivationProperties> sorted = new SortedList<>(model.visibleRows());
        sorted.comparatorProperty().bind(table.comparatorProperty());
        table.setItems(sorted);
        table.getStyleClass().add(Styles.PROPERTIES_TABLE);
        columns.add(column(Messages.get(TextKeys.PROPERTY_FUNCTION), Messages.get(TextKeys.PROPERTY_FUNCTION_HELP),
                p -> p.activation().info().displayName(), Comparator.comparing(p -> p.activation().info().displayName()), false));
        for (PropertyColumn property : PropertyColumn.values()) {
            columns.add(column(Messages.get(property.headerKey()), Messages.get(property.explanationKey()),
                    property::text, property.order(), property.numeric()));
        }
        columns.get(0).column().getStyleClass().add(Styles.NAME_COLUMN);
        columns.forEach(c -> table.getColumns().add(c.column()));
    }

    private void initListeners() {
        model.rows().addListener((ListChangeListener<ActivationProperties>) change -> fitColumns());
        columns.get(0).heading().fontProperty().addListener((obs, old, font) -> fitColumns());
    }

    /** Makes every column as wide as its header and its widest value over all rows, filtered or not (measured in the header's font). */
    private void fitColumns() {
        Font font = columns.get(0).heading().getFont();
        Text probe = new Text();
        probe.setFont(font);
        for (FittedColumn c : columns) {
            double widest = width(probe, c.heading().getText());
            for (ActivationProperties row : model.rows()) {
                widest = Math.max(widest, width(probe, c.text().apply(row)));
            }
            c.column().setPrefWidth(Math.ceil(widest + CELL_PADDING_EM * font.getSize()));
        }
    }

    private static double width(Text probe, String text) {
        probe.setText(text);
        return probe.getLayoutBounds().getWidth();
    }

    /** A column with its header label and how it writes a value. */
    private record FittedColumn(TableColumn<ActivationProperties, ActivationProperties> column, Label heading,
                                Function<ActivationProperties, String> text) {
    }

    private static FittedColumn column(
            String header, String explanation, Function<ActivationProperties, String> text,
            Comparator<ActivationProperties> order, boolean numeric) {
        TableColumn<ActivationProperties, ActivationProperties> column = new TableColumn<>();
        Label heading = new Label(header);
        heading.setTooltip(new Tooltip(explanation));
        column.setGraphic(heading);
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(cell.getValue()));
        column.setComparator(order);
        column.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(ActivationProperties item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : text.apply(item));
            }
        });
        if (numeric) {
            column.getStyleClass().add(Styles.NUMERIC);
        }
        return new FittedColumn(column, heading, text);
    }
}
