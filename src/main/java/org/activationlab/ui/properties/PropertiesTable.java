package org.activationlab.ui.properties;

import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.ListChangeListener;
import javafx.collections.WeakListChangeListener;
import javafx.collections.ObservableList;
import javafx.collections.transformation.SortedList;
import javafx.scene.Node;
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

import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;

/**
 * The table of computed properties: one row per function, one sortable column per property.
 * The columns share the table's width (a constrained resize policy), each preferring its widest
 * text; when they do not all fit, values wrap onto several lines, down to the widest word of
 * the column (and never narrower than the header), and the function's name (the key column) never narrows below its
 * widest name. When even that does not fit, each column keeps its full width and the table
 * scrolls sideways.
 * The properties tab shows every function in it; the curves tab shows the plotted ones.
 */
public final class PropertiesTable {
    /** Room for the cell padding and the sort arrow, in multiples of the font size. */
    private static final double CELL_PADDING_EM = 2.2;
    /** Room for a graphic before the function's name, in multiples of the font size. */
    private static final double NAME_GRAPHIC_EM = 2.4;

    private final ObservableList<ActivationProperties> shown;
    private final ObservableList<ActivationProperties> measured;
    private final Function<ActivationProperties, Node> nameGraphic;
    private final TableView<ActivationProperties> table = new TableView<>();
    private final List<FittedColumn> columns = new ArrayList<>();
    /** Held here: the model's list only holds it weakly, so that a table no longer shown can be collected. */
    private final ListChangeListener<ActivationProperties> refit = change -> fitColumns();

    /**
     * A table of {@code shown}, its columns fitted to the texts of {@code measured} (e.g. every
     * row, so that filtering does not make the columns jump).
     */
    public PropertiesTable(ObservableList<ActivationProperties> shown, ObservableList<ActivationProperties> measured) {
        this(shown, measured, null);
    }

    /**
     * A table whose function names are preceded by the node {@code nameGraphic} makes for each
     * row, e.g. the colour swatch of the function's curve.
     */
    public PropertiesTable(ObservableList<ActivationProperties> shown, ObservableList<ActivationProperties> measured,
                           Function<ActivationProperties, Node> nameGraphic) {
        this.shown = shown;
        this.measured = measured;
        this.nameGraphic = nameGraphic;
        createView();
        initListeners();
    }

    /** The table node. */
    public TableView<ActivationProperties> table() {
        return table;
    }

    private void createView() {
        SortedList<ActivationProperties> sorted = new SortedList<>(shown);
        sorted.comparatorProperty().bind(table.comparatorProperty());
        table.setItems(sorted);
        table.getStyleClass().add(Styles.PROPERTIES_TABLE);
        columns.add(column(Messages.get(TextKeys.PROPERTY_FUNCTION), Messages.get(TextKeys.PROPERTY_FUNCTION_HELP),
                p -> p.activation().info().displayName(), Comparator.comparing(p -> p.activation().info().displayName()),
                false, nameGraphic));
        for (PropertyColumn property : PropertyColumn.values()) {
            columns.add(column(Messages.get(property.headerKey()), Messages.get(property.explanationKey()),
                    property::text, property.order(), property.numeric(), null));
        }
        columns.get(0).column().getStyleClass().add(Styles.NAME_COLUMN);
        columns.forEach(c -> table.getColumns().add(c.column()));
        // The constrained policy would ask for the columns' narrowest widths as the table's minimum, taking
        // the room of what stands beside it; the table scrolls instead (choosePolicy).
        table.setMinWidth(0);
        table.widthProperty().addListener((obs, old, width) -> choosePolicy());
    }

    /**
     * Lets the columns share the table's width when they fit in it at their narrowest (wrapped),
     * else keeps each at its own width and lets the table scroll sideways.
     */
    private void choosePolicy() {
        double narrowest = columns.stream().mapToDouble(c -> c.column().getMinWidth()).sum();
        table.setColumnResizePolicy(narrowest <= table.getWidth() - table.snappedLeftInset() - table.snappedRightInset()
                ? TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS : TableView.UNCONSTRAINED_RESIZE_POLICY);
    }

    private void initListeners() {
        measured.addListener(new WeakListChangeListener<>(refit));
        columns.get(0).heading().fontProperty().addListener((obs, old, font) -> fitColumns());
        fitColumns();
    }

    /**
     * Makes every column prefer the width of its header and its widest value over the measured
     * rows, and never narrower than its header and its widest word (the name column: its widest
     * name), all in the header's font.
     */
    private void fitColumns() {
        Font font = columns.get(0).heading().getFont();
        Text probe = new Text();
        probe.setFont(font);
        for (FittedColumn c : columns) {
            boolean key = c == columns.get(0);
            double widest = width(probe, c.heading().getText());
            double widestWord = widest;
            for (ActivationProperties row : measured) {
                String value = c.text().apply(row);
                widest = Math.max(widest, width(probe, value));
                widestWord = Math.max(widestWord, key ? width(probe, value) : widestWord(probe, value));
            }
            double room = (key && nameGraphic != null ? NAME_GRAPHIC_EM : 0) * font.getSize()
                    + CELL_PADDING_EM * font.getSize();
            c.column().setMinWidth(Math.ceil(widestWord + room));
            c.column().setPrefWidth(Math.ceil(widest + room));
        }
        choosePolicy();
    }

    private static double width(Text probe, String text) {
        probe.setText(text);
        return probe.getLayoutBounds().getWidth();
    }

    /**
     * The width of the widest piece of {@code text} between two places a line may break (between
     * words, and between Chinese characters).
     */
    private static double widestWord(Text probe, String text) {
        BreakIterator breaks = BreakIterator.getLineInstance();
        breaks.setText(text);
        double widest = 0;
        for (int start = breaks.first(), end = breaks.next(); end != BreakIterator.DONE; start = end, end = breaks.next()) {
            widest = Math.max(widest, width(probe, text.substring(start, end).strip()));
        }
        return widest;
    }

    /** A column with its header label and how it writes a value. */
    private record FittedColumn(TableColumn<ActivationProperties, ActivationProperties> column, Label heading,
                                Function<ActivationProperties, String> text) {
    }

    private static FittedColumn column(
            String header, String explanation, Function<ActivationProperties, String> text,
            Comparator<ActivationProperties> order, boolean numeric, Function<ActivationProperties, Node> graphic) {
        TableColumn<ActivationProperties, ActivationProperties> column = new TableColumn<>();
        Label heading = new Label(header);
        heading.setTooltip(new Tooltip(explanation));
        column.setGraphic(heading);
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(cell.getValue()));
        column.setComparator(order);
        column.setCellFactory(c -> new TableCell<>() {
            {
                setWrapText(true);
            }

            /** As tall as its text wrapped to the column (rows ask their cells with no width). */
            @Override
            protected double computePrefHeight(double width) {
                return super.computePrefHeight(width < 0 && getTableColumn() != null ? getTableColumn().getWidth() : width);
            }

            @Override
            protected void updateItem(ActivationProperties item, boolean empty) {
                super.updateItem(item, empty);
                boolean blank = empty || item == null;
                setText(blank ? null : text.apply(item));
                setGraphic(blank || graphic == null ? null : graphic.apply(item));
            }
        });
        if (numeric) {
            column.getStyleClass().add(Styles.NUMERIC);
        }
        return new FittedColumn(column, heading, text);
    }
}
