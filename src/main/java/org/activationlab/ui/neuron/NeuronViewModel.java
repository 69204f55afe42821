package org.activationlab.ui.neuron;

import java.util.Objects;
import java.util.concurrent.Executor;
import java.util.function.UnaryOperator;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.activationlab.model.Activation;
import org.activationlab.model.ActivationSpec;
import org.activationlab.nn.neuron.LinearStack;
import org.activationlab.nn.neuron.Neuron;
import org.activationlab.nn.neuron.XorProof;
import org.activationlab.plot.Figure;
import org.activationlab.plot.studies.CollapseFigure;
import org.activationlab.plot.studies.NeuronFigures;
import org.activationlab.ui.BackgroundBuild;
import org.activationlab.ui.problems.ProblemSource;

/**
 * The Neuron tab's model: one {@link NeuronState} is its only truth; the view sends intents that
 * make the next state (an intent that leaves the state equal changes nothing). What follows from
 * the state (the neuron, its truth table, why it cannot be XOR and the collapse stack: a few
 * dozen evaluations) is recomputed on the FX thread for the part of the state that changed; the
 * three figures are built off the FX thread by a {@link BackgroundBuild} (the newest state wins;
 * {@link #isBuilding()} says whether the figures shown are behind the state).
 */
public final class NeuronViewModel {
    /** The collapse stack's hidden width. */
    static final int COLLAPSE_WIDTH = 3;

    private final ReadOnlyObjectWrapper<NeuronState> state = new ReadOnlyObjectWrapper<>(this, "state",
            NeuronState.INITIAL);
    private final ReadOnlyObjectWrapper<Neuron> neuron = new ReadOnlyObjectWrapper<>(this, "neuron");
    private final ObservableList<Neuron.TruthRow> truthTable = FXCollections.observableArrayList();
    private final ObservableList<Neuron.TruthRow> readOnlyTruthTable =
            FXCollections.unmodifiableObservableList(truthTable);
    private final ReadOnlyObjectWrapper<XorProof> xor = new ReadOnlyObjectWrapper<>(this, "xor");
    private final ReadOnlyObjectWrapper<Figure> curveFigure = new ReadOnlyObjectWrapper<>(this, "curveFigure");
    private final ReadOnlyObjectWrapper<Figure> planeFigure = new ReadOnlyObjectWrapper<>(this, "planeFigure");
    private final ReadOnlyObjectWrapper<LinearStack> stack = new ReadOnlyObjectWrapper<>(this, "stack");
    private final ReadOnlyObjectWrapper<Figure> collapseFigure = new ReadOnlyObjectWrapper<>(this, "collapseFigure");
    private final BackgroundBuild<NeuronState, Figures> figures;

    /** Builds the figures on a lane of its own, stopped by {@link #dispose()}, and publishes them on the FX thread. */
    public NeuronViewModel() {
        figures = new BackgroundBuild<>("neuron-figures", ProblemSource.FIGURE, NeuronViewModel::build, this::show);
        followState();
    }

    /**
     * Builds the figures on {@code worker}, one at a time, and publishes them through
     * {@code fxThread} (in a test, {@code Runnable::run} for both builds them at once).
     */
    public NeuronViewModel(Executor worker, Executor fxThread) {
        figures = new BackgroundBuild<>(worker, fxThread, NeuronViewModel::build, this::show);
        followState();
    }

    private void followState() {
        state.addListener((obs, old, now) -> follow(old, now));
        updateNeuron();
        updateStack();
        figures.request(state.get());
    }

    /** The tab's state. */
    public ReadOnlyObjectProperty<NeuronState> stateProperty() {
        return state.getReadOnlyProperty();
    }

    public NeuronState getState() {
        return state.get();
    }

    /** The current neuron, set after everything derived from it (listeners see a consistent state). */
    public ReadOnlyObjectProperty<Neuron> neuronProperty() {
        return neuron.getReadOnlyProperty();
    }

    public Neuron getNeuron() {
        return neuron.get();
    }

    /** The four rows over {0, 1}^2. */
    public ObservableList<Neuron.TruthRow> truthTable() {
        return readOnlyTruthTable;
    }

    /** The current neuron checked against XOR. */
    public ReadOnlyObjectProperty<XorProof> xorProperty() {
        return xor.getReadOnlyProperty();
    }

    /** g(z) with the four inputs marked. */
    public ReadOnlyObjectProperty<Figure> curveFigureProperty() {
        return curveFigure.getReadOnlyProperty();
    }

    /** The (x1, x2) plane with the decision line. */
    public ReadOnlyObjectProperty<Figure> planeFigureProperty() {
        return planeFigure.getReadOnlyProperty();
    }

    /** The collapse stack. */
    public ReadOnlyObjectProperty<LinearStack> stackProperty() {
        return stack.getReadOnlyProperty();
    }

    /** The collapse figure. */
    public ReadOnlyObjectProperty<Figure> collapseFigureProperty() {
        return collapseFigure.getReadOnlyProperty();
    }

    /** Whether figures for the newest state are being built (the ones shown are older until they are published). */
    public ReadOnlyBooleanProperty buildingProperty() {
        return figures.busyProperty();
    }

    public boolean isBuilding() {
        return figures.isBusy();
    }

    /** Whether the neuron reads like the target on all four inputs. */
    public boolean matchesTarget() {
        LogicTarget t = state.get().target();
        return truthTable.stream().allMatch(r -> r.fires() == t.expected(r.x1(), r.x2()));
    }

    /** Makes g = {@code g}. */
    public void setActivation(Activation g) {
        update(s -> s.withActivation(ActivationSpec.of(g)));
    }

    /** Sets w1, brought within the weight range; NaN is ignored. */
    public void setW1(double w) {
        update(s -> s.withW1(w));
    }

    /** Sets w2, brought within the weight range; NaN is ignored. */
    public void setW2(double w) {
        update(s -> s.withW2(w));
    }

    /** Sets b, brought within the weight range; NaN is ignored. */
    public void setBias(double b) {
        update(s -> s.withBias(b));
    }

    /** Makes {@code t} the target and, when it has weights, sets b, w1 and w2 to them ({@link LogicTarget#apply}). */
    public void choose(LogicTarget t) {
        update(t::apply);
    }

    /** Sets the collapse stack's depth, brought within 1 to {@value LinearStack#MAX_LAYERS}. */
    public void setCollapseLayers(int layers) {
        update(s -> s.withCollapseLayers(layers));
    }

    /** Compares the collapse with {@code g}. */
    public void setCollapseActivation(Activation g) {
        update(s -> s.withCollapseActivation(ActivationSpec.of(g)));
    }

    /** Draws new weights for the collapse stack. */
    public void newCollapseWeights() {
        update(s -> s.withCollapseSeed(s.collapseSeed() + 1));
    }

    /** Puts {@code saved} back, e.g. from a session file. */
    public void restore(NeuronState saved) {
        Objects.requireNonNull(saved, "saved");
        update(s -> saved);
    }

    /** Makes the next state from the current one; a state equal to the current one changes nothing. */
    public void update(UnaryOperator<NeuronState> change) {
        NeuronState next = change.apply(state.get());
        if (!next.equals(state.get())) {
            state.set(next);
        }
    }

    /** Builds the figures again for the same state, e.g. in a new language. */
    public void rebuildFigures() {
        figures.request(state.get());
    }

    /** Stops building figures (the window closes). */
    public void dispose() {
        figures.stop();
    }

    /**
     * Recomputes what depends on the parts of the state that changed, and asks for the figures of
     * the new state when a part they show changed (not the target).
     */
    private void follow(NeuronState old, NeuronState now) {
        if (!now.activation().equals(old.activation()) || now.w1() != old.w1() || now.w2() != old.w2()
                || now.bias() != old.bias()) {
            updateNeuron();
        }
        if (now.collapseLayers() != old.collapseLayers() || now.collapseSeed() != old.collapseSeed()) {
            updateStack();
        }
        if (!now.withTarget(old.target()).equals(old)) {
            figures.request(now);
        }
    }

    private void updateNeuron() {
        NeuronState s = state.get();
        Neuron n = neuron(s);
        truthTable.setAll(n.truthTable());
        xor.set(XorProof.check(n));
        neuron.set(n);
    }

    private void updateStack() {
        stack.set(stack(state.get()));
    }

    private static Neuron neuron(NeuronState s) {
        return new Neuron(s.activation().resolve(), s.bias(), s.w1(), s.w2());
    }

    private static LinearStack stack(NeuronState s) {
        return LinearStack.random(1, COLLAPSE_WIDTH, s.collapseLayers(), s.collapseSeed());
    }

    /** The three figures of one state, built together off the FX thread. */
    private record Figures(Figure curve, Figure plane, Figure collapse) {
    }

    private static Figures build(NeuronState s) {
        Neuron n = neuron(s);
        return new Figures(NeuronFigures.curve(n), NeuronFigures.plane(n),
                CollapseFigure.build(stack(s), s.collapseActivation().resolve()));
    }

    private void show(Figures built) {
        curveFigure.set(built.curve());
        planeFigure.set(built.plane());
        collapseFigure.set(built.collapse());
    }
}
