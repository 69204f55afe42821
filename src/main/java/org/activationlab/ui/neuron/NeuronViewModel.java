package org.activationlab.ui.neuron;

import javafx.beans.property.DoubleProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.LongProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleLongProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.activationlab.model.Activation;
import org.activationlab.model.Catalogue;
import org.activationlab.nn.neuron.LinearStack;
import org.activationlab.nn.neuron.LogicPreset;
import org.activationlab.nn.neuron.Neuron;
import org.activationlab.nn.neuron.XorProof;
import org.activationlab.plot.Figure;
import org.activationlab.plot.studies.CollapseFigure;
import org.activationlab.plot.studies.NeuronFigures;

/**
 * The Neuron tab's state: one neuron's activation, weights and bias (each in
 * [{@value #WEIGHT_MIN}, {@value #WEIGHT_MAX}]), its truth table, why it cannot be XOR, and
 * its figures; and the linear-collapse stack with its figure. Everything derived is
 * recomputed on the FX thread when an input changes (a few thousand evaluations).
 */
public final class NeuronViewModel {
    /** The weight and bias range of the sliders. */
    public static final double WEIGHT_MIN = -40;
    public static final double WEIGHT_MAX = 40;
    /** The collapse stack's hidden width. */
    static final int COLLAPSE_WIDTH = 3;

    private final ObjectProperty<Activation> activation = new SimpleObjectProperty<>(this, "activation",
            Catalogue.get("sigmoid"));
    private final DoubleProperty bias = weight("bias", LogicPreset.AND.bias());
    private final DoubleProperty w1 = weight("w1", LogicPreset.AND.w1());
    private final DoubleProperty w2 = weight("w2", LogicPreset.AND.w2());
    private final ReadOnlyObjectWrapper<Neuron> neuron = new ReadOnlyObjectWrapper<>(this, "neuron");
    private final ObservableList<Neuron.TruthRow> truthTable = FXCollections.observableArrayList();
    private final ObservableList<Neuron.TruthRow> readOnlyTruthTable =
            FXCollections.unmodifiableObservableList(truthTable);
    private final ReadOnlyObjectWrapper<XorProof> xor = new ReadOnlyObjectWrapper<>(this, "xor");
    private final ObjectProperty<LogicTarget> target = new SimpleObjectProperty<>(this, "target", LogicTarget.AND);
    private final ReadOnlyObjectWrapper<Figure> curveFigure = new ReadOnlyObjectWrapper<>(this, "curveFigure");
    private final ReadOnlyObjectWrapper<Figure> planeFigure = new ReadOnlyObjectWrapper<>(this, "planeFigure");

    private final IntegerProperty collapseLayers = new SimpleIntegerProperty(this, "collapseLayers", 3);
    private final ObjectProperty<Activation> collapseActivation = new SimpleObjectProperty<>(this,
            "collapseActivation", Catalogue.get("tanh"));
    private final LongProperty collapseSeed = new SimpleLongProperty(this, "collapseSeed", 1);
    private final ReadOnlyObjectWrapper<LinearStack> stack = new ReadOnlyObjectWrapper<>(this, "stack");
    private final ReadOnlyObjectWrapper<Figure> collapseFigure = new ReadOnlyObjectWrapper<>(this, "collapseFigure");

    public NeuronViewModel() {
        activation.addListener((obs, old, now) -> updateNeuron());
        bias.addListener((obs, old, now) -> updateNeuron());
        w1.addListener((obs, old, now) -> updateNeuron());
        w2.addListener((obs, old, now) -> updateNeuron());
        collapseLayers.addListener((obs, old, now) -> updateStack());
        collapseSeed.addListener((obs, old, now) -> updateStack());
        collapseActivation.addListener((obs, old, now) -> updateCollapseFigure());
        updateNeuron();
        updateStack();
    }

    /** A property that keeps its value within the slider range and ignores NaN. */
    private DoubleProperty weight(String name, double initial) {
        return new SimpleDoubleProperty(this, name, initial) {
            @Override
            public void set(double value) {
                if (!Double.isNaN(value)) {
                    super.set(Math.max(WEIGHT_MIN, Math.min(WEIGHT_MAX, value)));
                }
            }
        };
    }

    /** The neuron's activation g. */
    public ObjectProperty<Activation> activationProperty() {
        return activation;
    }

    /** b, kept within the slider range. */
    public DoubleProperty biasProperty() {
        return bias;
    }

    /** w1, kept within the slider range. */
    public DoubleProperty w1Property() {
        return w1;
    }

    /** w2, kept within the slider range. */
    public DoubleProperty w2Property() {
        return w2;
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

    /** The gate the truth table compares the neuron with. */
    public ObjectProperty<LogicTarget> targetProperty() {
        return target;
    }

    /** Whether the neuron reads like the target on all four inputs. */
    public boolean matchesTarget() {
        LogicTarget t = target.get();
        return truthTable.stream().allMatch(r -> r.fires() == t.expected(r.x1(), r.x2()));
    }

    /**
     * Makes {@code t} the target and, when it has weights, sets b, w1 and w2 to them (the
     * activation stays); XOR keeps the weights, since none would do.
     */
    public void choose(LogicTarget t) {
        target.set(t);
        t.preset().ifPresent(p -> {
            bias.set(p.bias());
            w1.set(p.w1());
            w2.set(p.w2());
        });
    }

    /** The number of layers of the collapse stack, 1 to {@value LinearStack#MAX_LAYERS}. */
    public IntegerProperty collapseLayersProperty() {
        return collapseLayers;
    }

    /** The non-linear activation the collapse stack is compared with. */
    public ObjectProperty<Activation> collapseActivationProperty() {
        return collapseActivation;
    }

    /** The seed of the collapse stack's weights. */
    public LongProperty collapseSeedProperty() {
        return collapseSeed;
    }

    /** Draws new weights for the collapse stack. */
    public void newCollapseWeights() {
        collapseSeed.set(collapseSeed.get() + 1);
    }

    /** The collapse stack. */
    public ReadOnlyObjectProperty<LinearStack> stackProperty() {
        return stack.getReadOnlyProperty();
    }

    /** The collapse figure. */
    public ReadOnlyObjectProperty<Figure> collapseFigureProperty() {
        return collapseFigure.getReadOnlyProperty();
    }

    /** Builds the figures again for the same neuron and stack, e.g. in a new language. */
    public void rebuildFigures() {
        curveFigure.set(NeuronFigures.curve(neuron.get()));
        planeFigure.set(NeuronFigures.plane(neuron.get()));
        updateCollapseFigure();
    }

    private void updateNeuron() {
        Neuron n = new Neuron(activation.get(), bias.get(), w1.get(), w2.get());
        truthTable.setAll(n.truthTable());
        xor.set(XorProof.check(n));
        curveFigure.set(NeuronFigures.curve(n));
        planeFigure.set(NeuronFigures.plane(n));
        neuron.set(n);
    }

    private void updateStack() {
        int layers = Math.max(1, Math.min(LinearStack.MAX_LAYERS, collapseLayers.get()));
        stack.set(LinearStack.random(1, COLLAPSE_WIDTH, layers, collapseSeed.get()));
        updateCollapseFigure();
    }

    private void updateCollapseFigure() {
        collapseFigure.set(CollapseFigure.build(stack.get(), collapseActivation.get()));
    }
}
