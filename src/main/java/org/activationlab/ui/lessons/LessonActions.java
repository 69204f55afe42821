package org.activationlab.ui.lessons;

import java.util.function.UnaryOperator;
import org.activationlab.ui.curves.CurvesState;
import org.activationlab.ui.curves.gated.GatedState;
import org.activationlab.ui.depth.DepthState;
import org.activationlab.ui.gates.GatesState;
import org.activationlab.ui.neuron.NeuronState;
import org.activationlab.ui.properties.PropertiesState;
import org.activationlab.ui.shootout.ShootoutState;
import org.activationlab.ui.training.TrainingState;

/**
 * What a lesson's "show me" can do to the app: select a tab and put one view into a preset
 * state (for the Properties, Neuron and Gates tabs, a function from the tab's state to the next).
 * The main window implements it; lessons never touch the views directly.
 */
public interface LessonActions {
    /** Selects the tab of {@code tab}. */
    void showTab(LessonTab tab);

    /** Puts the curves tab into the state {@code change} makes of its current one. */
    void changeCurves(UnaryOperator<CurvesState> change);

    /** Puts the Properties tab into the state {@code change} makes of its current one. */
    void changeProperties(UnaryOperator<PropertiesState> change);

    /**
     * Puts the Training tab into the state {@code change} makes of its current one, from step 0,
     * and starts training when {@code play}.
     */
    void changeTraining(UnaryOperator<TrainingState> change, boolean play);

    /** Puts the Neuron tab into the state {@code change} makes of its current one. */
    void changeNeuron(UnaryOperator<NeuronState> change);

    /** Puts the Depth tab into the state {@code change} makes of its current one. */
    void changeDepth(UnaryOperator<DepthState> change);

    /** Puts the Gates tab into the state {@code change} makes of its current one. */
    void changeGates(UnaryOperator<GatesState> change);

    /** Puts the Shoot-out tab's settings into the state {@code change} makes of its current one (it does not run them). */
    void changeShootout(UnaryOperator<ShootoutState> change);

    /** Puts the Curves tab's two-input view of the gated units into the state {@code change} makes of its current one. */
    void changeGated(UnaryOperator<GatedState> change);
}
