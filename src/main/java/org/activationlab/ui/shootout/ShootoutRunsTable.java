package org.activationlab.ui.shootout;

import java.util.BitSet;
import java.util.Locale;
import java.util.function.BiConsumer;
import java.util.function.DoubleFunction;
import java.util.function.Function;
import java.util.function.ToDoubleFunction;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import javafx.collections.transformation.SortedList;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.activationlab.model.Numbers;
import org.activationlab.shootout.RunResult;
import org.activationlab.shootout.ShootoutPlan;
import org.activationlab.shootout.ShootoutResult;
import org.activationlab.shootout.SummaryRow;
import org.activationlab.ui.Labels;
import org.activationlab.ui.Messages;
import org.activationlab.ui.Styles;
import org.activationlab.ui.WhileInScene;

/**
 * The Shoot-out tab's single runs: one sortable row per finished run (activation, task, seed,
 * learning rate, final training loss, test loss and accuracy, steps to the target accuracy, shown
 * as "not reached" when the run never reached it, and the shares of dead and saturated hidden units
 * at the end), added as runs finish. While a row of the summary table is selected, only that
 * activation's runs on that task show. A double-click on a run, Enter, or Open in Training hands
 * the run to the action set with {@link #setOnOpen} (the main window opens it in the Training tab).
 */
public final class ShootoutRunsTable {
    /** Widths of the columns at first, in ems. */
    private static final double NAME = 5.6;
    private static final double NARROW = 3.6;
    private static final double NUMBER = 4.7;
    /** The table's height at first, in pixels: a few rows, leaving room for the verdicts. */
    private static final double PREF_HEIGHT = 240;
    private static final double MIN_HEIGHT_EM = 7.3;

    private final ObservableValue<SummaryRow> selectedRow;
    private final ObservableList<RunResult> runs = FXCollections.observableArrayList();
    private final FilteredList<RunResult> filtered = new FilteredList<>(runs);
    private final TableView<RunResult> table = new TableView<>();
    private final FittedColumns<RunResult> columns = new FittedColumns<>(table);
    private final Label caption = new Label();
    private final Button open = new Button(Messages.get(ShootoutKeys.OPEN_IN_TRAINING));
    private final ObjectProperty<BiConsumer<ShootoutPlan, RunResult>> onOpen = new SimpleObjectProperty<>();
    private final VBox root;
    /** The plan of the runs shown, null before the first shoot-out. */
    private ShootoutPlan plan;
    /** The indices of the runs shown. */
    private final BitSet shown = new BitSet();

    /**
     * @param model the shoot-out whose runs to show
     * @param selectedRow the summary table's selected row, or null to show every run
     */
    public ShootoutRunsTable(ShootoutViewModel model, ObservableValue<SummaryRow> selectedRow) {
        this.selectedRow = selectedRow;
        table.setId("shootout-runs");
        table.setPrefHeight(PREF_HEIGHT);
        table.setStyle(String.format(Locale.ROOT, "-fx-min-height: %.1fem;", MIN_HEIGHT_EM));
        table.setPlaceholder(Labels.wrapped(Messages.get(ShootoutKeys.RUNS_EMPTY)));
        columns.addAll(
                text(ShootoutKeys.COLUMN_ACTIVATION,
                        r -> ShootoutViewModel.nameOf(plan.contenders().get(r.key().contender()))),
                text(ShootoutKeys.COLUMN_TASK, r -> plan.tasks().get(r.key().task()).name()),
                number(ShootoutKeys.COLUMN_SEED, NARROW, r -> r.key().seed(), v -> Long.toString((long) v)),
                number(ShootoutKeys.COLUMN_RATE, NARROW, r -> plan.learningRates().get(r.key().rate()),
                        Numbers::format),
                number(ShootoutKeys.COLUMN_FINAL_LOSS, NUMBER, RunResult::finalLoss, ShootoutRunsTable::format),
                number(ShootoutKeys.COLUMN_RUN_TEST_LOSS, NUMBER, RunResult::testLoss, ShootoutRunsTable::format),
                number(ShootoutKeys.COLUMN_RUN_ACCURACY, NUMBER, RunResult::testAccuracy,
                        v -> Double.isNaN(v) ? "" : format(v)),
                number(ShootoutKeys.COLUMN_STEPS, NUMBER, r -> r.stepsToTarget().isPresent()
                        ? r.stepsToTarget().getAsInt() : Double.POSITIVE_INFINITY, ShootoutRunsTable::steps),
                number(ShootoutKeys.COLUMN_DEAD, NARROW, RunResult::deadShare, ShootoutRunsTable::percent),
                number(ShootoutKeys.COLUMN_SATURATED, NUMBER, RunResult::saturatedShare,
                        ShootoutRunsTable::percent));
        SortedList<RunResult> sorted = new SortedList<>(filtered);
        sorted.comparatorProperty().bind(table.comparatorProperty());
        table.setItems(sorted);
        table.setRowFactory(t -> {
            TableRow<RunResult> row = new TableRow<>();
            row.setOnMouseClicked(e -> {
                if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2 && !row.isEmpty()) {
                    open(row.getItem());
                }
            });
            return row;
        });
        table.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER && table.getSelectionModel().getSelectedItem() != null) {
                open(table.getSelectionModel().getSelectedItem());
                e.consume();
            }
        });
        open.setId("shootout-open-in-training");
        open.setTooltip(new Tooltip(Messages.get(ShootoutKeys.OPEN_IN_TRAINING_HELP)));
        open.setMinWidth(Region.USE_PREF_SIZE);
        open.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull().or(onOpen.isNull()));
        open.setOnAction(e -> open(table.getSelectionModel().getSelectedItem()));
        caption.setId("shootout-runs-caption");
        caption.getStyleClass().add(Styles.CAPTION);
        caption.setWrapText(true);
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        Label heading = Labels.sectionTitle(ShootoutKeys.RUNS_TITLE);
        heading.setMinWidth(Region.USE_PREF_SIZE);
        HBox title = new HBox(8, heading, caption, gap, open);
        title.setAlignment(Pos.CENTER_LEFT);
        VBox.setVgrow(table, Priority.ALWAYS);
        root = new VBox(4, title, table);
        WhileInScene.of(root, model.resultProperty()).addListener((obs, old, now) -> show(now));
        show(model.resultProperty().get());
        selectedRow.addListener((obs, old, now) -> filter());
        filtered.addListener((ListChangeListener<RunResult>) change -> showCaption());
    }

    /** The title, the Open in Training button and the table. */
    public Node root() {
        return root;
    }

    /** What opening a run does, with the plan it belongs to; until it is set, runs cannot be opened. */
    public void setOnOpen(BiConsumer<ShootoutPlan, RunResult> action) {
        onOpen.set(action);
    }

    private void open(RunResult run) {
        if (onOpen.get() != null) {
            onOpen.get().accept(plan, run);
        }
    }

    /**
     * Shows the runs of {@code result}: all of them for a new shoot-out, the newly finished ones of the same,
     * each in its place in the plan's order (the order of the files), whatever order they finished in.
     */
    private void show(ShootoutResult result) {
        if (result == null) {
            return;
        }
        if (result.plan() != plan) {
            plan = result.plan();
            shown.clear();
            runs.clear();
        }
        for (RunResult run : result.runs()) {
            int index = run.key().index();
            if (!shown.get(index)) {
                shown.set(index);
                runs.add(shown.get(0, index).cardinality(), run);
            }
        }
        filter();
    }

    private void filter() {
        SummaryRow row = selectedRow.getValue();
        filtered.setPredicate(row == null ? r -> true
                : r -> r.key().contender() == row.contender() && r.key().task() == row.task());
        showCaption();
    }

    private void showCaption() {
        SummaryRow row = selectedRow.getValue();
        String count = Integer.toString(filtered.size());
        caption.setText(plan == null ? "" : row == null ? Messages.format(ShootoutKeys.RUNS_ALL, count)
                : Messages.format(ShootoutKeys.RUNS_OF, count,
                ShootoutViewModel.nameOf(plan.contenders().get(row.contender())),
                plan.tasks().get(row.task()).name()));
    }

    private TableColumn<RunResult, String> text(String key, Function<RunResult, String> value) {
        TableColumn<RunResult, String> column = columns.column(key, NAME);
        column.setCellValueFactory(c -> new ReadOnlyStringWrapper(value.apply(c.getValue())));
        return column;
    }

    /** A numeric column that sorts by the number and shows {@code show}'s text. */
    private TableColumn<RunResult, Double> number(String key, double width, ToDoubleFunction<RunResult> value,
                                                         DoubleFunction<String> show) {
        TableColumn<RunResult, Double> column = columns.column(key, width);
        column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(value.applyAsDouble(c.getValue())));
        column.setComparator(Double::compare);
        column.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(Double item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : show.apply(item));
            }
        });
        column.getStyleClass().add(Styles.NUMERIC);
        return column;
    }

    /** A number to {@value ShootoutView#DIGITS} significant digits; NaN (a diverged run's loss) as {@code NaN}. */
    private static String format(double v) {
        return Numbers.format(v, ShootoutView.DIGITS);
    }

    /** Steps to the target; "not reached" for a run that never reached it (censored). */
    private static String steps(double v) {
        return v == Double.POSITIVE_INFINITY ? Messages.get(ShootoutKeys.NOT_REACHED) : Long.toString((long) v);
    }

    /** A share as a percentage, e.g. {@code 12.5%}. */
    private static String percent(double share) {
        return Numbers.format(100 * share, ShootoutView.DIGITS) + "%";
    }
}
