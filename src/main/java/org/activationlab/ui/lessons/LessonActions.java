package org.activationlab.ui.lessons;

import java.util.function.UnaryOperator;
import org.activationlab.ui.curves.CurvesPreset;
import org.activationlab.ui.depth.DepthPreset;
import org.activationlab.ui.gates.GatesState;
import org.activationlab.ui.neuron.NeuronState;
import org.activationlab.ui.training.TrainingState;

/**
 * What a lesson's "show me" can do to the app: select a tab and put one view into a preset
 * state. The main window implements it; lessons never touch the views directly.
 */
public interface LessonActions {
    /** Selects the tab of {@code tab}. */
    void showTab(LessonTab tab);

    /** Shows {@code preset} on the curves tab. */
    void applyCurvesPreset(CurvesPreset preset);

    /** Selects the row of the function called {@code name} in the properties table. */
    void selectFunction(String name);

    /**
     * Puts the Training tab into the state {@code change} makes of its current one, from step 0,
     * and starts training when {@code play}.
     */
    void changeTraining(UnaryOperator<TrainingState> change, boolean play);

    /** Puts the Neuron tab into the state {@code change} makes of its current one. */
    void changeNeuron(UnaryOperator<NeuronState> change);

    /** Shows the depth study {@code preset}. */
    void applyDepthPreset(DepthPreset preset);

    /** Puts the Gates tab into the state {@code change} makes of its current one. */
    void changeGates(UnaryOperator<GatesState> change);
}
