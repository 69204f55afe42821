package org.activationlab.ui.training;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.DoubleConsumer;
import java.util.function.DoubleSupplier;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.Slider;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextField;
import javafx.scene.control.TitledPane;
import javafx.scene.image.ImageView;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.activationlab.ui.controls.WholeNumberSpinners;
import org.activationlab.model.Activation;
import org.activationlab.model.ActivationSpec;
import org.activationlab.model.GatedSpec;
import org.activationlab.model.Numbers;
import org.activationlab.nn.Initializer;
import org.activationlab.nn.NetworkSpec;
import org.activationlab.nn.OptimizerKind;
import org.activationlab.nn.ParameterMatch;
import org.activationlab.nn.Task;
import org.activationlab.ui.Messages;
import org.activationlab.ui.library.ActivationChoice;
import org.activationlab.ui.library.ActivationChoices;
import org.activationlab.ui.library.ActivationPicker;
import org.activationlab.ui.Styles;
import org.activationlab.ui.controls.ParameterPanel;
import org.activationlab.ui.controls.ShownValueWidthSkin;
import org.activationlab.ui.WhileInScene;
import org.activationlab.ui.controls.ShownAs;

/**
 * The training panel's settings, in three sections (data, network, training). Every control
 * shows the view model's {@link TrainingState} and sends intents to it; showing a state sets
 * controls to what the state already holds, so the intents they send then change nothing. A
 * refused value is put back and the reason shown under the controls.
 */
final class TrainingControls extends VBox {
    /**
     * The settings' style class; not their scroll pane's ({@link TrainingView#CONTROLS}), whose
     * width the stylesheet sets: the settings are as wide as they need.
     */
    static final String STYLE_CLASS = "training-settings";
    private static final int[] BATCH_SIZES = {0, 1, 8, 16, 32, 64, 128};
    /** The width of the number fields, in characters. */
    private static final int NUMBER_COLUMNS = 7;

    private final TrainingViewModel model;
    private final ComboBox<Task> task = new ComboBox<>();
    private final Spinner<Integer> points = new Spinner<>(TrainingState.MIN_POINTS, TrainingState.MAX_POINTS, 200, 20);
    private final Slider noise = new Slider(0, TrainingState.MAX_NOISE, 0.1);
    private final Slider testShare = new Slider(0, 0.9, 0.2);
    private final Button regenerate = new Button(Messages.get(TrainingKeys.REGENERATE));
    private final Label layerCount = new Label();
    private final Button addLayer = new Button(Messages.get(TrainingKeys.ADD));
    private final Button removeLayer = new Button(Messages.get(TrainingKeys.REMOVE));
    private final VBox layers = new VBox(6);
    private final ComboBox<Initializer.Scheme> initializer = new ComboBox<>();
    private final TextField initializerValue = new TextField();
    private final TextField biasInit = new TextField();
    private final TextField learningRate = new TextField();
    private final ComboBox<OptimizerKind> optimizer = new ComboBox<>();
    private final ComboBox<Integer> batchSize = new ComboBox<>();
    private final TextField l2 = new TextField();
    private final Label error = new Label();
    private final Label parameterCount = new Label();
    private final Button matchParameters = new Button(Messages.get(TrainingKeys.MATCH_PARAMETERS));
    /** Width and function name of each layer row shown; a parameter edit alone does not rebuild the rows. */
    private List<String> shownLayers = List.of();
    /** The parameter panel of each layer row shown, empty for a function without parameters. */
    private final List<Optional<ParameterPanel>> parameterPanels = new ArrayList<>();

    TrainingControls(TrainingViewModel model) {
        this.model = model;
        getStyleClass().add(STYLE_CLASS);
        createView();
        initListeners();
        show(model.getState());
    }

    private void createView() {
        setSpacing(8);
        setPadding(new Insets(8));
        task.getItems().setAll(Task.values());
        task.setCellFactory(list -> new TaskCell());
        task.setButtonCell(new TaskCell());
        task.setId("training-task");
        ShownValueWidthSkin.install(task);
        points.setEditable(true);
        WholeNumberSpinners.forgiveUnreadableText(points);
        points.setPrefWidth(90);
        noise.setShowTickLabels(true);
        noise.setMajorTickUnit(0.1);
        testShare.setShowTickLabels(true);
        testShare.setMajorTickUnit(0.3);
        GridPane data = grid();
        row(data, 0, TrainingKeys.TASK, task);
        row(data, 1, TrainingKeys.POINTS, points);
        row(data, 2, TrainingKeys.NOISE, noise);
        row(data, 3, TrainingKeys.TEST_SHARE, testShare);
        data.add(regenerate, 1, 4);

        addLayer.setId("training-add-layer");
        removeLayer.setId("training-remove-layer");
        HBox layerButtons = new HBox(6, new Label(Messages.get(TrainingKeys.LAYERS)), removeLayer, layerCount, addLayer);
        parameterCount.setId("training-parameter-count");
        parameterCount.setWrapText(true);
        parameterCount.setMaxWidth(280);
        matchParameters.setId("training-match-parameters");
        matchParameters.setTooltip(new javafx.scene.control.Tooltip(Messages.get(TrainingKeys.MATCH_PARAMETERS_HELP)));
        VBox network = new VBox(6, layerButtons, layers, parameterCount, matchParameters);

        initializer.getItems().setAll(Initializer.Scheme.values());
        initializer.setConverter(ShownAs.names(Initializer.Scheme::cliName));
        optimizer.getItems().setAll(OptimizerKind.values());
        optimizer.setConverter(ShownAs.names(OptimizerKind::cliName));
        for (int b : BATCH_SIZES) {
            batchSize.getItems().add(b);
        }
        batchSize.setConverter(ShownAs.names(b -> b == 0 ? Messages.get(TrainingKeys.FULL_BATCH) : Integer.toString(b)));
        // numbers such as 0.0001: a field of 7 characters (not JavaFX's 12) keeps the column narrow
        for (TextField field : List.of(initializerValue, biasInit, learningRate, l2)) {
            field.setPrefColumnCount(NUMBER_COLUMNS);
        }
        learningRate.setId("training-learning-rate");
        l2.setId("training-l2");
        biasInit.setId("training-bias");
        GridPane training = grid();
        row(training, 0, TrainingKeys.INITIALIZER, initializer);
        row(training, 1, TrainingKeys.INITIALIZER_VALUE, initializerValue);
        row(training, 2, TrainingKeys.BIAS_INIT, biasInit);
        row(training, 3, TrainingKeys.LEARNING_RATE, learningRate);
        row(training, 4, TrainingKeys.OPTIMIZER, optimizer);
        row(training, 5, TrainingKeys.BATCH_SIZE, batchSize);
        row(training, 6, TrainingKeys.L2, l2);

        error.getStyleClass().add(Styles.ERROR_MESSAGE);
        error.setWrapText(true);
        error.setMaxWidth(280);
        getChildren().addAll(section(TrainingKeys.DATA, data), section(TrainingKeys.NETWORK, network),
                section(TrainingKeys.TRAINING, training), error);
    }

    private void initListeners() {
        task.valueProperty().addListener((obs, old, now) -> model.setTask(now));
        points.valueProperty().addListener((obs, old, now) -> model.setPoints(now));
        onSlider(noise, () -> model.getState().noise(), model::setNoise);
        onSlider(testShare, () -> model.getState().testFraction(), model::setTestFraction);
        regenerate.setOnAction(e -> model.regenerate());
        addLayer.setOnAction(e -> model.addLayer());
        removeLayer.setOnAction(e -> model.removeLayer());
        matchParameters.setOnAction(e -> model.matchParameters());
        initializer.valueProperty().addListener((obs, old, now) -> model.setInitializerScheme(now));
        onNumber(initializerValue, model::setInitializerValue);
        onNumber(biasInit, model::setBiasInit);
        onNumber(learningRate, model::setLearningRate);
        onNumber(l2, model::setL2);
        optimizer.valueProperty().addListener((obs, old, now) -> model.setOptimizer(now));
        batchSize.valueProperty().addListener((obs, old, now) -> model.setBatchSize(now));
        WhileInScene.of(this, model.stateProperty()).addListener((obs, old, now) -> show(now));
        WhileInScene.of(this, model.errorProperty()).addListener((obs, old, now) -> error.setText(now));
    }

    /**
     * Sends the slider's value, rounded to hundredths, when the user lets go of it or moves it
     * by key or click; a value that is the state's already (the slider showing it) is not sent.
     */
    private static void onSlider(Slider slider, DoubleSupplier shown, DoubleConsumer target) {
        slider.valueChangingProperty().addListener((obs, was, changing) -> {
            if (!changing) {
                target.accept(round(slider.getValue()));
            }
        });
        slider.valueProperty().addListener((obs, old, now) -> {
            if (!slider.isValueChanging() && now.doubleValue() != shown.getAsDouble()) {
                target.accept(round(now.doubleValue()));
            }
        });
    }

    /** Parses the field when the user presses Enter or leaves it; puts the model's value back if refused. */
    private void onNumber(TextField field, DoubleConsumer target) {
        Runnable commit = () -> {
            try {
                target.accept(Double.parseDouble(field.getText().strip()));
            } catch (NumberFormatException e) {
                error.setText(Messages.format(TrainingKeys.NOT_A_NUMBER, field.getText(),
                        Messages.get(TrainingKeys.NUMBER_NEEDED)));
            }
            show(model.getState());
        };
        field.setOnAction(e -> commit.run());
        field.focusedProperty().addListener((obs, was, focused) -> {
            if (!focused) {
                commit.run();
            }
        });
    }

    /** Fills every control from {@code setup}. */
    private void show(TrainingState setup) {
        task.setValue(setup.task());
        points.getValueFactory().setValue(setup.points());
        noise.setValue(setup.noise());
        testShare.setValue(setup.testFraction());
        layerCount.setText(Integer.toString(setup.layers().size()));
        removeLayer.setDisable(setup.layers().size() <= 1);
        addLayer.setDisable(setup.layers().size() >= NetworkSpec.MAX_LAYERS);
        showLayers(setup);
        showParameterCount(setup);
        initializer.setValue(setup.initializer().scheme());
        initializerValue.setDisable(!setup.initializer().scheme().takesValue());
        initializerValue.setText(setup.initializer().scheme().takesValue() ? Numbers.format(setup.initializer().value()) : "");
        biasInit.setText(Numbers.format(setup.biasInit()));
        learningRate.setText(Numbers.format(setup.learningRate()));
        optimizer.setValue(setup.optimizer());
        batchSize.setValue(setup.batchSize());
        l2.setText(Numbers.format(setup.l2()));
    }

    /**
     * The network's parameter count and, with gated layers, the count with one row per unit; when
     * comparing, the compared network's shape and count too; the match button when either network
     * has gated layers, enabled while matching would change them.
     */
    private void showParameterCount(TrainingState setup) {
        NetworkSpec network = setup.config().network();
        Optional<NetworkSpec> compared = setup.comparisonConfig().map(c -> c.network());
        String text = countText(network);
        if (compared.isPresent()) {
            NetworkSpec other = compared.get();
            text += "\n" + Messages.format(hasGatedLayer(other) ? TrainingKeys.PARAMETER_COUNT_COMPARED_GATED
                            : TrainingKeys.PARAMETER_COUNT_COMPARED, setup.comparison().orElseThrow().displayName(),
                    TrainingState.shapeText(other), Integer.toString(ParameterMatch.count(other)),
                    Integer.toString(ParameterMatch.elementwiseCount(other)));
        }
        parameterCount.setText(text);
        boolean gated = hasGatedLayer(network) || compared.filter(TrainingControls::hasGatedLayer).isPresent();
        matchParameters.setVisible(gated);
        matchParameters.setManaged(gated);
        matchParameters.setDisable(setup.matched().equals(setup));
    }

    /** "Parameters: 105", or with gated layers "Parameters: 129 (105 with one row per unit; ...)". */
    private static String countText(NetworkSpec network) {
        String count = Integer.toString(ParameterMatch.count(network));
        return hasGatedLayer(network)
                ? Messages.format(TrainingKeys.PARAMETER_COUNT_GATED, count,
                        Integer.toString(ParameterMatch.elementwiseCount(network)))
                : Messages.format(TrainingKeys.PARAMETER_COUNT, count);
    }

    private static boolean hasGatedLayer(NetworkSpec network) {
        return network.activations().stream().anyMatch(GatedSpec.class::isInstance);
    }

    /**
     * Rebuilds the layer rows (units -/+, activation and its parameters) when a width or function
     * changed, else shows each layer's parameter values in its row.
     */
    private void showLayers(TrainingState setup) {
        List<String> shape = setup.layers().stream().map(l -> l.units() + l.activation().name()).toList();
        if (shape.equals(shownLayers)) {
            for (int l = 0; l < setup.layers().size(); l++) {
                Activation activation = setup.layers().get(l).activation().resolve();
                parameterPanels.get(l).ifPresent(p -> p.show(activation));
            }
            return;
        }
        shownLayers = shape;
        layers.getChildren().clear();
        parameterPanels.clear();
        for (int l = 0; l < setup.layers().size(); l++) {
            layers.getChildren().add(layerRow(l, setup.layers().get(l)));
        }
    }

    private Node layerRow(int index, TrainingState.Layer layer) {
        Label title = new Label(Messages.format(TrainingKeys.LAYER, Integer.toString(index + 1)));
        title.getStyleClass().add(Styles.SECTION_TITLE);
        Button fewer = new Button(Messages.get(TrainingKeys.REMOVE));
        Button more = new Button(Messages.get(TrainingKeys.ADD));
        fewer.setDisable(layer.units() <= 1);
        more.setDisable(layer.units() >= NetworkSpec.MAX_UNITS);
        fewer.setOnAction(e -> model.changeUnits(index, -1));
        more.setOnAction(e -> model.changeUnits(index, 1));
        fewer.setId("training-fewer-units-" + (index + 1));
        more.setId("training-more-units-" + (index + 1));
        Label units = new Label(Integer.toString(layer.units()));
        units.setTooltip(new javafx.scene.control.Tooltip(Messages.get(TrainingKeys.UNITS)));
        units.setMinWidth(Region.USE_PREF_SIZE);
        title.setMinWidth(Region.USE_PREF_SIZE);
        fewer.setMinWidth(Region.USE_PREF_SIZE);
        more.setMinWidth(Region.USE_PREF_SIZE);
        ComboBox<ActivationChoice> activation = ShownValueWidthSkin.install(new ActivationPicker(
                ActivationChoices.layers().list(), layer.activation(), picked -> model.chooseActivation(index, picked))
                .comboBox());
        activation.setId("training-activation-" + (index + 1));
        VBox row = new VBox(4, wrapping(new HBox(6, title, fewer, units, more), activation),
                layerParameters(index, layer));
        if (layer.activation().parameters().isEmpty()) {
            parameterPanels.add(Optional.empty());
        } else {
            ParameterPanel parameters = new ParameterPanel(layer.activation().resolve(),
                    now -> model.setActivation(index, ActivationSpec.of(now)));
            parameterPanels.add(Optional.of(parameters));
            TitledPane pane = new TitledPane(Messages.get(TrainingKeys.PARAMETERS), parameters);
            pane.setExpanded(false);
            row.getChildren().add(pane);
        }
        return row;
    }

    /** The layer's weights and biases, e.g. "48 parameters (2 x 8 rows: a and b)" for a gated layer. */
    private Label layerParameters(int index, TrainingState.Layer layer) {
        String count = Integer.toString(ParameterMatch.layerCount(model.getState().config().network(), index));
        Label label = new Label(layer.activation() instanceof GatedSpec
                ? Messages.format(TrainingKeys.LAYER_PARAMETERS_GATED, count, Integer.toString(layer.units()))
                : Messages.format(TrainingKeys.LAYER_PARAMETERS, count));
        label.setId("training-layer-parameters-" + (index + 1));
        label.getStyleClass().add(Styles.CAPTION);
        return label;
    }

    /**
     * {@code parts} side by side where the panel is wide enough, else each under the one before:
     * a layer's activation (a formula's name can be long) goes under its title and unit count
     * rather than make the settings wider than their column.
     */
    private static FlowPane wrapping(Node... parts) {
        FlowPane pane = new FlowPane(6, 4, parts);
        pane.setPrefWrapLength(0);
        return pane;
    }

    private static double round(double v) {
        return Math.round(v * 100) / 100.0;
    }

    private static GridPane grid() {
        GridPane g = new GridPane();
        g.setHgap(8);
        g.setVgap(6);
        return g;
    }

    private static void row(GridPane grid, int row, String key, Node control) {
        Label label = new Label(Messages.get(key));
        label.setMinWidth(Region.USE_PREF_SIZE);
        grid.add(label, 0, row);
        grid.add(control, 1, row);
    }

    private static TitledPane section(String key, Node content) {
        TitledPane pane = new TitledPane(Messages.get(key), content);
        pane.setCollapsible(true);
        return pane;
    }

    /** A data set with its thumbnail. */
    private static final class TaskCell extends ListCell<Task> {
        @Override
        protected void updateItem(Task item, boolean empty) {
            super.updateItem(item, empty);
            if (empty || item == null) {
                setText(null);
                setGraphic(null);
            } else {
                setText(item.cliName());
                setGraphic(new ImageView(TaskThumbnails.of(item)));
            }
        }
    }
}
