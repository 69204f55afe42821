package org.activationlab.ui.neuron;

import java.util.concurrent.Executor;
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
import org.activationlab.ui.StateViewModel;

/**
 * The Neuron tab's model: one {@link NeuronState} is its only truth ({@link StateViewModel}). What
 * follows from the state (the neuron, its truth table, why it cannot be XOR and the collapse
 * stack: a few dozen evaluations) is recomputed on the FX thread for the part of the state that
 * changed; the three figures are built together off the FX thread.
 */
public final class NeuronViewModel extends StateViewModel<NeuronState, NeuronViewModel.Figures> {
    /** The collapse stack's hidden width. */
    static final int COLLAPSE_WIDTH = 3;

    private final ReadOnlyObjectWrapper<Neuron> neuron = new ReadOnlyObjectWrapper<>(this, "neuron");
    private final ObservableList<Neuron.TruthRow> truthTable = FXCollections.observableArrayList();
    private final ObservableList<Neuron.TruthRow> readOnlyTruthTable =
            FXCollections.unmodifiableObservableList(truthTable);
    private final ReadOnlyObjectWrapper<XorProof> xor = new ReadOnlyObjectWrapper<>(this, "xor");
    private final ReadOnlyObjectWrapper<Figure> curveFigure = new ReadOnlyObjectWrapper<>(this, "curveFigure");
    private final ReadOnlyObjectWrapper<Figure> planeFigure = new ReadOnlyObjectWrapper<>(this, "planeFigure");
    private final ReadOnlyObjectWrapper<LinearStack> stack = new ReadOnlyObjectWrapper<>(this, "stack");
    private final ReadOnlyObjectWrapper<Figure> collapseFigure = new ReadOnlyObjectWrapper<>(this, "collapseFigure");

    /** Builds the figures on a lane of its own, stopped by {@link #dispose()}, and publishes them on the FX thread. */
    public NeuronViewModel() {
        super(NeuronState.INITIAL, "neuron-figures", NeuronViewModel::build);
        start();
    }

    /**
     * Builds the figures on {@code worker}, one at a time, and publishes them through
     * {@code fxThread} (in a test, {@code Runnable::run} for both builds them at once).
     */
    public NeuronViewModel(Executor worker, Executor fxThread) {
        super(NeuronState.INITIAL, worker, fxThread, NeuronViewModel::build);
        start();
    }

    private void start() {
        updateNeuron();
        updateStack();
        followState();
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

    /** Whether the neuron reads like the target on all four inputs. */
    public boolean matchesTarget() {
        LogicTarget t = getState().target();
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

    /**
     * Recomputes what depends on the parts of the state that changed, and says whether the figures
     * of the new state must be built: when a part they show changed (not the target).
     */
    @Override
    protected boolean follow(NeuronState old, NeuronState now) {
        if (!now.activation().equals(old.activation()) || now.w1() != old.w1() || now.w2() != old.w2()
                || now.bias() != old.bias()) {
            updateNeuron();
        }
        if (now.collapseLayers() != old.collapseLayers() || now.collapseSeed() != old.collapseSeed()) {
            updateStack();
        }
        return !now.withTarget(old.target()).equals(old);
    }

    private void updateNeuron() {
        NeuronState s = getState();
        Neuron n = neuron(s);
        truthTable.setAll(n.truthTable());
        xor.set(XorProof.check(n));
        neuron.set(n);
    }

    private void updateStack() {
        stack.set(stack(getState()));
    }

    private static Neuron neuron(NeuronState s) {
        return new Neuron(s.activation().resolve(), s.bias(), s.w1(), s.w2());
    }

    private static LinearStack stack(NeuronState s) {
        return LinearStack.random(1, COLLAPSE_WIDTH, s.collapseLayers(), s.collapseSeed());
    }

    /** The three figures of one state, built together off the FX thread. */
    record Figures(Figure curve, Figure plane, Figure collapse) {
    }

    private static Figures build(NeuronState s) {
        Neuron n = neuron(s);
        return new Figures(NeuronFigures.curve(n), NeuronFigures.plane(n),
                CollapseFigure.build(stack(s), s.collapseActivation().resolve()));
    }

    @Override
    protected void publish(Figures built) {
        curveFigure.set(built.curve());
        planeFigure.set(built.plane());
        collapseFigure.set(built.collapse());
    }
}
