package org.activationlab.ui.gates;

import java.util.Objects;
import java.util.Optional;
import java.util.function.UnaryOperator;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.activationlab.nn.neuron.GateFunction;
import org.activationlab.nn.neuron.LstmGate;
import org.activationlab.plot.Figure;
import org.activationlab.plot.studies.GateFigures;

/**
 * The Gates view's model: one {@link GatesState} is its only truth; the view sends intents that
 * make the next state (an intent that leaves the state equal changes nothing), and the two
 * figures follow the state (recomputed on the FX thread: a few thousand evaluations).
 */
public final class GatesViewModel {
    /** The steps of the cell-state figure. */
    public static final int STEPS = 30;

    private final ReadOnlyObjectWrapper<GatesState> state = new ReadOnlyObjectWrapper<>(this, "state",
            GatesState.INITIAL);
    private final ReadOnlyObjectWrapper<Figure> passingFigure = new ReadOnlyObjectWrapper<>(this, "passingFigure");
    private final ReadOnlyObjectWrapper<Figure> cellFigure = new ReadOnlyObjectWrapper<>(this, "cellFigure");

    public GatesViewModel() {
        state.addListener((obs, old, now) -> buildFigures());
        buildFigures();
    }

    /** The tab's state. */
    public ReadOnlyObjectProperty<GatesState> stateProperty() {
        return state.getReadOnlyProperty();
    }

    public GatesState getState() {
        return state.get();
    }

    /** What passes the gate now. */
    public LstmGate.Reading getReading() {
        return state.get().reading();
    }

    /** The preset the settings are those of, if any. */
    public Optional<GatePreset> getPreset() {
        return GatePreset.matching(state.get());
    }

    /** g(a) and g(a) tanh(c) for each gate function. */
    public ReadOnlyObjectProperty<Figure> passingFigureProperty() {
        return passingFigure.getReadOnlyProperty();
    }

    /** The cell state over {@value #STEPS} steps for each gate function. */
    public ReadOnlyObjectProperty<Figure> cellFigureProperty() {
        return cellFigure.getReadOnlyProperty();
    }

    /** Makes the gates use {@code g}. */
    public void setGate(GateFunction g) {
        update(s -> s.withGate(g));
    }

    /** Sets a, brought within +-{@value GateFigures#GATE_RANGE}; NaN is ignored. */
    public void setGatePreActivation(double a) {
        update(s -> s.withGatePreActivation(a));
    }

    /** Sets c, brought within +-{@value GatesState#CANDIDATE_RANGE}; NaN is ignored. */
    public void setCandidatePreActivation(double c) {
        update(s -> s.withCandidatePreActivation(c));
    }

    /** Sets the forget gate's pre-activation, brought within +-{@value GateFigures#GATE_RANGE}; NaN is ignored. */
    public void setForgetPreActivation(double f) {
        update(s -> s.withForgetPreActivation(f));
    }

    /** Applies {@code p}'s settings. */
    public void applyPreset(GatePreset p) {
        update(p::apply);
    }

    /** Puts {@code saved} back, e.g. from a session file. */
    public void restore(GatesState saved) {
        update(s -> Objects.requireNonNull(saved, "saved"));
    }

    /** Makes the next state from the current one; a state equal to the current one changes nothing. */
    public void update(UnaryOperator<GatesState> change) {
        GatesState next = change.apply(state.get());
        if (!next.equals(state.get())) {
            state.set(next);
        }
    }

    /** Builds the figures again for the same settings, e.g. in a new language. */
    public void rebuildFigures() {
        buildFigures();
    }

    private void buildFigures() {
        GatesState s = state.get();
        passingFigure.set(GateFigures.passing(s.gatePreActivation(), s.candidatePreActivation(), s.gate()));
        cellFigure.set(GateFigures.cellState(s.forgetPreActivation(), s.gatePreActivation(),
                s.candidatePreActivation(), s.gate(), STEPS));
    }
}
