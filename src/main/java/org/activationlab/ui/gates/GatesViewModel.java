package org.activationlab.ui.gates;

import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.activationlab.nn.neuron.GateFunction;
import org.activationlab.nn.neuron.LstmGate;
import org.activationlab.plot.Figure;
import org.activationlab.plot.studies.GateFigures;

/**
 * The Gates view's state: the gate function, the gate's, the candidate's and the forget gate's
 * pre-activations, what passes, and the two figures (recomputed on the FX thread: a few
 * thousand evaluations).
 */
public final class GatesViewModel {
    /** The steps of the cell-state figure. */
    public static final int STEPS = 30;
    /** The candidate pre-activation range of its slider. */
    public static final double CANDIDATE_RANGE = 4;

    private final ObjectProperty<GateFunction> gate = new SimpleObjectProperty<>(this, "gate", GateFunction.SIGMOID);
    private final DoubleProperty gatePreActivation = bounded("gatePreActivation", GateFigures.GATE_RANGE, 1);
    private final DoubleProperty candidatePreActivation = bounded("candidatePreActivation", CANDIDATE_RANGE, 1.5);
    private final DoubleProperty forgetPreActivation = bounded("forgetPreActivation", GateFigures.GATE_RANGE, 2);
    private final ReadOnlyObjectWrapper<LstmGate.Reading> reading = new ReadOnlyObjectWrapper<>(this, "reading");
    private final ReadOnlyObjectWrapper<Figure> passingFigure = new ReadOnlyObjectWrapper<>(this, "passingFigure");
    private final ReadOnlyObjectWrapper<Figure> cellFigure = new ReadOnlyObjectWrapper<>(this, "cellFigure");
    private final ReadOnlyObjectWrapper<GatePreset> preset = new ReadOnlyObjectWrapper<>(this, "preset");
    private boolean applyingPreset;

    public GatesViewModel() {
        gate.addListener((obs, old, now) -> changed());
        gatePreActivation.addListener((obs, old, now) -> changed());
        candidatePreActivation.addListener((obs, old, now) -> changed());
        forgetPreActivation.addListener((obs, old, now) -> changed());
        update();
    }

    /** A property kept within [-range, range] that ignores NaN. */
    private DoubleProperty bounded(String name, double range, double initial) {
        return new SimpleDoubleProperty(this, name, initial) {
            @Override
            public void set(double value) {
                if (!Double.isNaN(value)) {
                    super.set(Math.max(-range, Math.min(range, value)));
                }
            }
        };
    }

    /** The function the gates use. */
    public ObjectProperty<GateFunction> gateProperty() {
        return gate;
    }

    /** a, the gate's pre-activation, within +-{@value GateFigures#GATE_RANGE}. */
    public DoubleProperty gatePreActivationProperty() {
        return gatePreActivation;
    }

    /** c, the candidate's pre-activation, within +-{@value #CANDIDATE_RANGE}. */
    public DoubleProperty candidatePreActivationProperty() {
        return candidatePreActivation;
    }

    /** The forget gate's pre-activation, within +-{@value GateFigures#GATE_RANGE}. */
    public DoubleProperty forgetPreActivationProperty() {
        return forgetPreActivation;
    }

    /** What passes the gate now. */
    public ReadOnlyObjectProperty<LstmGate.Reading> readingProperty() {
        return reading.getReadOnlyProperty();
    }

    public LstmGate.Reading getReading() {
        return reading.get();
    }

    /** g(a) and g(a) tanh(c) for each gate function. */
    public ReadOnlyObjectProperty<Figure> passingFigureProperty() {
        return passingFigure.getReadOnlyProperty();
    }

    /** The cell state over {@value #STEPS} steps for each gate function. */
    public ReadOnlyObjectProperty<Figure> cellFigureProperty() {
        return cellFigure.getReadOnlyProperty();
    }

    /** The preset the settings came from, or null once one was changed by hand. */
    public ReadOnlyObjectProperty<GatePreset> presetProperty() {
        return preset.getReadOnlyProperty();
    }

    /** Applies {@code p}'s settings. */
    public void applyPreset(GatePreset p) {
        applyingPreset = true;
        try {
            gate.set(p.gate());
            gatePreActivation.set(p.gatePreActivation());
            candidatePreActivation.set(p.candidatePreActivation());
            forgetPreActivation.set(p.forgetPreActivation());
        } finally {
            applyingPreset = false;
        }
        preset.set(p);
        update();
    }

    /** Builds the figures again for the same settings, e.g. in a new language. */
    public void rebuildFigures() {
        update();
    }

    private void changed() {
        if (!applyingPreset) {
            preset.set(null);
            update();
        }
    }

    private void update() {
        GateFunction g = gate.get();
        reading.set(LstmGate.read(g, gatePreActivation.get(), candidatePreActivation.get()));
        passingFigure.set(GateFigures.passing(gatePreActivation.get(), candidatePreActivation.get(), g));
        cellFigure.set(GateFigures.cellState(forgetPreActivation.get(), gatePreActivation.get(),
                candidatePreActivation.get(), g, STEPS));
    }
}
