package org.activationlab.ui.gates;

import java.util.List;
import java.util.Locale;
import javafx.beans.value.ObservableValue;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;
import org.activationlab.model.Numbers;
import org.activationlab.nn.neuron.GateFunction;
import org.activationlab.nn.neuron.LstmGate;
import org.activationlab.plot.studies.GateFigures;
import org.activationlab.ui.DisplayNumbers;
import org.activationlab.ui.Labels;
import org.activationlab.ui.Messages;
import org.activationlab.ui.TextKeys;
import org.activationlab.ui.controls.StackingRow;
import org.activationlab.ui.studies.SliderRow;
import org.activationlab.ui.studies.StudyView;

/**
 * The Gates view (source text, section 5): why LSTMs gate with the sigmoid and squash with tanh.
 * The gate function and the three pre-activations on the left with what passes; what passes for
 * every gate pre-activation, and the cell state over time, on the right (the board's figures 0
 * and 1).
 */
public final class GatesView extends StudyView {
    static final double STEP = 0.05;

    private final GatesViewModel model;
    private final ToggleGroup gates = new ToggleGroup();
    private final SliderRow gatePre;
    private final SliderRow candidatePre;
    private final SliderRow forgetPre;
    private final Label reading = new Label();
    private final Label presetHelp = new Label();

    public GatesView(GatesViewModel model) {
        this.model = model;
        ObservableValue<GatesState> state = model.stateProperty();
        gatePre = new SliderRow(Messages.get(TextKeys.GATES_GATE_PRE), -GateFigures.GATE_RANGE, GateFigures.GATE_RANGE,
                STEP, state.map(GatesState::gatePreActivation), model::setGatePreActivation, Numbers::format);
        candidatePre = new SliderRow(Messages.get(TextKeys.GATES_CANDIDATE_PRE), -GatesState.CANDIDATE_RANGE,
                GatesState.CANDIDATE_RANGE, STEP, state.map(GatesState::candidatePreActivation),
                model::setCandidatePreActivation, Numbers::format);
        forgetPre = new SliderRow(Messages.get(TextKeys.GATES_FORGET_PRE), -GateFigures.GATE_RANGE,
                GateFigures.GATE_RANGE, STEP, state.map(GatesState::forgetPreActivation), model::setForgetPreActivation,
                Numbers::format);
        gatePre.slider().setId("gates-gate");
        candidatePre.slider().setId("gates-candidate");
        forgetPre.slider().setId("gates-forget");
        reading.setId("gates-reading");
        presetHelp.setId("gates-preset-help");
        createView();
        initListeners();
    }

    private void createView() {
        VBox functions = new VBox();
        for (GateFunction f : GateFunction.values()) {
            RadioButton r = new RadioButton(f.activation().info().displayName() + " " + f.range());
            r.setId("gate-" + f.name().toLowerCase(Locale.ROOT));
            r.setUserData(f);
            r.setToggleGroup(gates);
            functions.getChildren().add(r);
        }
        FlowPane presets = presetButtons(List.of(GatePreset.values()), p -> Messages.get(p.labelKey()),
                p -> "gates-preset-" + p.name().toLowerCase(Locale.ROOT).replace('_', '-'), model::applyPreset);
        presetHelp.setWrapText(true);
        presetHelp.getStyleClass().add("preset-help");
        reading.setWrapText(true);
        reading.getStyleClass().add("verdict");
        Label title = Labels.sectionTitle(TextKeys.GATES_TITLE);
        Label help = Labels.caption(TextKeys.GATES_HELP);
        Label presetsLabel = new Label(Messages.get(TextKeys.GATES_PRESETS));
        Label functionLabel = new Label(Messages.get(TextKeys.GATES_FUNCTION));
        Label alternatives = Labels.caption(TextKeys.GATES_ALTERNATIVES);
        VBox controls = new VBox(title, help, presetsLabel, presets, presetHelp, functionLabel, functions,
                gatePre.root(), candidatePre.root(), reading, forgetPre.root(), alternatives);
        secondary.add(title, help, presetsLabel, presets, presetHelp, functionLabel, functions, alternatives);
        Node passing = board.add(model.passingFigureProperty(), () -> null,
                Messages.get(TextKeys.GATES_PASSING_DESCRIPTION));
        Node cell = board.add(model.cellFigureProperty(), () -> null, Messages.get(TextKeys.GATES_CELL_DESCRIPTION));
        StackingRow figures = new StackingRow(passing, cell);
        figures.getStyleClass().add("study-figures");
        layOut(side(controls), figures, 0.24, "gates-view");
        root.stackWhenNarrow();
    }

    private void initListeners() {
        gates.selectedToggleProperty().addListener((obs, old, now) -> {
            if (now != null) {
                model.setGate((GateFunction) now.getUserData());
            }
        });
        follow(model.stateProperty(), this::show);
    }

    private void show(GatesState s) {
        gates.getToggles().stream().filter(t -> t.getUserData() == s.gate()).findFirst()
                .ifPresent(gates::selectToggle);
        showReading(s);
        presetHelp.setText(GatePreset.matching(s).map(p -> Messages.get(p.helpKey()))
                .orElseGet(() -> Messages.get(TextKeys.GATES_PRESET_NONE)));
    }

    private void showReading(GatesState s) {
        LstmGate.Reading r = s.reading();
        GateFunction f = s.gate();
        String key = f.isValve() ? TextKeys.GATES_READING_VALVE
                : r.gate() < 0 ? TextKeys.GATES_READING_FLIPS
                : r.gate() > 1 ? TextKeys.GATES_READING_AMPLIFIES : TextKeys.GATES_READING_UNBOUNDED;
        reading.setText(Messages.format(key, DisplayNumbers.format(r.gate()), DisplayNumbers.format(r.candidate()),
                DisplayNumbers.format(r.passed())));
    }
}
