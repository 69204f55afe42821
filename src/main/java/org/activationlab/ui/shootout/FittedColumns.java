package org.activationlab.ui.shootout;

import java.util.ArrayList;
import java.util.List;
import javafx.application.Platform;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.Region;
import org.activationlab.ui.Messages;

/**
 * The columns of a Shoot-out table, never narrower than their titles: each column is titled by a
 * label (the bundles break long titles into lines) and keeps at least the width of that label in
 * the font it is shown in, whatever View &gt; Scale makes of it; it starts at a width given in ems
 * (font heights), so it grows with the scale too. When the columns fit in the table at their
 * narrowest they share its width (the last one taking what is left); else each keeps its own
 * width and the table scrolls sideways, rather than cutting a title short.
 *
 * <p>{@code properties.PropertiesTable} chooses between the same two policies for its own,
 * measured columns.
 */
final class FittedColumns<S> {
    /** Room beside a title, in ems: the header's padding and the sort arrow. */
    private static final double TITLE_ROOM_EM = 1.6;

    private final TableView<S> table;
    private final List<TableColumn<S, ?>> columns = new ArrayList<>();

    /** Makes {@code table} scroll instead of asking for its columns' widths as its own least width. */
    FittedColumns(TableView<S> table) {
        this.table = table;
        table.setMinWidth(0);
        table.widthProperty().addListener((obs, old, width) -> choosePolicy());
    }

    /**
     * A column of the table titled by {@code key}'s text, {@code widthEm} ems wide at first (or as
     * wide as its title, if that is wider); call {@link #addAll} with it.
     */
    <T> TableColumn<S, T> column(String key, double widthEm) {
        TableColumn<S, T> column = new TableColumn<>();
        Label title = new Label(Messages.get(key));
        title.setMinWidth(Region.USE_PREF_SIZE);
        title.setMinHeight(Region.USE_PREF_SIZE);
        column.setGraphic(title);
        // The font changes while CSS is applied to the header, whose children must not change then.
        title.fontProperty().addListener((obs, old, font) -> Platform.runLater(() -> fit(column, title, widthEm)));
        fit(column, title, widthEm);
        return column;
    }

    /** Adds {@code added} (made by {@link #column}) to the table, in order. */
    @SafeVarargs
    final void addAll(TableColumn<S, ?>... added) {
        columns.addAll(List.of(added));
        table.getColumns().addAll(added);
        choosePolicy();
    }

    private void fit(TableColumn<S, ?> column, Label title, double widthEm) {
        double em = title.getFont().getSize();
        double least = Math.ceil(title.prefWidth(-1) + TITLE_ROOM_EM * em);
        column.setMinWidth(least);
        column.setPrefWidth(Math.max(least, Math.ceil(widthEm * em)));
        choosePolicy();
    }

    /** Shares the table's width among the columns when they fit at their narrowest, else scrolls. */
    private void choosePolicy() {
        double narrowest = columns.stream().mapToDouble(TableColumn::getMinWidth).sum();
        double room = table.getWidth() - table.snappedLeftInset() - table.snappedRightInset();
        table.setColumnResizePolicy(table.getWidth() > 0 && narrowest > room
                ? TableView.UNCONSTRAINED_RESIZE_POLICY : TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
    }
}
