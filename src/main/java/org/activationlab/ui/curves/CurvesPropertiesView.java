package org.activationlab.ui.curves;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javafx.beans.value.ObservableValue;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.activationlab.model.ActivationProperties;
import org.activationlab.plot.Theme;
import org.activationlab.ui.Messages;
import org.activationlab.ui.Styles;
import org.activationlab.ui.TextKeys;
import org.activationlab.ui.properties.PropertiesTable;
import org.activationlab.ui.properties.PropertySheet;
import org.activationlab.ui.controls.WholeWordsLabel;

/**
 * Under the plot: the properties of the plotted functions, recomputed live with their parameters,
 * and under them their typeset formulas; the two scroll together.
 *
 * <p>Where the columns fit the width (wrapped down to their widest words), the properties are the
 * same table as the properties tab's, each name after its curve's swatch, as tall as its rows.
 * Where they do not (the default window with the lessons panel open, a large presentation scale),
 * each function gets a sheet of property names and wrapping values instead, side by side as far
 * as the width allows and else one under another, so that nothing needs a horizontal scroll bar
 * and nothing is cut.
 */
final class CurvesPropertiesView {
    /** Style class of the sheets shown instead of the table, and of each one. */
    static final String SHEETS = "curves-property-sheets";
    static final String SHEET = "curves-property-sheet";
    /** Rows (and the placeholder) are at least this tall before they are measured, in multiples of the font size. */
    private static final double ROW_EM = 2.2;

    private final CurvesViewModel model;
    private final ObservableValue<Theme> theme;
    private final TableView<ActivationProperties> table;
    private final Label placeholder = new Label(Messages.get(TextKeys.CURVES_TABLE_PLACEHOLDER));
    private final FlowPane sheets = new FlowPane();
    /** The sheets' cards and the sheets in them, in the same order. */
    private final List<Region> sheetCards = new ArrayList<>();
    private final List<PropertySheet> propertySheets = new ArrayList<>();
    private final Node formulas;
    private final VBox content = new VBox();
    private final ScrollPane root = new ScrollPane(content);
    private final Runnable afterLayout = this::fitToWidth;
    /** Held here: the model's list only holds it weakly. */
    private final ListChangeListener<ActivationProperties> rowsChanged = change -> showSheets();

    CurvesPropertiesView(CurvesViewModel model, ObservableValue<Theme> theme) {
        this.model = model;
        this.theme = theme;
        table = new PropertiesTable(model.propertyRows(), model.propertyRows(), this::swatch).table();
        placeholder.setWrapText(true);
        table.setPlaceholder(placeholder);
        table.getStyleClass().add(Styles.CURVES_PROPERTIES);
        table.setMinHeight(Region.USE_PREF_SIZE);
        table.setMaxHeight(Region.USE_PREF_SIZE);
        sheets.getStyleClass().add(SHEETS);
        sheets.setAlignment(Pos.TOP_LEFT);
        formulas = new FormulaList(model, theme).root();
        content.getChildren().setAll(table, formulas);
        root.setFitToWidth(true);
        root.getStyleClass().add(Styles.CURVES_BOTTOM);
        model.propertyRows().addListener(rowsChanged);
        showSheets();
        root.sceneProperty().addListener((obs, old, scene) -> followLayout(old, scene));
    }

    Node root() {
        return root;
    }

    /** Whether the sheets show instead of the table, for tests. */
    boolean showsSheets() {
        return content.getChildren().contains(sheets);
    }

    private void followLayout(Scene old, Scene scene) {
        if (old != null) {
            old.removePostLayoutPulseListener(afterLayout);
        }
        if (scene != null) {
            scene.addPostLayoutPulseListener(afterLayout);
        }
    }

    /**
     * Shows the table where its columns fit at their narrowest, else the sheets, each fitted to the
     * width; fits the table's height.
     */
    private void fitToWidth() {
        double narrowest = table.snappedLeftInset() + table.snappedRightInset();
        for (TableColumn<ActivationProperties, ?> column : table.getColumns()) {
            narrowest += column.getMinWidth();
        }
        double width = root.getViewportBounds().getWidth();
        boolean fits = width <= 0 || narrowest <= width;
        if (width > 0) {
            fitSheets(width - sheets.snappedLeftInset() - sheets.snappedRightInset());
        }
        Node shown = fits ? table : sheets;
        if (content.getChildren().get(0) != shown) {
            content.getChildren().set(0, shown);
        }
        if (fits) {
            fitTableHeight();
        }
    }

    /**
     * Makes every sheet at most {@code width} wide, its names above its values where they do not
     * fit beside them. The cards' preferred widths are set: a flow pane is never narrower than
     * its widest child's preferred width.
     */
    private void fitSheets(double width) {
        for (int i = 0; i < sheetCards.size(); i++) {
            Region card = sheetCards.get(i);
            double insets = card.snappedLeftInset() + card.snappedRightInset();
            propertySheets.get(i).fitWidth(width - insets);
            double natural = insets + card.getChildrenUnmodifiable().stream()
                    .mapToDouble(n -> n.prefWidth(-1)).max().orElse(0);
            // never below the card's least width (its widest word): a flow pane takes its children's
            // preferred widths for its own least width, and the scroll pane scrolls only past that
            double target = Math.ceil(Math.max(card.minWidth(-1), Math.floor(Math.min(natural, width))));
            if (card.getPrefWidth() != target) {
                card.setPrefWidth(target);
            }
        }
    }

    /** One sheet per plotted function, under its swatch and name. */
    private void showSheets() {
        sheets.getChildren().clear();
        sheetCards.clear();
        propertySheets.clear();
        if (model.propertyRows().isEmpty()) {
            Label empty = new Label(placeholder.getText());
            empty.setWrapText(true);
            sheets.getChildren().add(empty);
        }
        for (ActivationProperties row : model.propertyRows()) {
            Label name = new WholeWordsLabel(row.activation().info().displayName());
            name.getStyleClass().add(Styles.READOUT_NAME);
            Node swatch = swatch(row);
            HBox header = swatch == null ? new HBox(name) : new HBox(swatch, name);
            header.setAlignment(Pos.CENTER_LEFT);
            header.getStyleClass().add("parameters-header");
            PropertySheet sheet = new PropertySheet();
            sheet.show(row);
            VBox card = new VBox(header, sheet.root());
            card.getStyleClass().add(SHEET);
            sheets.getChildren().add(card);
            sheetCards.add(card);
            propertySheets.add(sheet);
        }
    }

    /**
     * Makes the table as tall as its header and rows, as laid out (rows wrap, so their heights
     * vary); rows the table has not made yet, being out of its view, count as tall as the
     * average of the others, and the next layout measures them.
     */
    private void fitTableHeight() {
        Node header = table.lookup(".column-header-background");
        if (header == null) {
            return;
        }
        double em = placeholder.getFont().getSize();
        int items = table.getItems().size();
        Set<Integer> seen = new HashSet<>();
        double rows = 0;
        for (Node node : table.lookupAll(".table-row-cell")) {
            if (node instanceof TableRow<?> row && row.isVisible() && !row.isEmpty() && row.getIndex() < items
                    && seen.add(row.getIndex())) {
                rows += row.getHeight();
            }
        }
        double unseen = items - seen.size();
        rows += unseen * (seen.isEmpty() ? ROW_EM * em : rows / seen.size());
        double body = items == 0 ? placeholder.prefHeight(table.getWidth()) + ROW_EM * em : rows;
        double height = Math.ceil(header.getLayoutBounds().getHeight() + body + table.snappedTopInset()
                + table.snappedBottomInset()) + 1;
        if (Math.abs(table.getPrefHeight() - height) >= 1) {
            table.setPrefHeight(height);
        }
    }

    private Node swatch(ActivationProperties row) {
        return model.getState().colour(row.activation().name()).isPresent()
                ? SeriesSwatch.of(model.getState().colour(row.activation().name()).getAsInt(), theme) : null;
    }
}
