package org.activationlab.ui.depth;

import java.util.List;
import java.util.Locale;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.Spinner;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;
import org.activationlab.ui.controls.WholeNumberSpinners;
import org.activationlab.model.Numbers;
import org.activationlab.nn.depth.BatchNormMode;
import org.activationlab.nn.depth.BornDeadConfig;
import org.activationlab.nn.depth.DepthConfig;
import org.activationlab.nn.depth.WeightInit;
import org.activationlab.ui.Labels;
import org.activationlab.ui.Messages;
import org.activationlab.ui.Styles;
import org.activationlab.ui.TextKeys;
import org.activationlab.ui.library.ActivationChoices;
import org.activationlab.ui.studies.ActivationChooser;
import org.activationlab.ui.studies.SliderRow;
import org.activationlab.ui.studies.StudyView;
import org.activationlab.ui.controls.ShownAs;
import org.activationlab.ui.controls.WholeItemsSplitPane;

/**
 * The Depth tab (source text, sections 3 and 6): the network's settings and the claims as
 * presets on the left; the per-layer figure (activation violins, standard deviations on a log
 * axis, means, saturated and dead units) and the born-dead Monte-Carlo curve on the right (the
 * board's figures 0 and 1).
 */
public final class DepthView extends StudyView {
    /** The largest standard deviation the slider offers, and its step. */
    static final double STD_MAX = 2;
    static final double STD_STEP = 0.01;
    static final int WIDTH_STEP = 10;
    static final int TRIALS_STEP = 100;
    static final int MAX_SEED = 9999;

    private final DepthViewModel model;
    private final ActivationChooser activation;
    private final ComboBox<WeightInit> init = new ComboBox<>();
    private final SliderRow std;
    private final ComboBox<BatchNormMode> batchNorm = new ComboBox<>();
    private final SliderRow layers;
    private final SliderRow width;
    private final Spinner<Integer> seed = new Spinner<>(1, MAX_SEED, 1);
    private final ProgressBar progress = new ProgressBar();
    private final Label error = new Label();
    private final Label presetHelp = new Label();
    private final SliderRow bornDeadWidth;
    private final SliderRow bornDeadDepth;
    private final SliderRow bornDeadTrials;

    public DepthView(DepthViewModel model) {
        this.model = model;
        ObservableValue<DepthState> state = model.stateProperty();
        activation = new ActivationChooser(Messages.get(TextKeys.DEPTH_ACTIVATION),
                state.map(s -> s.activation().resolve()), model::setActivation, ActivationChoices.layers().list());
        std = new SliderRow(Messages.get(TextKeys.DEPTH_STD), STD_STEP, STD_MAX, STD_STEP, state.map(DepthState::std),
                model::setStd, Numbers::format);
        layers = new SliderRow(Messages.get(TextKeys.DEPTH_LAYERS), DepthConfig.MIN_LAYERS, DepthConfig.MAX_LAYERS, 1,
                state.map(DepthState::layers), v -> model.setLayers(whole(v)), DepthView::integer);
        width = new SliderRow(Messages.get(TextKeys.DEPTH_WIDTH), DepthConfig.MIN_WIDTH, DepthConfig.MAX_WIDTH,
                WIDTH_STEP, state.map(DepthState::width), v -> model.setWidth(whole(v)), DepthView::integer);
        bornDeadWidth = new SliderRow(Messages.get(TextKeys.BORN_DEAD_WIDTH), BornDeadConfig.MIN_WIDTH,
                DepthState.BORN_DEAD_MAX_WIDTH, 1, state.map(DepthState::bornDeadWidth),
                v -> model.setBornDeadWidth(whole(v)), DepthView::integer);
        bornDeadDepth = new SliderRow(Messages.get(TextKeys.BORN_DEAD_DEPTH), DepthState.BORN_DEAD_MIN_DEPTH,
                BornDeadConfig.MAX_DEPTH, 1, state.map(DepthState::bornDeadDepth),
                v -> model.setBornDeadDepth(whole(v)), DepthView::integer);
        bornDeadTrials = new SliderRow(Messages.get(TextKeys.BORN_DEAD_TRIALS), DepthState.BORN_DEAD_MIN_TRIALS,
                DepthState.BORN_DEAD_MAX_TRIALS, TRIALS_STEP, state.map(DepthState::bornDeadTrials),
                v -> model.setBornDeadTrials(whole(v)), DepthView::integer);
        activation.names().setId("depth-activation");
        init.setId("depth-init");
        std.slider().setId("depth-std");
        batchNorm.setId("depth-batch-norm");
        layers.slider().setId("depth-layers");
        width.slider().setId("depth-width");
        seed.setId("depth-seed");
        progress.setId("depth-progress");
        presetHelp.setId("depth-preset-help");
        bornDeadWidth.slider().setId("born-dead-width");
        bornDeadDepth.slider().setId("born-dead-depth");
        bornDeadTrials.slider().setId("born-dead-trials");
        createView();
        initListeners();
    }

    private static String integer(double v) {
        return Long.toString(Math.round(v));
    }

    private static int whole(double v) {
        return (int) Math.round(v);
    }

    private void createView() {
        FlowPane presets = presetButtons(List.of(DepthPreset.values()), p -> Messages.get(p.labelKey()),
                p -> "depth-preset-" + p.name().toLowerCase(Locale.ROOT).replace('_', '-'), model::applyPreset);
        presetHelp.setWrapText(true);
        presetHelp.getStyleClass().add("preset-help");
        init.getItems().setAll(WeightInit.values());
        init.setConverter(ShownAs.names(DepthView::initName));
        init.setMaxWidth(Double.MAX_VALUE);
        batchNorm.getItems().setAll(BatchNormMode.values());
        batchNorm.setConverter(ShownAs.names(DepthView::batchNormName));
        batchNorm.setMaxWidth(Double.MAX_VALUE);
        seed.setEditable(true);
        WholeNumberSpinners.forgiveUnreadableText(seed);
        progress.setMaxWidth(Double.MAX_VALUE);
        error.getStyleClass().add(Styles.ERROR_MESSAGE);
        error.setWrapText(true);
        error.managedProperty().bind(error.visibleProperty());
        Label title = Labels.sectionTitle(TextKeys.DEPTH_TITLE);
        Label help = Labels.caption(TextKeys.DEPTH_HELP);
        Label presetsLabel = new Label(Messages.get(TextKeys.DEPTH_PRESETS));
        VBox initRow = labelled(TextKeys.DEPTH_INIT, init);
        VBox batchNormRow = labelled(TextKeys.DEPTH_BATCH_NORM, batchNorm);
        VBox seedRow = labelled(TextKeys.DEPTH_SEED, seed);
        Label measures = Labels.caption(TextKeys.DEPTH_MEASURES);
        VBox controls = new VBox(title, help, presetsLabel, presets, presetHelp, activation.root(), initRow, std.root(),
                batchNormRow, layers.root(), width.root(), seedRow, progress, error, measures);
        secondary.add(title, help, presetsLabel, presets, presetHelp, initRow, batchNormRow, width.root(), seedRow,
                measures);

        Node study = board.add(model.figureProperty(), model::table, Messages.get(TextKeys.DEPTH_DESCRIPTION));
        VBox bornDeadControls = new VBox(Labels.sectionTitle(TextKeys.BORN_DEAD_TITLE),
                Labels.caption(TextKeys.BORN_DEAD_HELP), bornDeadWidth.root(), bornDeadDepth.root(), bornDeadTrials.root());
        Node bornDead = board.add(model.bornDeadFigureProperty(), model::bornDeadTable,
                Messages.get(TextKeys.BORN_DEAD_DESCRIPTION));
        SplitPane bornDeadRow = sideRow(side(bornDeadControls), bornDead);
        SplitPane right = new WholeItemsSplitPane(study, bornDeadRow);
        right.setOrientation(Orientation.VERTICAL);
        right.setDividerPositions(0.68);
        layOut(side(controls), right, 0.22, "depth-view");
        root.stackWhenNarrow();
    }

    private static VBox labelled(String key, javafx.scene.control.Control control) {
        Label label = new Label(Messages.get(key));
        label.setLabelFor(control);
        control.setAccessibleText(Messages.get(key));
        return new VBox(label, control);
    }

    static String initName(WeightInit w) {
        return Messages.get(switch (w) {
            case XAVIER -> TextKeys.DEPTH_INIT_XAVIER;
            case XAVIER_NORMAL -> TextKeys.DEPTH_INIT_XAVIER_NORMAL;
            case HE -> TextKeys.DEPTH_INIT_HE;
            case LECUN -> TextKeys.DEPTH_INIT_LECUN;
            case NORMAL -> TextKeys.DEPTH_INIT_NORMAL;
        });
    }

    static String batchNormName(BatchNormMode m) {
        return Messages.get(switch (m) {
            case OFF -> TextKeys.DEPTH_BATCH_NORM_OFF;
            case BEFORE -> TextKeys.DEPTH_BATCH_NORM_BEFORE;
            case AFTER -> TextKeys.DEPTH_BATCH_NORM_AFTER;
        });
    }

    private void initListeners() {
        init.valueProperty().addListener((obs, old, now) -> {
            if (now != null && now != model.getState().init()) {
                model.setInit(now);
            }
        });
        batchNorm.valueProperty().addListener((obs, old, now) -> {
            if (now != null && now != model.getState().batchNorm()) {
                model.setBatchNorm(now);
            }
        });
        seed.valueProperty().addListener((obs, old, now) -> {
            if (now != null && now != model.getState().seed()) {
                model.setSeed(now);
            }
        });
        std.root().disableProperty().bind(model.stateProperty().map(s -> s.init() != WeightInit.NORMAL));
        progress.progressProperty().bind(model.progressProperty());
        progress.visibleProperty().bind(model.runningProperty());
        progress.managedProperty().bind(model.runningProperty());
        error.textProperty().bind(model.errorProperty());
        error.visibleProperty().bind(model.errorProperty().isNotEmpty());
        follow(model.stateProperty(), this::show);
    }

    /** Shows the choices and the claim of {@code s} (the sliders and the activation follow it themselves). */
    private void show(DepthState s) {
        init.setValue(s.init());
        batchNorm.setValue(s.batchNorm());
        seed.getValueFactory().setValue((int) s.seed());
        presetHelp.setText(model.getPreset().map(p -> Messages.get(p.helpKey()))
                .orElseGet(() -> Messages.get(TextKeys.DEPTH_PRESET_NONE)));
    }
}
