package org.activationlab.ui.neuron;

import java.util.List;
import java.util.stream.Collectors;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.activationlab.model.Numbers;
import org.activationlab.nn.neuron.AffineMap;
import org.activationlab.nn.neuron.LinearStack;
import org.activationlab.nn.neuron.XorProof;
import org.activationlab.ui.DisplayNumbers;
import org.activationlab.ui.Labels;
import org.activationlab.ui.Messages;
import org.activationlab.ui.Styles;
import org.activationlab.ui.controls.SideBySide;
import org.activationlab.ui.controls.StackingRow;
import org.activationlab.ui.TextKeys;
import org.activationlab.model.ActivationSpec;
import org.activationlab.ui.library.ActivationChoices;
import org.activationlab.ui.studies.ActivationChooser;
import org.activationlab.ui.studies.StudySide;
import org.activationlab.ui.studies.SliderRow;
import org.activationlab.ui.studies.StudyView;
import org.activationlab.ui.training.TrainingKeys;
import org.activationlab.ui.controls.WholeItemsSplitPane;

/**
 * The Neuron tab (source text, sections 1 and 2): one neuron's weights, bias and activation on
 * the left with the logic-gate presets; its activation with the four inputs, the input plane
 * with the decision line, and the truth table in the middle; linear collapse underneath (the
 * board's figures: 0 the activation curve, 1 the input plane, 2 linear collapse).
 */
public final class NeuronView extends StudyView {
    /** Weights and bias snap to this. */
    static final double WEIGHT_STEP = 0.5;

    private final NeuronViewModel model;
    private final ActivationChooser activation;
    private final SliderRow w1;
    private final SliderRow w2;
    private final SliderRow bias;
    private final TruthTableView truthTable = new TruthTableView();
    private final Label verdict = Labels.wrapped("");
    private final Label xorProof = Labels.wrapped("");
    private final Hyperlink trainXor = new Hyperlink(Messages.get(TrainingKeys.TRAIN_XOR_LINK));
    private final SliderRow collapseLayers;
    private final ActivationChooser collapseActivation;
    private final Button newWeights = new Button(Messages.get(TextKeys.COLLAPSE_NEW_WEIGHTS));
    private final Label composedMap = new Label();

    public NeuronView(NeuronViewModel model) {
        this.model = model;
        ObservableValue<NeuronState> state = model.stateProperty();
        activation = new ActivationChooser(Messages.get(TextKeys.NEURON_ACTIVATION),
                state.map(s -> s.activation().resolve()), model::setActivation, ActivationChoices.standard().list());
        w1 = new SliderRow(Messages.get(TextKeys.NEURON_W1), NeuronState.WEIGHT_MIN, NeuronState.WEIGHT_MAX,
                WEIGHT_STEP, state.map(NeuronState::w1), model::setW1, Numbers::format);
        w2 = new SliderRow(Messages.get(TextKeys.NEURON_W2), NeuronState.WEIGHT_MIN, NeuronState.WEIGHT_MAX,
                WEIGHT_STEP, state.map(NeuronState::w2), model::setW2, Numbers::format);
        bias = new SliderRow(Messages.get(TextKeys.NEURON_BIAS), NeuronState.WEIGHT_MIN, NeuronState.WEIGHT_MAX,
                WEIGHT_STEP, state.map(NeuronState::bias), model::setBias, Numbers::format);
        collapseLayers = new SliderRow(Messages.get(TextKeys.COLLAPSE_LAYERS), 1, LinearStack.MAX_LAYERS, 1,
                state.map(NeuronState::collapseLayers), v -> model.setCollapseLayers((int) Math.round(v)),
                v -> Integer.toString((int) Math.round(v)));
        collapseActivation = new ActivationChooser(Messages.get(TextKeys.COLLAPSE_ACTIVATION),
                state.map(s -> s.collapseActivation().resolve()), model::setCollapseActivation,
                ActivationChoices.standard().filtered(c -> !c.names(ActivationSpec.of("identity"))));
        w1.slider().setId("neuron-w1");
        w2.slider().setId("neuron-w2");
        bias.slider().setId("neuron-bias");
        collapseLayers.slider().setId("collapse-layers");
        activation.names().setId("neuron-activation");
        collapseActivation.names().setId("collapse-activation");
        newWeights.setId("collapse-new-weights");
        verdict.setId("neuron-verdict");
        xorProof.setId("neuron-xor-proof");
        trainXor.setId("neuron-train-xor");
        composedMap.setId("collapse-map");
        truthTable.root().setId("truth-table");
        createView();
        initListeners();
    }

    /** What the "Train a hidden layer on XOR" link does: the window opens the Training tab with that scenario. */
    public void setOnTrainXor(Runnable action) {
        trainXor.setOnAction(e -> action.run());
    }

    private void createView() {
        Label title = Labels.sectionTitle(TextKeys.NEURON_TITLE);
        Label help = Labels.caption(TextKeys.NEURON_HELP);
        FlowPane presets = presetButtons(List.of(LogicTarget.values()), LogicTarget::name,
                t -> "preset-" + t.name().toLowerCase(java.util.Locale.ROOT), model::choose);
        presets.getChildren().forEach(b -> b.setAccessibleText(Messages.format(TextKeys.NEURON_PRESET_ACCESSIBLE,
                ((Button) b).getText())));
        Label presetsLabel = new Label(Messages.get(TextKeys.NEURON_PRESETS));
        VBox controls = new VBox(title, help, presetsLabel, presets, w1.root(), w2.root(), bias.root(), activation.root());
        secondary.add(title, help, presetsLabel, presets, activation.root());

        Node curve = board.add(model.curveFigureProperty(), () -> null, Messages.get(TextKeys.NEURON_CURVE_DESCRIPTION));
        Node plane = board.add(model.planeFigureProperty(), () -> null, Messages.get(TextKeys.NEURON_PLANE_DESCRIPTION));
        StackingRow figures = new StackingRow(curve, plane);
        VBox.setVgrow(figures, Priority.ALWAYS);
        verdict.getStyleClass().add("verdict");
        trainXor.setWrapText(true);
        xorProof.getStyleClass().add(Styles.CAPTION);
        xorProof.managedProperty().bind(xorProof.visibleProperty());
        VBox explanation = new VBox(verdict, xorProof, trainXor);
        explanation.getStyleClass().add("truth-explanation");
        SideBySide table = new SideBySide(truthTable.root(), explanation);
        table.getStyleClass().add("truth-row");
        Label hint = Labels.caption(TextKeys.STUDY_PICK_HINT);
        VBox neuron = new VBox(figures, table, hint);
        secondary.add(hint);
        neuron.getStyleClass().add("study-figures");

        Label collapseTitle = Labels.sectionTitle(TextKeys.COLLAPSE_TITLE);
        Label collapseHelp = Labels.caption(TextKeys.COLLAPSE_HELP);
        composedMap.setWrapText(true);
        composedMap.getStyleClass().add("composed-map");
        VBox collapseControls = new VBox(collapseTitle, collapseHelp, collapseLayers.root(), newWeights, composedMap,
                collapseActivation.root());
        StudySide collapseLeft = side(collapseControls);
        collapseLeft.setPrefWidth(320);
        Node collapse = board.add(model.collapseFigureProperty(), () -> null,
                Messages.get(TextKeys.COLLAPSE_DESCRIPTION));
        SplitPane collapseRow = sideRow(collapseLeft, collapse);

        SplitPane right = new WholeItemsSplitPane(neuron, collapseRow);
        right.setOrientation(Orientation.VERTICAL);
        right.setDividerPositions(0.64);
        layOut(side(controls), right, 0.22, "neuron-view");
        root.stackWhenNarrow();
    }

    private void initListeners() {
        newWeights.setOnAction(e -> model.newCollapseWeights());
        follow(model.stateProperty(), s -> {
            showTruth();
            showComposedMap();
        });
    }

    private void showTruth() {
        LogicTarget target = model.getState().target();
        truthTable.show(model.truthTable(), target);
        XorProof proof = model.xorProperty().get();
        if (model.matchesTarget()) {
            verdict.setText(Messages.format(TextKeys.NEURON_VERDICT_MATCH, target.name()));
        } else {
            String wrong = model.truthTable().stream()
                    .filter(r -> r.fires() != target.expected(r.x1(), r.x2()))
                    .map(r -> "(" + r.x1() + ", " + r.x2() + ")")
                    .collect(Collectors.joining(", "));
            verdict.setText(Messages.format(TextKeys.NEURON_VERDICT_MISMATCH, target.name(), wrong));
        }
        xorProof.setVisible(target == LogicTarget.XOR);
        xorProof.setText(Messages.format(TextKeys.NEURON_XOR_PROOF, DisplayNumbers.format(proof.edgeSum())));
    }

    private void showComposedMap() {
        LinearStack stack = model.stackProperty().get();
        AffineMap map = stack.compose();
        double b = map.bias();
        String line = "y = " + Numbers.format(map.weights()[0]) + " x " + (b < 0 ? "\u2212 " : "+ ")
                + Numbers.format(Math.abs(b));
        composedMap.setText(Messages.format(TextKeys.COLLAPSE_MAP, Integer.toString(stack.layers()), line));
    }
}
