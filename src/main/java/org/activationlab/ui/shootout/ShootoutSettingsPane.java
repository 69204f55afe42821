package org.activationlab.ui.shootout;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.IntFunction;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.Spinner;
import javafx.scene.control.TitledPane;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.activationlab.model.ActivationSpec;
import org.activationlab.model.GatedSpec;
import org.activationlab.model.InvalidParameterException;
import org.activationlab.model.Numbers;
import org.activationlab.nn.Initializer;
import org.activationlab.nn.NetworkSpec;
import org.activationlab.nn.OptimizerKind;
import org.activationlab.nn.ParameterMatch;
import org.activationlab.nn.Task;
import org.activationlab.shootout.Contender;
import org.activationlab.shootout.ShootoutTask;
import org.activationlab.ui.Labels;
import org.activationlab.ui.Messages;
import org.activationlab.ui.Styles;
import org.activationlab.ui.controls.ParameterPanel;
import org.activationlab.ui.controls.WholeNumberSpinners;
import org.activationlab.ui.library.ActivationChoice;
import org.activationlab.ui.library.ActivationChoices;
import org.activationlab.ui.library.ActivationPicker;
import org.activationlab.ui.training.TrainingKeys;
import org.activationlab.ui.controls.ShownAs;

/**
 * The Shoot-out tab's choices, a view of the model's {@link ShootoutState}: the contenders (any
 * function a network's layer can use, picked as in the other tabs, each catalogue function or
 * formula with its parameters editable and a button that removes it), the tasks (built-in ones, and
 * CSV files added with a file dialog, each listed with its points and a button that removes it), the
 * network (with "equal parameter count", which shrinks the gated units), the initialiser (each activation's
 * default or one for all), optimiser, batch, steps and seeds, one learning rate or a grid of rates
 * to tune over (with the note why a fair comparison tunes it), the baseline and the target accuracy.
 * Each control sends its change to the model; the pane shows the model's state whenever it changes.
 */
public final class ShootoutSettingsPane extends VBox {
    private final ShootoutViewModel model;
    private final VBox contenders = new VBox(6);
    private final ActivationPicker picker;
    private final Button add = new Button(Messages.get(ShootoutKeys.ADD));
    private final List<CheckBox> taskBoxes = new ArrayList<>();
    private final DataFileChooser fileChooser;
    private final VBox fileRows = new VBox(4);
    private final Button addFile = new Button(Messages.get(ShootoutKeys.FILE_ADD));
    private final Label fileMessage = new Label();
    /** The files the rows show, to rebuild them only when the files change. */
    private List<TaskFile> filesShown = List.of();
    private final Spinner<Integer> layers;
    private final Spinner<Integer> units;
    private final CheckBox matchParameters = new CheckBox(Messages.get(ShootoutKeys.MATCH_PARAMETERS));
    private final Label matched = new Label();
    private final ComboBox<Optional<Initializer>> initializer = new ComboBox<>();
    private final ComboBox<OptimizerKind> optimizer = new ComboBox<>();
    private final ComboBox<Integer> batch = new ComboBox<>();
    private final Spinner<Integer> steps;
    private final Spinner<Integer> seeds;
    private final RadioButton oneRate = new RadioButton(Messages.get(ShootoutKeys.ONE_RATE));
    private final RadioButton tuneRate = new RadioButton(Messages.get(ShootoutKeys.TUNE_RATE));
    private final ComboBox<Double> rate = new ComboBox<>();
    private final List<CheckBox> gridBoxes = new ArrayList<>();
    private final ComboBox<ActivationSpec> baseline = new ComboBox<>();
    private final ComboBox<Double> target = new ComboBox<>();
    /** Per contender row shown, its parameter panel, empty for a function without parameters. */
    private final List<Optional<ParameterPanel>> parameterPanels = new ArrayList<>();
    /** The kind and name of each contender row shown: a parameter edit alone does not rebuild the rows. */
    private List<String> rowsShown = List.of();
    private ActivationSpec toAdd;
    /** True while the controls are set from the state, so that they send nothing back. */
    private boolean showing;

    /** A pane that shows and changes {@code model}'s settings, asking for CSV files with the platform's dialog. */
    public ShootoutSettingsPane(ShootoutViewModel model) {
        this(model, DataFileChooser.platform());
    }

    /** A pane that shows and changes {@code model}'s settings, asking {@code fileChooser} which CSV file to add. */
    public ShootoutSettingsPane(ShootoutViewModel model, DataFileChooser fileChooser) {
        super(6);
        this.model = Objects.requireNonNull(model, "model");
        this.fileChooser = Objects.requireNonNull(fileChooser, "fileChooser");
        ShootoutState s = model.getState();
        toAdd = ActivationSpec.of("gelu");
        picker = new ActivationPicker(ActivationChoices.layers().list(), toAdd, this::pickToAdd);
        layers = spinner("shootout-layers", 1, ShootoutState.MAX_LAYERS, s.layers(), 1, v -> st -> st.withLayers(v));
        units = spinner("shootout-units", 1, ShootoutState.MAX_UNITS, s.units(), 1, v -> st -> st.withUnits(v));
        steps = spinner("shootout-steps", 1, ShootoutState.MAX_STEPS, s.steps(), 100, v -> st -> st.withSteps(v));
        seeds = spinner("shootout-seeds", 1, ShootoutState.MAX_SEEDS, s.seeds(), 1, v -> st -> st.withSeeds(v));
        createView();
        initListeners();
        show(s);
    }

    private void createView() {
        ComboBox<ActivationChoice> box = picker.comboBox();
        box.setId("shootout-add-activation");
        add.setId("shootout-add");
        HBox.setHgrow(box, Priority.ALWAYS);
        box.setMaxWidth(Double.MAX_VALUE);
        add.setMinWidth(Control.USE_PREF_SIZE);
        HBox adding = new HBox(6, box, add);

        FlowPane tasks = new FlowPane(8, 4);
        for (Task task : Task.values()) {
            CheckBox check = new CheckBox(task.cliName());
            check.setMnemonicParsing(false);
            check.setId("shootout-task-" + task.cliName());
            check.selectedProperty().addListener((obs, was, now) -> send(st -> st.withTask(task, now)));
            taskBoxes.add(check);
            tasks.getChildren().add(check);
        }
        fileRows.setId("shootout-files");
        addFile.setId("shootout-add-file");
        addFile.setMinWidth(Control.USE_PREF_SIZE);
        addFile.setTooltip(new Tooltip(Messages.get(ShootoutKeys.FILE_ADD_HELP)));
        fileMessage.setId("shootout-file-message");
        fileMessage.setWrapText(true);
        addFile.disableProperty().bind(model.readingFileProperty());
        showFileMessage("", true);

        matchParameters.setId("shootout-match-parameters");
        matchParameters.setWrapText(true);
        matchParameters.setTooltip(new Tooltip(Messages.get(ShootoutKeys.MATCH_PARAMETERS_HELP)));
        matched.setId("shootout-matched");
        matched.getStyleClass().add(Styles.CAPTION);
        matched.setWrapText(true);
        GridPane network = grid();
        network.addRow(0, new Label(Messages.get(ShootoutKeys.LAYERS)), layers);
        network.addRow(1, new Label(Messages.get(ShootoutKeys.UNITS)), units);

        initializer.setId("shootout-initializer");
        initializer.getItems().add(Optional.empty());
        ShootoutState.INITIALIZERS.forEach(i -> initializer.getItems().add(Optional.of(i)));
        initializer.setConverter(ShownAs.names(i -> i.map(Initializer::toString)
                .orElseGet(() -> Messages.get(ShootoutKeys.INITIALIZER_DEFAULT))));
        initializer.setTooltip(new Tooltip(Messages.get(ShootoutKeys.INITIALIZER_HELP)));
        optimizer.setId("shootout-optimizer");
        optimizer.getItems().setAll(OptimizerKind.values());
        optimizer.setConverter(ShownAs.names(OptimizerKind::cliName));
        batch.setId("shootout-batch");
        batch.getItems().setAll(ShootoutState.BATCHES);
        batch.setConverter(ShownAs.names(b -> b == 0 ? Messages.get(TrainingKeys.FULL_BATCH) : Integer.toString(b)));
        GridPane training = grid();
        training.addRow(0, new Label(Messages.get(ShootoutKeys.INITIALIZER)), initializer);
        training.addRow(1, new Label(Messages.get(ShootoutKeys.OPTIMIZER)), optimizer);
        training.addRow(2, new Label(Messages.get(ShootoutKeys.BATCH)), batch);
        training.addRow(3, new Label(Messages.get(ShootoutKeys.STEPS)), steps);
        training.addRow(4, new Label(Messages.get(ShootoutKeys.SEEDS)), seeds);

        ToggleGroup rates = new ToggleGroup();
        oneRate.setToggleGroup(rates);
        tuneRate.setToggleGroup(rates);
        oneRate.setId("shootout-one-rate");
        tuneRate.setId("shootout-tune-rate");
        tuneRate.setWrapText(true);
        rate.setId("shootout-rate");
        rate.getItems().setAll(ShootoutState.RATES);
        rate.setConverter(ShownAs.names(Numbers::format));
        FlowPane grid = new FlowPane(8, 4);
        grid.setId("shootout-rate-grid");
        for (double r : ShootoutState.RATES) {
            CheckBox check = new CheckBox(Numbers.format(r));
            check.setMnemonicParsing(false);
            check.setId("shootout-grid-" + Numbers.format(r).replace('.', '_'));
            check.selectedProperty().addListener((obs, was, now) -> send(st -> st.withGridRate(r, now)));
            gridBoxes.add(check);
            grid.getChildren().add(check);
        }
        HBox one = new HBox(8, oneRate, rate);
        oneRate.setMinWidth(Control.USE_PREF_SIZE);
        Label note = Labels.caption(ShootoutKeys.FAIR_NOTE);
        note.setId("shootout-fair-note");

        baseline.setId("shootout-baseline");
        baseline.setConverter(ShownAs.names(ActivationSpec::displayNameWithParameters));
        target.setId("shootout-target");
        target.getItems().setAll(ShootoutState.TARGETS);
        target.setConverter(ShownAs.names(Numbers::format));
        GridPane comparison = grid();
        comparison.addRow(0, new Label(Messages.get(ShootoutKeys.BASELINE)), baseline);
        comparison.addRow(1, new Label(Messages.get(ShootoutKeys.TARGET)), target);

        fill(network, training, comparison);
        getChildren().addAll(Labels.sectionTitle(ShootoutKeys.ACTIVATIONS), contenders, adding,
                Labels.sectionTitle(ShootoutKeys.TASKS), tasks, fileRows, addFile, fileMessage,
                Labels.sectionTitle(ShootoutKeys.NETWORK), network, matchParameters, matched,
                Labels.sectionTitle(ShootoutKeys.TRAINING), training,
                Labels.sectionTitle(ShootoutKeys.RATE), one, tuneRate, grid, note,
                Labels.sectionTitle(ShootoutKeys.COMPARISON), comparison);
    }

    /** A grid of two equal columns, a label and its control in each row. */
    private static GridPane grid() {
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(6);
        ColumnConstraints half = new ColumnConstraints();
        half.setPercentWidth(50);
        grid.getColumnConstraints().addAll(half, half);
        return grid;
    }

    /** Lets the labels of {@code grids} wrap and their controls fill their column. */
    private static void fill(GridPane... grids) {
        for (GridPane grid : grids) {
            grid.getChildren().forEach(n -> {
                if (n instanceof Label label) {
                    label.setWrapText(true);
                } else if (n instanceof Control control) {
                    control.setMaxWidth(Double.MAX_VALUE);
                }
            });
        }
    }

    private void initListeners() {
        model.stateProperty().addListener((obs, old, now) -> show(now));
        add.setOnAction(e -> send(st -> st.withActivationAdded(toAdd)));
        addFile.setOnAction(e -> fileChooser.choose(getScene() == null ? null : getScene().getWindow())
                .ifPresent(this::addFile));
        matchParameters.selectedProperty().addListener((obs, was, now) -> send(st -> st.withMatchParameters(now)));
        initializer.valueProperty().addListener((obs, old, now) -> {
            if (now != null) {
                send(st -> st.withInitializer(now));
            }
        });
        optimizer.valueProperty().addListener((obs, old, now) -> {
            if (now != null) {
                send(st -> st.withOptimizer(now));
            }
        });
        batch.valueProperty().addListener((obs, old, now) -> {
            if (now != null) {
                send(st -> st.withBatch(now));
            }
        });
        tuneRate.selectedProperty().addListener((obs, was, now) -> send(st -> st.withTuneRate(now)));
        rate.valueProperty().addListener((obs, old, now) -> {
            if (now != null) {
                send(st -> st.withLearningRate(now));
            }
        });
        baseline.valueProperty().addListener((obs, old, now) -> {
            if (now != null) {
                send(st -> st.withBaseline(now));
            }
        });
        target.valueProperty().addListener((obs, old, now) -> {
            if (now != null) {
                send(st -> st.withTargetAccuracy(now));
            }
        });
    }

    /**
     * Reads {@code path} in the background, saying so under the button, and adds it to the tasks, or
     * says there why not (the file is a task already, or its points cannot be read), in the current
     * language.
     */
    private void addFile(Path path) {
        if (model.getState().hasFile(path)) {
            showFileMessage(Messages.format(ShootoutKeys.FILE_TWICE, path.toString()), true);
            return;
        }
        showFileMessage(Messages.format(ShootoutKeys.FILE_READING, path.toString()), false);
        model.readFile(path, file -> {
            if (model.getState().hasFile(path)) {
                showFileMessage(Messages.format(ShootoutKeys.FILE_TWICE, path.toString()), true);
                return;
            }
            showFileMessage(file.problem(), true);
            if (file.readable()) {
                send(st -> st.withFileAdded(file));
            }
        });
    }

    private void showFileMessage(String text, boolean error) {
        fileMessage.setText(text);
        fileMessage.setVisible(!text.isEmpty());
        fileMessage.setManaged(!text.isEmpty());
        fileMessage.getStyleClass().remove(Styles.ERROR_MESSAGE);
        if (error) {
            fileMessage.getStyleClass().add(Styles.ERROR_MESSAGE);
        }
    }

    /** Remembers the function the Add button adds, and shows it in the picker. */
    private void pickToAdd(ActivationSpec picked) {
        toAdd = picked;
        picker.show(picked);
    }

    /**
     * Sends a change made with a control to the model, unless the controls are being set from the
     * state; a change the state refuses (e.g. a grid of one rate) puts the controls back.
     */
    private void send(UnaryOperator<ShootoutState> change) {
        if (showing) {
            return;
        }
        try {
            model.update(change);
        } catch (IllegalArgumentException e) {
            show(model.getState());
        }
    }

    private Spinner<Integer> spinner(String id, int min, int max, int value, int step,
                                     IntFunction<UnaryOperator<ShootoutState>> change) {
        Spinner<Integer> spinner = new Spinner<>(min, max, value, step);
        spinner.setId(id);
        spinner.setEditable(true);
        WholeNumberSpinners.forgiveUnreadableText(spinner);
        spinner.setPrefWidth(100);
        spinner.valueProperty().addListener((obs, old, now) -> send(change.apply(now)));
        return spinner;
    }

    /** Sets every control from {@code s}. */
    private void show(ShootoutState s) {
        showing = true;
        try {
            showContenders(s);
            for (int t = 0; t < taskBoxes.size(); t++) {
                taskBoxes.get(t).setSelected(s.tasks().contains(Task.values()[t]));
            }
            showFiles(s);
            layers.getValueFactory().setValue(s.layers());
            units.getValueFactory().setValue(s.units());
            matchParameters.setSelected(s.matchParameters());
            showMatched(s);
            initializer.setValue(s.initializer());
            optimizer.setValue(s.optimizer());
            if (!batch.getItems().contains(s.batch())) {
                batch.getItems().add(s.batch());
            }
            batch.setValue(s.batch());
            steps.getValueFactory().setValue(s.steps());
            seeds.getValueFactory().setValue(s.seeds());
            oneRate.setSelected(!s.tuneRate());
            tuneRate.setSelected(s.tuneRate());
            if (!rate.getItems().contains(s.learningRate())) {
                rate.getItems().add(s.learningRate());
            }
            rate.setValue(s.learningRate());
            rate.setDisable(s.tuneRate());
            for (int r = 0; r < gridBoxes.size(); r++) {
                gridBoxes.get(r).setSelected(s.rateGrid().contains(ShootoutState.RATES.get(r)));
                gridBoxes.get(r).setDisable(!s.tuneRate());
            }
            baseline.getItems().setAll(s.activations());
            baseline.setValue(s.activations().isEmpty() ? null : s.effectiveBaseline());
            if (!target.getItems().contains(s.targetAccuracy())) {
                target.getItems().add(s.targetAccuracy());
            }
            target.setValue(s.targetAccuracy());
        } finally {
            showing = false;
        }
    }

    /** Rebuilds the contender rows when a function came or went, else shows each row's parameter values. */
    private void showContenders(ShootoutState s) {
        List<String> rows = s.activations().stream().map(a -> a.getClass().getSimpleName() + ":" + a.name()).toList();
        if (rows.equals(rowsShown)) {
            for (int i = 0; i < rows.size(); i++) {
                ActivationSpec activation = s.activations().get(i);
                parameterPanels.get(i).ifPresent(p -> p.show(activation.resolve()));
            }
            return;
        }
        rowsShown = rows;
        parameterPanels.clear();
        contenders.getChildren().clear();
        for (int i = 0; i < s.activations().size(); i++) {
            contenders.getChildren().add(contenderRow(i, s.activations().get(i)));
        }
    }

    /** The name of contender {@code index}, a button that removes it and, when it has any, its parameters. */
    private Node contenderRow(int index, ActivationSpec activation) {
        Label name = new Label(activation.displayName());
        name.setId("shootout-contender-" + (index + 1));
        name.setTooltip(new Tooltip(Contender.of(activation).label()));
        name.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(name, Priority.ALWAYS);
        Button remove = new Button(Messages.get(ShootoutKeys.REMOVE));
        remove.setId("shootout-remove-" + (index + 1));
        remove.setMinWidth(Control.USE_PREF_SIZE);
        remove.setOnAction(e -> send(st -> st.withActivationRemoved(st.activations().get(index))));
        VBox row = new VBox(2, new HBox(6, name, remove));
        if (activation.parameters().isEmpty()) {
            parameterPanels.add(Optional.empty());
        } else {
            ParameterPanel parameters = new ParameterPanel(activation.resolve(),
                    now -> editContender(index, ActivationSpec.of(now)));
            parameters.setId("shootout-parameters-" + (index + 1));
            parameterPanels.add(Optional.of(parameters));
            TitledPane pane = new TitledPane(Messages.get(TrainingKeys.PARAMETERS), parameters);
            pane.setId("shootout-parameters-pane-" + (index + 1));
            pane.setExpanded(false);
            row.getChildren().add(pane);
        }
        return row;
    }

    /** Rebuilds the rows of the CSV files when they changed. */
    private void showFiles(ShootoutState s) {
        if (s.files().equals(filesShown)) {
            return;
        }
        filesShown = s.files();
        fileRows.getChildren().clear();
        for (int i = 0; i < s.files().size(); i++) {
            fileRows.getChildren().add(fileRow(i, s.files().get(i)));
        }
    }

    /**
     * The file's name (its path in the tooltip), a button that removes it, and under them its points, or in
     * the colour of errors why they could not be read (the file is then left out of the runs).
     */
    private Node fileRow(int index, TaskFile file) {
        Label name = new Label(String.valueOf(file.path().getFileName()));
        name.setId("shootout-file-" + (index + 1));
        name.setMnemonicParsing(false);
        name.setTooltip(new Tooltip(file.path().toString()));
        name.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(name, Priority.ALWAYS);
        Button remove = new Button(Messages.get(ShootoutKeys.REMOVE));
        remove.setId("shootout-remove-file-" + (index + 1));
        remove.setMinWidth(Control.USE_PREF_SIZE);
        remove.setOnAction(e -> send(st -> st.withFileRemoved(index)));
        Label about = new Label(file.data().map(d -> Messages.format(ShootoutKeys.FILE_POINTS,
                Integer.toString(d.data().size()))).orElseGet(() -> Messages.format(ShootoutKeys.FILE_LEFT_OUT,
                file.problem())));
        about.setId("shootout-file-about-" + (index + 1));
        about.getStyleClass().add(file.readable() ? Styles.CAPTION : Styles.ERROR_MESSAGE);
        about.setWrapText(true);
        return new VBox(2, new HBox(6, name, remove), about);
    }

    /**
     * Gives contender {@code index} the parameters of {@code now}, unless another contender has them
     * already (a function takes part once): then the parameter editor keeps the value it showed and
     * says, beside it, which contender the value would duplicate.
     *
     * @throws InvalidParameterException naming the contender {@code now} equals
     */
    private void editContender(int index, ActivationSpec now) {
        int other = model.getState().activations().indexOf(now);
        if (other >= 0 && other != index) {
            throw new InvalidParameterException(Messages.format(ShootoutKeys.DUPLICATE, now.displayNameWithParameters(),
                    Integer.toString(other + 1)));
        }
        send(st -> st.withActivationAt(index, now));
    }

    /** For each gated contender, the units per layer it gets with an equal parameter count, or nothing. */
    private void showMatched(ShootoutState s) {
        List<String> lines = new ArrayList<>();
        List<ShootoutTask> planned = s.plannedTasks();
        if (s.matchParameters() && !planned.isEmpty()) {
            for (ActivationSpec a : s.activations()) {
                if (a instanceof GatedSpec) {
                    NetworkSpec asGiven = new NetworkSpec(planned.get(0).type(),
                            Collections.nCopies(s.layers(), s.units()), Collections.nCopies(s.layers(), a));
                    NetworkSpec network = ParameterMatch.matched(asGiven);
                    lines.add(Messages.format(ShootoutKeys.MATCHED, a.displayName(),
                            network.hiddenUnits().stream().map(String::valueOf).collect(Collectors.joining(", ")),
                            Integer.toString(ParameterMatch.count(network)),
                            Integer.toString(ParameterMatch.elementwiseCount(asGiven))));
                }
            }
        }
        matched.setText(String.join("\n", lines));
        matched.setVisible(!lines.isEmpty());
        matched.setManaged(!lines.isEmpty());
    }
}
