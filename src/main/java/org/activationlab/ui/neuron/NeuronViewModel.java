package org.activationlab.ui.neuron;

import java.util.Objects;
import java.util.function.UnaryOperator;
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

/**
 * The Neuron tab's model: one {@link NeuronState} is its only truth; the view sends intents that
 * make the next state (an intent that leaves the state equal changes nothing). What follows from
 * the state (the neuron, its truth table, why it cannot be XOR, the collapse stack and the
 * figures) is recomputed on the FX thread for the part of the state that changed (a few thousand
 * evaluations).
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

    public NeuronViewModel() {
        state.addListener((obs, old, now) -> follow(old, now));
        updateNeuron();
        updateStack();
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

    /** Builds the figures again for the same neuron and stack, e.g. in a new language. */
    public void rebuildFigures() {
        curveFigure.set(NeuronFigures.curve(neuron.get()));
        planeFigure.set(NeuronFigures.plane(neuron.get()));
        updateCollapseFigure();
    }

    /** Recomputes what depends on the parts of the state that changed. */
    private void follow(NeuronState old, NeuronState now) {
        if (!now.activation().equals(old.activation()) || now.w1() != old.w1() || now.w2() != old.w2()
                || now.bias() != old.bias()) {
            updateNeuron();
        }
        if (now.collapseLayers() != old.collapseLayers() || now.collapseSeed() != old.collapseSeed()) {
            updateStack();
        } else if (!now.collapseActivation().equals(old.collapseActivation())) {
            updateCollapseFigure();
        }
    }

    private void updateNeuron() {
        NeuronState s = state.get();
        Neuron n = new Neuron(s.activation().resolve(), s.bias(), s.w1(), s.w2());
        truthTable.setAll(n.truthTable());
        xor.set(XorProof.check(n));
        curveFigure.set(NeuronFigures.curve(n));
        planeFigure.set(NeuronFigures.plane(n));
        neuron.set(n);
    }

    private void updateStack() {
        NeuronState s = state.get();
        stack.set(LinearStack.random(1, COLLAPSE_WIDTH, s.collapseLayers(), s.collapseSeed()));
        updateCollapseFigure();
    }

    private void updateCollapseFigure() {
        collapseFigure.set(CollapseFigure.build(stack.get(), state.get().collapseActivation().resolve()));
    }
}
