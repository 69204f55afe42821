package org.activationlab.ui.shootout;

import java.util.List;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.activationlab.plot.Figure;
import org.activationlab.plot.shootout.ShootoutFigure;
import org.activationlab.plot.shootout.ShootoutFigures;
import org.activationlab.shootout.ShootoutResult;
import org.activationlab.shootout.ShootoutTask;
import org.activationlab.ui.BackgroundBuild;
import org.activationlab.ui.Labels;
import org.activationlab.ui.Messages;
import org.activationlab.ui.controls.ShownAs;
import org.activationlab.ui.controls.ShownValueWidthSkin;
import org.activationlab.ui.controls.WholeItemsSplitPane;
import org.activationlab.ui.problems.ProblemSource;
import org.activationlab.ui.studies.BoardView;
import org.activationlab.ui.studies.FigureBoard;

/**
 * The Shoot-out tab's figures ({@link ShootoutFigures}): for the chosen task, the distribution of the
 * chosen measure per activation (a box plot with a point per run) or the median loss curves with their
 * interquartile bands. They are built off the JavaFX thread ({@link BackgroundBuild}) from the view
 * model's result, so they grow as runs finish. The figure shown is what File &gt; Export and Edit &gt;
 * Copy Image take ({@link BoardView}).
 */
public final class ShootoutFiguresPane implements BoardView {
    /** The share of the height the results above the figures start with. */
    private static final double RESULTS_SHARE = 0.5;

    /** What a figure is built from: immutable, it crosses to the worker. */
    private record Request(ShootoutResult result, int task, ShootoutFigure figure) {
    }

    private final ShootoutViewModel model;
    private final FigureBoard board = new FigureBoard();
    private final ReadOnlyObjectWrapper<Figure> figure = new ReadOnlyObjectWrapper<>(this, "figure");
    private final BackgroundBuild<Request, Figure> build = new BackgroundBuild<>("shootout-figures",
            ProblemSource.FIGURE, ShootoutFiguresPane::build, figure::set);
    private final ComboBox<ShootoutTask> task = ShownValueWidthSkin.install(new ComboBox<>());
    private final ComboBox<ShootoutFigure> kind = ShownValueWidthSkin.install(new ComboBox<>());
    private final Label taskLabel = new Label(Messages.get(ShootoutKeys.FIGURES_TASK));
    private final VBox root;

    public ShootoutFiguresPane(ShootoutViewModel model) {
        this.model = model;
        task.setId("shootout-figure-task");
        task.setConverter(ShownAs.names(ShootoutTask::name));
        kind.setId("shootout-figure-kind");
        kind.setItems(FXCollections.observableArrayList(ShootoutFigure.values()));
        kind.setValue(ShootoutFigure.TEST_LOSS);
        Label kindLabel = new Label(Messages.get(ShootoutKeys.FIGURES_FIGURE));
        taskLabel.setMinWidth(Region.USE_PREF_SIZE);
        kindLabel.setMinWidth(Region.USE_PREF_SIZE);
        FlowPane choosers = new FlowPane(8, 4, taskLabel, task, kindLabel, kind);
        choosers.setAlignment(Pos.CENTER_LEFT);
        StackPane frame = board.add(figure.getReadOnlyProperty(), () -> null,
                Messages.get(ShootoutKeys.FIGURES_DESCRIPTION));
        frame.setId("shootout-figure");
        Label empty = Labels.wrapped(Messages.get(ShootoutKeys.FIGURES_EMPTY));
        empty.visibleProperty().bind(figure.isNull());
        StackPane shown = new StackPane(frame, empty);
        VBox.setVgrow(shown, Priority.ALWAYS);
        root = new VBox(6, choosers, shown);
        root.setPadding(new Insets(8));
        initListeners();
        showTasks(model.resultProperty().get());
    }

    /** The node to put in the tab. */
    public Node root() {
        return root;
    }

    /** {@code results} above these figures, the divider between them movable. */
    public Node under(Node results) {
        SplitPane split = new WholeItemsSplitPane(results, root);
        split.setOrientation(Orientation.VERTICAL);
        split.setDividerPositions(RESULTS_SHARE);
        return split;
    }

    /** Whether a figure is still being built or drawn (tests wait for this to clear). */
    public boolean isBuilding() {
        return build.isBusy() || board.isBusy();
    }

    /** The figure shown, or null before the first run. */
    public ReadOnlyObjectProperty<Figure> figureProperty() {
        return figure.getReadOnlyProperty();
    }

    @Override
    public FigureBoard board() {
        return board;
    }

    private void initListeners() {
        model.resultProperty().addListener((obs, old, now) -> {
            if (now != null && (old == null || !old.plan().tasks().equals(now.plan().tasks()))) {
                showTasks(now);
            }
            request();
        });
        task.valueProperty().addListener((obs, old, now) -> {
            showKinds(now);
            request();
        });
        kind.valueProperty().addListener((obs, old, now) -> request());
    }

    /** The tasks of {@code result}'s plan in the chooser, which only shows when there are several. */
    private void showTasks(ShootoutResult result) {
        List<ShootoutTask> tasks = result == null ? List.of() : result.plan().tasks();
        ShootoutTask chosen = task.getValue();
        task.getItems().setAll(tasks);
        task.setValue(chosen != null && tasks.contains(chosen) ? chosen : tasks.isEmpty() ? null : tasks.get(0));
        boolean several = tasks.size() > 1;
        task.setVisible(several);
        task.setManaged(several);
        taskLabel.setVisible(several);
        taskLabel.setManaged(several);
    }

    /** The figures that apply to {@code chosen} (accuracies need classification), keeping the one shown when it does. */
    private void showKinds(ShootoutTask chosen) {
        List<ShootoutFigure> kinds = chosen == null ? List.of(ShootoutFigure.values()) : ShootoutFigure.of(chosen.type());
        ShootoutFigure shown = kind.getValue();
        if (!kind.getItems().equals(kinds)) {
            kind.getItems().setAll(kinds);
            kind.setValue(kinds.contains(shown) ? shown : kinds.get(0));
        }
    }

    private void request() {
        ShootoutResult result = model.resultProperty().get();
        ShootoutTask chosen = task.getValue();
        if (result == null || chosen == null || kind.getValue() == null || result.runs().isEmpty()) {
            return;
        }
        int index = result.plan().tasks().indexOf(chosen);
        if (index >= 0) {
            build.request(new Request(result, index, kind.getValue()));
        }
    }

    private static Figure build(Request r) {
        return r.figure().isDistribution()
                ? ShootoutFigures.distribution(r.result(), r.task(), r.figure(), ShootoutViewModel::nameOf)
                : ShootoutFigures.curves(r.result(), r.task(), ShootoutViewModel::nameOf);
    }
}
