package org.activationlab.ui.shootout;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.DoubleFunction;
import java.util.function.Function;
import java.util.function.ToDoubleFunction;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.activationlab.model.Numbers;
import org.activationlab.shootout.Comparison;
import org.activationlab.shootout.Measure;
import org.activationlab.shootout.RunResult;
import org.activationlab.shootout.ShootoutPlan;
import org.activationlab.shootout.ShootoutResult;
import org.activationlab.shootout.SummaryRow;
import org.activationlab.ui.Labels;
import org.activationlab.ui.Messages;
import org.activationlab.ui.Styles;
import org.activationlab.ui.training.RunFileChooser;

/**
 * The Shoot-out tab: the settings on the left ({@link ShootoutSettingsPane}, scrolling), below them Run and
 * Cancel with the progress; on the right, above the figures ({@link ShootoutFiguresPane}), the sortable
 * table of medians, interquartile ranges and differences from the baseline with their 95% intervals,
 * the single runs ({@link ShootoutRunsTable}), both filling as runs finish, and the verdict sentences
 * once the shoot-out has ended, scrolled to when the room above the figures is too low. The table
 * exports as CSV ({@code summary.csv}, the same file the {@code shootout} command writes).
 */
public final class ShootoutView {
    /** Significant digits of the tables' numbers, the summary's and the runs' (the CSV export has them all). */
    static final int DIGITS = 3;
    /** The settings side's width at first, in ems, and the largest share of the tab it takes. */
    private static final double CONTROLS_WIDTH_EM = 17.7;
    private static final double MAX_CONTROLS_SHARE = 0.45;
    /** The height of the verdicts' list, in ems: three to four wrapped sentences, never squeezed away (the results scroll). */
    private static final double VERDICTS_HEIGHT_EM = 5.5;
    /** The least height of the table, in ems: its titles and a few rows (or the placeholder) at any scale. */
    private static final double TABLE_MIN_HEIGHT_EM = 8;
    /** Room for the settings' vertical scroll bar, in ems. */
    private static final double SCROLL_BAR_EM = 1.2;
    /** Widths of the table's columns at first, in ems: one number, or a difference over its interval. */
    private static final double NARROW = 4.8;
    private static final double NAME = 6.1;
    private static final double NUMBER = 6;
    private static final double WIDE = 9.5;

    private final ShootoutViewModel model;
    private final RunFileChooser files;
    private final BorderPane root = new BorderPane();
    private final TableView<SummaryRow> table = new TableView<>();
    private final FittedColumns<SummaryRow> columns = new FittedColumns<>(table);
    private final ListView<String> verdicts = new ListView<>();
    private final Button run = new Button(Messages.get(ShootoutKeys.RUN));
    private final Button cancel = new Button(Messages.get(ShootoutKeys.CANCEL));
    private final Button export = new Button(Messages.get(ShootoutKeys.EXPORT));
    private final ProgressBar progress = new ProgressBar(0);
    private final Label progressText = new Label();
    private final Label differences = new Label();
    private final ShootoutFiguresPane figures;
    private final ShootoutRunsTable runs;
    private final DataFileChooser dataFiles;

    /**
     * @param model the settings and results
     * @param files asks where to save the table
     */
    public ShootoutView(ShootoutViewModel model, RunFileChooser files) {
        this(model, files, DataFileChooser.platform());
    }

    /**
     * @param model the settings and results
     * @param files asks where to save the table
     * @param dataFiles asks which CSV file to add as a task
     */
    public ShootoutView(ShootoutViewModel model, RunFileChooser files, DataFileChooser dataFiles) {
        this.model = model;
        this.files = files;
        this.dataFiles = dataFiles;
        this.figures = new ShootoutFiguresPane(model);
        runs = new ShootoutRunsTable(model, table.getSelectionModel().selectedItemProperty());
        root.setLeft(controls());
        root.setCenter(figures.under(results()));
        initListeners();
    }

    /** What opening a run of the runs table does (the main window opens it in the Training tab). */
    public void setOnOpenRun(BiConsumer<ShootoutPlan, RunResult> action) {
        runs.setOnOpen(action);
    }

    /** The node to put in the tab. */
    public Node root() {
        return root;
    }

    /** The figures beside the table: what File &gt; Export takes on this tab. */
    public ShootoutFiguresPane figures() {
        return figures;
    }

    private Node controls() {
        run.setId("shootout-run");
        cancel.setId("shootout-cancel");
        export.setId("shootout-export");
        run.setDefaultButton(true);
        run.setMinWidth(Region.USE_PREF_SIZE);
        cancel.setMinWidth(Region.USE_PREF_SIZE);
        export.setWrapText(true);
        FlowPane buttons = new FlowPane(6, 6, run, cancel);
        progress.setId("shootout-progress");
        progress.setMaxWidth(Double.MAX_VALUE);
        progressText.setId("shootout-progress-text");
        progressText.setWrapText(true);
        ShootoutSettingsPane settings = new ShootoutSettingsPane(model, dataFiles);
        settings.setPadding(new Insets(8));
        // Never narrower than the side's width at first (in ems, so it grows with the scale): in a
        // narrow window the settings scroll sideways rather than cut their texts short.
        settings.setStyle(String.format(Locale.ROOT, "-fx-min-width: %.1fem;", CONTROLS_WIDTH_EM - SCROLL_BAR_EM));
        ScrollPane scroll = new ScrollPane(settings);
        scroll.setFitToWidth(true);
        VBox running = new VBox(6, buttons, progress, progressText, export);
        running.setPadding(new Insets(8));
        BorderPane side = new BorderPane(scroll);
        side.setBottom(running);
        side.setStyle(String.format(Locale.ROOT, "-fx-pref-width: %.1fem;", CONTROLS_WIDTH_EM));
        side.setMinWidth(0);
        side.maxWidthProperty().bind(root.widthProperty().multiply(MAX_CONTROLS_SHARE));
        return side;
    }

    private Node results() {
        table.setId("shootout-table");
        table.setStyle(String.format(Locale.ROOT, "-fx-min-height: %.1fem;", TABLE_MIN_HEIGHT_EM));
        table.setPlaceholder(Labels.wrapped(Messages.get(ShootoutKeys.EMPTY)));
        columns.addAll(
                text(ShootoutKeys.COLUMN_TASK, r -> plan().tasks().get(r.task()).name()),
                text(ShootoutKeys.COLUMN_ACTIVATION, r -> ShootoutViewModel.nameOf(plan().contenders().get(r.contender()))),
                number(ShootoutKeys.COLUMN_RUNS, SummaryRow::runs, v -> Integer.toString((int) v)),
                quartiles(ShootoutKeys.COLUMN_TEST_LOSS, SummaryRow::testLoss),
                quartiles(ShootoutKeys.COLUMN_ACCURACY, SummaryRow::testAccuracy),
                number(ShootoutKeys.COLUMN_STEPS, SummaryRow::stepsToTarget, this::steps),
                difference(ShootoutKeys.COLUMN_DIFF_LOSS, Measure.TEST_LOSS),
                difference(ShootoutKeys.COLUMN_DIFF_ACCURACY, Measure.TEST_ACCURACY),
                difference(ShootoutKeys.COLUMN_DIFF_STEPS, Measure.STEPS_TO_TARGET));
        table.setItems(model.rows());
        differences.setId("shootout-differences");
        differences.getStyleClass().add(Styles.CAPTION);
        differences.setWrapText(true);
        verdicts.setId("shootout-verdicts");
        verdicts.setItems(model.verdicts());
        verdicts.setStyle(String.format(Locale.ROOT, "-fx-min-height: %.1fem; -fx-pref-height: %.1fem;",
                VERDICTS_HEIGHT_EM, VERDICTS_HEIGHT_EM));
        verdicts.setCellFactory(list -> new ListCell<>() {
            {
                prefWidthProperty().bind(list.widthProperty().subtract(20));
                setWrapText(true);
            }

            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : item);
            }
        });
        VBox.setVgrow(table, Priority.ALWAYS);
        VBox.setVgrow(runs.root(), Priority.ALWAYS);
        VBox box = new VBox(6, table, differences, runs.root(), Labels.sectionTitle(ShootoutKeys.VERDICTS), verdicts);
        box.setPadding(new Insets(8));
        // Filling the room above the figures, and scrolling when that is lower or narrower than the
        // results need (a large scale), rather than laying them over one another or cutting them off.
        ScrollPane scroll = new ScrollPane(box);
        scroll.setFitToWidth(true);
        scroll.setFitToHeight(true);
        return scroll;
    }

    private ShootoutPlan plan() {
        return model.resultProperty().get().plan();
    }

    /** The median over the interquartile range on the line below; sorts by the median. */
    private TableColumn<SummaryRow, Double> quartiles(String key, Function<SummaryRow, double[]> value) {
        TableColumn<SummaryRow, Double> column = columns.column(key, NUMBER);
        column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(value.apply(c.getValue())[1]));
        column.setComparator(Double::compare);
        column.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(Double item, boolean empty) {
                super.updateItem(item, empty);
                SummaryRow row = empty ? null : getTableRow().getItem();
                double[] q = row == null ? null : value.apply(row);
                setText(q == null || Double.isNaN(q[1]) ? null : format(q[1]) + "\n(" + format(q[2] - q[0]) + ")");
            }
        });
        column.getStyleClass().add(Styles.NUMERIC);
        return column;
    }

    private TableColumn<SummaryRow, String> text(String key, Function<SummaryRow, String> value) {
        TableColumn<SummaryRow, String> column = columns.column(key, key.equals(ShootoutKeys.COLUMN_TASK) ? NARROW : NAME);
        column.setCellValueFactory(c -> new ReadOnlyStringWrapper(value.apply(c.getValue())));
        return column;
    }

    /** A numeric column that sorts by the number and shows {@code show}'s text (empty for NaN). */
    private TableColumn<SummaryRow, Double> number(String key, ToDoubleFunction<SummaryRow> value,
                                                          DoubleFunction<String> show) {
        TableColumn<SummaryRow, Double> column = columns.column(key, key.equals(ShootoutKeys.COLUMN_RUNS) ? NARROW : NUMBER);
        column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(value.applyAsDouble(c.getValue())));
        column.setComparator(Double::compare);
        column.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(Double item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null || item.isNaN() ? null : show.apply(item));
            }
        });
        column.getStyleClass().add(Styles.NUMERIC);
        return column;
    }

    /** The median difference from the baseline with its interval, sorted by the difference; empty for the baseline. */
    private TableColumn<SummaryRow, Double> difference(String key, Measure measure) {
        TableColumn<SummaryRow, Double> column = columns.column(key, WIDE);
        column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(comparison(c.getValue(), measure)
                .map(m -> m.difference().difference()).orElse(Double.NaN)));
        column.setComparator(Double::compare);
        column.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(Double item, boolean empty) {
                super.updateItem(item, empty);
                SummaryRow row = empty ? null : getTableRow().getItem();
                setText(row == null ? null : comparison(row, measure).map(ShootoutView::interval).orElse(null));
            }
        });
        column.getStyleClass().add(Styles.NUMERIC);
        return column;
    }

    private static Optional<Comparison> comparison(SummaryRow row, Measure measure) {
        return Optional.ofNullable(row.comparisons().get(measure));
    }

    /** {@code d} over {@code [low, high]}, or {@code d} alone when there is no interval. */
    private static String interval(Comparison c) {
        String d = format(c.difference().difference());
        return c.difference().hasInterval()
                ? d + "\n[" + format(c.difference().low()) + ", " + format(c.difference().high()) + "]" : d;
    }

    private static String format(double v) {
        return Double.isNaN(v) ? "" : Numbers.format(v, DIGITS);
    }

    /** A median number of steps; {@code > N} when more than half of the runs never reached the target. */
    private String steps(double v) {
        return v == Double.POSITIVE_INFINITY ? "> " + plan().steps() : format(v);
    }

    private void initListeners() {
        run.disableProperty().bind(Bindings.createBooleanBinding(() -> model.isBusy() || !model.getState().runnable(),
                model.busyProperty(), model.stateProperty()));
        cancel.disableProperty().bind(model.busyProperty().not());
        export.disableProperty().bind(Bindings.createBooleanBinding(() -> model.isBusy() || model.rows().isEmpty(),
                model.busyProperty(), model.rows()));
        progress.progressProperty().bind(model.progressProperty());
        progressText.textProperty().bind(model.progressTextProperty());
        differences.textProperty().bind(Bindings.createStringBinding(() -> {
            ShootoutResult r = model.resultProperty().get();
            return r == null ? "" : Messages.format(ShootoutKeys.DIFFERENCES,
                    ShootoutViewModel.nameOf(r.plan().baselineContender()));
        }, model.resultProperty()));
        run.setOnAction(e -> model.run());
        cancel.setOnAction(e -> model.cancel());
        export.setOnAction(e -> files.choose(root.getScene() == null ? null : root.getScene().getWindow(),
                "summary.csv", List.of("*.csv")).ifPresent(this::exportTo));
    }

    private void exportTo(Path file) {
        String name = file.getFileName().toString();
        model.exportSummary(name.toLowerCase(Locale.ROOT).endsWith(".csv") ? file : file.resolveSibling(name + ".csv"));
    }
}
