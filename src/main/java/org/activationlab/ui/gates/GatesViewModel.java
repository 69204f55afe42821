package org.activationlab.ui.gates;

import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.function.UnaryOperator;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.activationlab.nn.neuron.GateFunction;
import org.activationlab.nn.neuron.LstmGate;
import org.activationlab.plot.Figure;
import org.activationlab.plot.studies.GateFigures;
import org.activationlab.ui.BackgroundBuild;
import org.activationlab.ui.problems.ProblemSource;

/**
 * The Gates view's model: one {@link GatesState} is its only truth; the view sends intents that
 * make the next state (an intent that leaves the state equal changes nothing), and the two
 * figures follow the state, built off the FX thread by a {@link BackgroundBuild} (the newest state
 * wins; {@link #isBuilding()} says whether the figures shown are behind the state).
 */
public final class GatesViewModel {
    /** The steps of the cell-state figure. */
    public static final int STEPS = 30;

    private final ReadOnlyObjectWrapper<GatesState> state = new ReadOnlyObjectWrapper<>(this, "state",
            GatesState.INITIAL);
    private final ReadOnlyObjectWrapper<Figure> passingFigure = new ReadOnlyObjectWrapper<>(this, "passingFigure");
    private final ReadOnlyObjectWrapper<Figure> cellFigure = new ReadOnlyObjectWrapper<>(this, "cellFigure");
    private final BackgroundBuild<GatesState, Figures> figures;

    /** Builds the figures on a lane of its own, stopped by {@link #dispose()}, and publishes them on the FX thread. */
    public GatesViewModel() {
        figures = new BackgroundBuild<>("gates-figures", ProblemSource.FIGURE, GatesViewModel::build, this::show);
        followState();
    }

    /**
     * Builds the figures on {@code worker}, one at a time, and publishes them through
     * {@code fxThread} (in a test, {@code Runnable::run} for both builds them at once).
     */
    public GatesViewModel(Executor worker, Executor fxThread) {
        figures = new BackgroundBuild<>(worker, fxThread, GatesViewModel::build, this::show);
        followState();
    }

    private void followState() {
        state.addListener((obs, old, now) -> figures.request(now));
        figures.request(state.get());
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

    /** Whether figures for the newest state are being built (the ones shown are older until they are published). */
    public ReadOnlyBooleanProperty buildingProperty() {
        return figures.busyProperty();
    }

    public boolean isBuilding() {
        return figures.isBusy();
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
        figures.request(state.get());
    }

    /** Stops building figures (the window closes). */
    public void dispose() {
        figures.stop();
    }

    /** The two figures of one state, built together off the FX thread. */
    private record Figures(Figure passing, Figure cell) {
    }

    private static Figures build(GatesState s) {
        return new Figures(GateFigures.passing(s.gatePreActivation(), s.candidatePreActivation(), s.gate()),
                GateFigures.cellState(s.forgetPreActivation(), s.gatePreActivation(), s.candidatePreActivation(),
                        s.gate(), STEPS));
    }

    private void show(Figures built) {
        passingFigure.set(built.passing());
        cellFigure.set(built.cell());
    }
}
