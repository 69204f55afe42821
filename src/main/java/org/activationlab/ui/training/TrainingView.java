package org.activationlab.ui.training;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import javafx.animation.AnimationTimer;
import javafx.beans.value.ObservableBooleanValue;
import javafx.application.Platform;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.RowConstraints;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.activationlab.export.ExportException;
import org.activationlab.model.ActivationSpec;
import org.activationlab.nn.MetricsHistory;
import org.activationlab.nn.TrainingSnapshot;
import org.activationlab.plot.Figure;
import org.activationlab.ui.FigureCanvas;
import org.activationlab.ui.Messages;
import org.activationlab.ui.library.ActivationChoice;
import org.activationlab.ui.library.ActivationChoices;
import org.activationlab.ui.library.ActivationPicker;
import org.activationlab.ui.Styles;
import org.activationlab.ui.export.FigureSource;
import org.activationlab.ui.export.VisibleFigure;
import org.activationlab.ui.presentation.ControlsVisibility;
import org.activationlab.ui.presentation.Presentable;
import org.activationlab.ui.studies.FigureBoard;
import org.activationlab.ui.WhileInScene;
import org.activationlab.ui.controls.ShownAs;
import org.activationlab.ui.controls.ShownValueWidthSkin;
import org.activationlab.ui.controls.SideColumn;

/**
 * The Training tab: the transport bar (play, step, reset, seed, speed, scenarios, compare, and
 * the run's exports: animated GIF, metrics CSV, weights JSON), the
 * divergence banner and scenario explanation, the settings on the left and four live views:
 * the prediction, the network diagram, the pre-activation histograms over f and f', and the
 * training history. The view renders the view model's {@link TrainingState} and its
 * {@link TrainingFigures} and sends intents. An {@link AnimationTimer} polls the view model once
 * per frame while no figures of an earlier snapshot are still being built (by the view model) or
 * drawn (by the canvases, in the background), so the JavaFX thread neither builds figures nor
 * trains, and no figures are made that would never be seen.
 * File &gt; Export and Edit &gt; Copy Image take the figure last clicked (see {@link FigureBoard}).
 * With the controls hidden only the views, play, step, reset and the step counter stay.
 */
public final class TrainingView implements FigureSource, Presentable {
    static final String BANNER = "divergence-banner";
    static final String EXPLANATION = "preset-explanation";
    /** The settings panel's style class: its width is in em, so it grows with View &gt; Scale. */
    static final String CONTROLS = "training-controls";
    /**
     * The most of the tab's width the settings panel takes beside the views, unless its settings
     * need more; where the views would then get less than their least width (a large View &gt;
     * Scale, or beside the lessons panel), the settings go under the views ({@link SideColumn}).
     */
    private static final double MAX_CONTROLS_SHARE = 0.45;
    /** The activation compare mode starts with, against the panel's own (ReLU by default). */
    private static final String DEFAULT_COMPARISON = "leaky_relu";

    private final TrainingViewModel model;
    private final RunFileChooser files;
    private final BorderPane root = new BorderPane();
    private final Button play = new Button();
    private final Button step1 = new Button(Messages.format(TrainingKeys.STEP, "1"));
    private final Button step10 = new Button(Messages.format(TrainingKeys.STEP, "10"));
    private final Button step100 = new Button(Messages.format(TrainingKeys.STEP, "100"));
    private final Button reset = new Button(Messages.get(TrainingKeys.RESET));
    private final Button newSeed = new Button(Messages.get(TrainingKeys.NEW_SEED));
    private final ComboBox<Integer> speed = new ComboBox<>();
    private final Label stepCounter = new Label();
    private final MenuButton presets = new MenuButton(Messages.get(TrainingKeys.PRESETS));
    private final MenuButton export = new MenuButton(Messages.get(TrainingKeys.EXPORT));
    private final Label banner = new Label();
    private final Label explanation = new Label();
    private final FigureBoard board = new FigureBoard();
    private StackPane surfaceFrame;
    private StackPane preActivationsFrame;
    private StackPane historyFrame;
    private StackPane comparisonSurfaceFrame;
    private StackPane comparisonPreActivationsFrame;
    private final NetworkDiagram diagram = new NetworkDiagram();
    private final CheckBox compare = new CheckBox(Messages.get(TrainingKeys.COMPARE));
    private final ActivationPicker comparePicker = new ActivationPicker(ActivationChoices.layers().list(),
            ActivationSpec.of(DEFAULT_COMPARISON), this::pickComparison);
    private final ComboBox<ActivationChoice> compareWith = ShownValueWidthSkin.install(comparePicker.comboBox());
    private final GridPane grid = new GridPane();
    private final ControlsVisibility secondary = new ControlsVisibility();
    private final AnimationTimer timer = new AnimationTimer() {
        @Override
        public void handle(long now) {
            if (!board.isBusy() && !model.isBuilding()) {
                model.poll();
            }
        }
    };

    /** The tab on {@code model}, saving the run's files where the platform's save dialog says. */
    public TrainingView(TrainingViewModel model) {
        this(model, new NativeRunFileChooser());
    }

    /** The tab on {@code model}, asking {@code files} where to save the run's files. */
    public TrainingView(TrainingViewModel model, RunFileChooser files) {
        this.model = model;
        this.files = files;
        createView();
        initListeners();
    }

    /** The node to put in the tab. */
    public Parent root() {
        return root;
    }

    /** Starts following the training thread. */
    public void start() {
        timer.start();
    }

    /** Stops following it. */
    public void stop() {
        timer.stop();
    }

    /** The figure last clicked (the prediction at first), exactly as shown, for File &gt; Export. */
    @Override
    public Optional<VisibleFigure> currentFigure() {
        return board.currentFigure();
    }

    @Override
    public ObservableBooleanValue figureAvailable() {
        return board.figureAvailable();
    }

    /** The board holding the four views' figures. */
    public FigureBoard board() {
        return board;
    }

    @Override
    public void setControlsHidden(boolean hidden) {
        secondary.setControlsHidden(hidden);
    }

    /**
     * A framed canvas for the figure {@code which} of the view model's figures on the board, drawn
     * in the background as it changes every frame; the canvas gets {@code id} and the text of
     * {@code descriptionKey}.
     */
    private StackPane frame(Function<TrainingFigures, Figure> which, String id, String descriptionKey) {
        StackPane frame = board.add(WhileInScene.of(root, model.figuresProperty()).map(which), () -> null,
                Messages.get(descriptionKey));
        FigureCanvas canvas = (FigureCanvas) frame.getChildren().get(0);
        canvas.setId(id);
        canvas.setDrawInBackground(true);
        return frame;
    }

    private void createView() {
        surfaceFrame = frame(TrainingFigures::surface, "training-surface", TrainingKeys.VIEW_PREDICTION);
        preActivationsFrame = frame(TrainingFigures::preActivations, "training-preactivations",
                TrainingKeys.VIEW_PRE_ACTIVATIONS);
        historyFrame = frame(TrainingFigures::history, "training-history", TrainingKeys.VIEW_HISTORY);
        comparisonSurfaceFrame = frame(TrainingFigures::comparisonSurface, "training-comparison-surface",
                TrainingKeys.VIEW_COMPARED_PREDICTION);
        comparisonPreActivationsFrame = frame(TrainingFigures::comparisonPreActivations,
                "training-comparison-preactivations", TrainingKeys.VIEW_COMPARED_PRE_ACTIVATIONS);
        root.getStyleClass().add("training-view");
        play.setId("training-play");
        step1.setId("training-step-1");
        step10.setId("training-step-10");
        step100.setId("training-step-100");
        reset.setId("training-reset");
        newSeed.setId("training-new-seed");
        speed.setId("training-speed");
        stepCounter.setId("training-step-counter");
        presets.setId("training-presets");
        export.setId("training-export");
        reset.setTooltip(new Tooltip(Messages.get(TrainingKeys.RESET_HELP)));
        speed.getItems().setAll(TrainingState.SPEEDS);
        speed.setConverter(ShownAs.<Integer>names(value -> value == TrainingRunner.MAX_SPEED
                ? Messages.get(TrainingKeys.SPEED_MAX) : Integer.toString(value)));
        stepCounter.getStyleClass().add(Styles.NUMERIC);
        stepCounter.setMinWidth(90);
        for (TrainingPreset p : TrainingPreset.values()) {
            MenuItem item = new MenuItem(Messages.get(p.textKey()));
            item.setOnAction(e -> model.applyPreset(p));
            presets.getItems().add(item);
        }
        export.getItems().addAll(gifItem(), fileItem(TrainingKeys.EXPORT_METRICS, "metrics.csv", () -> {
            RunReplay run = model.replay();
            return file -> TrainingExports.writeMetrics(run, file);
        }), fileItem(TrainingKeys.EXPORT_WEIGHTS, "weights.json", () -> {
            TrainingSnapshot s = model.getSnapshot();
            return file -> TrainingExports.writeWeights(s, file);
        }));
        compare.setId("training-compare");
        compareWith.setId("training-compare-with");
        model.getState().comparison().ifPresent(comparePicker::show);
        Label speedLabel = new Label(Messages.get(TrainingKeys.SPEED));
        FlowPane bar = new FlowPane(6, 4, play, step1, step10, step100, reset, newSeed, speedLabel,
                speed, stepCounter, presets, compare, compareWith, export);
        secondary.add(step10, step100, newSeed, speedLabel, speed, presets, compare, compareWith, export);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setRowValignment(javafx.geometry.VPos.CENTER);
        bar.setPadding(new Insets(6, 8, 4, 8));
        banner.getStyleClass().addAll(BANNER, Styles.ERROR_MESSAGE);
        banner.setId("training-banner");
        banner.setWrapText(true);
        explanation.getStyleClass().addAll(EXPLANATION, Styles.CAPTION);
        explanation.setId("training-explanation");
        explanation.setWrapText(true);
        VBox top = new VBox(2, bar, banner, explanation);
        top.setPadding(new Insets(0, 8, 4, 8));
        root.setTop(top);
        TrainingControls form = new TrainingControls(model);
        form.setMinWidth(Region.USE_PREF_SIZE);
        ScrollPane controls = new ScrollPane(form);
        controls.setFitToWidth(true);
        controls.getStyleClass().add(CONTROLS);
        secondary.add(controls);
        SideColumn body = new SideColumn(controls, views());
        body.setMaxShare(MAX_CONTROLS_SHARE);
        root.setCenter(body);
    }

    /** Compares with {@code picked} if comparing, else shows it as the function a tick of Compare will compare with. */
    private void pickComparison(ActivationSpec picked) {
        if (compare.isSelected()) {
            model.compareWith(picked);
        } else {
            comparePicker.show(picked);
        }
    }

    private GridPane views() {
        grid.setHgap(6);
        grid.setVgap(6);
        grid.setPadding(new Insets(4, 8, 8, 4));
        grid.add(surfaceFrame, 0, 0);
        grid.add(preActivationsFrame, 0, 1);
        for (int i = 0; i < 2; i++) {
            ColumnConstraints c = new ColumnConstraints();
            c.setPercentWidth(50);
            c.setHgrow(Priority.ALWAYS);
            grid.getColumnConstraints().add(c);
            RowConstraints r = new RowConstraints();
            r.setPercentHeight(50);
            r.setVgrow(Priority.ALWAYS);
            grid.getRowConstraints().add(r);
        }
        for (Node n : List.of(surfaceFrame, diagram, preActivationsFrame, historyFrame, comparisonSurfaceFrame,
                comparisonPreActivationsFrame)) {
            GridPane.setHgrow(n, Priority.ALWAYS);
            GridPane.setVgrow(n, Priority.ALWAYS);
        }
        diagram.setId("training-diagram");
        return grid;
    }

    private void initListeners() {
        play.setOnAction(e -> model.togglePlaying());
        step1.setOnAction(e -> model.step(1));
        step10.setOnAction(e -> model.step(10));
        step100.setOnAction(e -> model.step(100));
        reset.setOnAction(e -> model.reset());
        newSeed.setOnAction(e -> model.newSeed());
        speed.valueProperty().addListener((obs, old, now) -> model.setSpeed(now));
        compare.selectedProperty().addListener((obs, old, now) -> model.compareWith(now
                ? compareWith.getValue().spec() : null));
        WhileInScene.of(root, model.stateProperty()).addListener((obs, old, now) -> show(now));
        show(model.getState());
        WhileInScene.of(root, model.figuresProperty()).addListener((obs, old, now) -> showDiagram(now));
        showDiagram(model.getFigures());
        WhileInScene.of(root, model.playingProperty()).addListener((obs, old, now) -> showPlaying(now));
        showPlaying(model.isPlaying());
        stepCounter.textProperty().bind(model.stepProperty().asString(Messages.get(TrainingKeys.STEP_COUNTER)
                .replace("{0}", "%d")));
        banner.textProperty().bind(model.divergenceProperty());
        banner.visibleProperty().bind(model.divergenceProperty().isNotEmpty());
        banner.managedProperty().bind(banner.visibleProperty());
        explanation.visibleProperty().bind(explanation.textProperty().isNotEmpty());
        explanation.managedProperty().bind(explanation.visibleProperty());
    }

    private void showPlaying(boolean playing) {
        play.setText(Messages.get(playing ? TrainingKeys.PAUSE : TrainingKeys.PLAY));
    }

    /**
     * Shows {@code state}'s speed, scenario explanation and compared activation, and the compared
     * network's views in place of the diagram and history when comparing (or those back when not).
     */
    private void show(TrainingState state) {
        speed.setValue(state.speed());
        explanation.setText(model.getPreset().map(p -> Messages.get(p.textKey()) + ": "
                + Messages.get(p.explanationKey())).orElse(""));
        state.comparison().ifPresent(comparePicker::show);
        compare.setSelected(state.comparison().isPresent());
        boolean comparing = state.comparison().isPresent();
        if (grid.getChildren().contains(comparing ? comparisonSurfaceFrame : diagram)) {
            return;
        }
        grid.getChildren().removeAll(diagram, historyFrame, comparisonSurfaceFrame, comparisonPreActivationsFrame);
        if (!comparing) {
            grid.add(diagram, 1, 0);
            grid.add(historyFrame, 1, 1);
            board.select(0);
        } else {
            grid.add(comparisonSurfaceFrame, 1, 0);
            grid.add(comparisonPreActivationsFrame, 1, 1);
        }
    }

    /** Shows the run of {@code figures} in the network diagram, which compare mode does not show. */
    private void showDiagram(TrainingFigures figures) {
        if (figures != null && !figures.comparing()) {
            diagram.show(figures.snapshot());
        }
    }

    /** What writes one kind of file of the run as it was when asked for. */
    @FunctionalInterface
    private interface FileWriter {
        void write(Path file) throws ExportException;
    }

    /** A menu item that asks for a file, takes what to write from {@code now} and writes it in the background. */
    private MenuItem fileItem(String key, String suggestedName, java.util.function.Supplier<FileWriter> now) {
        MenuItem item = new MenuItem(Messages.get(key));
        String extension = suggestedName.substring(suggestedName.lastIndexOf('.'));
        item.setOnAction(e -> chooseFile(suggestedName, List.of("*" + extension)).ifPresent(file -> {
            FileWriter writer = now.get();
            inBackground(file, () -> writer.write(file));
        }));
        return item;
    }

    private MenuItem gifItem() {
        MenuItem item = new MenuItem(Messages.get(TrainingKeys.EXPORT_GIF));
        item.setOnAction(e -> GifDialog.ask(window()).ifPresent(settings -> chooseFile("training.gif", List.of("*.gif"))
                .ifPresent(file -> exportGif(file, settings))));
        return item;
    }

    /**
     * Writes the recorded run as a GIF of the chosen view or the whole board, at most the chosen
     * number of frames, in the background (network diagram pictures are taken on this thread first).
     */
    CompletableFuture<Void> exportGif(Path file, GifSettings settings) {
        List<TrainingSnapshot> snapshots = model.recordedFrames(settings.frames());
        MetricsHistory history = model.getSnapshot().history();
        GifPanel panel = settings.panel();
        CompletableFuture<List<BufferedImage>> diagrams = panel.showsDiagram()
                ? DiagramPictures.take(snapshots, RunFrames.diagramSize(panel),
                        root.getScene() == null ? List.of() : root.getScene().getStylesheets())
                : CompletableFuture.completedFuture(List.of());
        diagrams.exceptionally(failure -> {
            model.showStatus(Messages.format(TrainingKeys.EXPORT_FAILED, failure.getMessage()));
            return null;
        });
        return diagrams.thenCompose(pictures -> inBackground(file, () -> TrainingExports.writeGif(panel, snapshots,
                pictures, history, file, Duration.ofMillis(settings.intervalMs()))));
    }

    private javafx.stage.Window window() {
        return root.getScene() == null ? null : root.getScene().getWindow();
    }

    private Optional<Path> chooseFile(String suggestedName, List<String> patterns) {
        return files.choose(window(), suggestedName, patterns);
    }

    /** What an export does; may throw. */
    @FunctionalInterface
    private interface ExportJob {
        void run() throws ExportException;
    }

    private CompletableFuture<Void> inBackground(Path file, ExportJob job) {
        return CompletableFuture.runAsync(() -> {
            try {
                job.run();
                Platform.runLater(() -> model.showStatus(Messages.format(TrainingKeys.EXPORTED, file.toString())));
            } catch (ExportException e) {
                Platform.runLater(() -> model.showStatus(Messages.format(TrainingKeys.EXPORT_FAILED, e.getMessage())));
                throw new java.util.concurrent.CompletionException(e);
            }
        }, model.exportThread());
    }
}
