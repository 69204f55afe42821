package org.activationlab.ui.gates;

import java.util.Optional;
import java.util.concurrent.Executor;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.activationlab.nn.neuron.GateFunction;
import org.activationlab.nn.neuron.LstmGate;
import org.activationlab.plot.Figure;
import org.activationlab.plot.studies.GateFigures;
import org.activationlab.ui.StateViewModel;

/**
 * The Gates view's model: one {@link GatesState} is its only truth ({@link StateViewModel}); the
 * two figures follow the state, built together off the FX thread.
 */
public final class GatesViewModel extends StateViewModel<GatesState, GatesViewModel.Figures> {
    /** The steps of the cell-state figure. */
    public static final int STEPS = 30;

    private final ReadOnlyObjectWrapper<Figure> passingFigure = new ReadOnlyObjectWrapper<>(this, "passingFigure");
    private final ReadOnlyObjectWrapper<Figure> cellFigure = new ReadOnlyObjectWrapper<>(this, "cellFigure");

    /** Builds the figures on a lane of its own, stopped by {@link #dispose()}, and publishes them on the FX thread. */
    public GatesViewModel() {
        super(GatesState.INITIAL, "gates-figures", GatesViewModel::build);
        followState();
    }

    /**
     * Builds the figures on {@code worker}, one at a time, and publishes them through
     * {@code fxThread} (in a test, {@code Runnable::run} for both builds them at once).
     */
    public GatesViewModel(Executor worker, Executor fxThread) {
        super(GatesState.INITIAL, worker, fxThread, GatesViewModel::build);
        followState();
    }

    /** What passes the gate now. */
    public LstmGate.Reading getReading() {
        return getState().reading();
    }

    /** The preset the settings are those of, if any. */
    public Optional<GatePreset> getPreset() {
        return GatePreset.matching(getState());
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

    /** The two figures of one state, built together off the FX thread. */
    record Figures(Figure passing, Figure cell) {
    }

    private static Figures build(GatesState s) {
        return new Figures(GateFigures.passing(s.gatePreActivation(), s.candidatePreActivation(), s.gate()),
                GateFigures.cellState(s.forgetPreActivation(), s.gatePreActivation(), s.candidatePreActivation(),
                        s.gate(), STEPS));
    }

    @Override
    protected void publish(Figures built) {
        passingFigure.set(built.passing());
        cellFigure.set(built.cell());
    }
}
