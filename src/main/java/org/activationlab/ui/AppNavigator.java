package org.activationlab.ui;

import java.util.EnumMap;
import java.util.Map;
import java.util.function.UnaryOperator;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import org.activationlab.ui.curves.CurvesState;
import org.activationlab.ui.curves.CurvesViewModel;
import org.activationlab.ui.curves.gated.GatedState;
import org.activationlab.ui.curves.gated.GatedViewModel;
import org.activationlab.ui.depth.DepthState;
import org.activationlab.ui.depth.DepthViewModel;
import org.activationlab.ui.gates.GatesState;
import org.activationlab.ui.gates.GatesViewModel;
import org.activationlab.ui.lessons.LessonActions;
import org.activationlab.ui.lessons.LessonTab;
import org.activationlab.ui.neuron.NeuronState;
import org.activationlab.ui.neuron.NeuronViewModel;
import org.activationlab.ui.properties.PropertiesState;
import org.activationlab.ui.properties.PropertiesViewModel;
import org.activationlab.ui.shootout.ShootoutState;
import org.activationlab.ui.shootout.ShootoutViewModel;
import org.activationlab.ui.training.TrainingState;
import org.activationlab.ui.training.TrainingViewModel;

/**
 * The main window's side of the lessons: selects tabs and applies presets through the views'
 * models, exactly as their own preset buttons do.
 */
final class AppNavigator implements LessonActions {
    private final TabPane tabs;
    private final Map<LessonTab, Tab> tabOf;
    private final CurvesViewModel curves;
    private final PropertiesViewModel properties;
    private final TrainingViewModel training;
    private final NeuronViewModel neuron;
    private final DepthViewModel depth;
    private final GatesViewModel gates;
    private final GatedViewModel gated;
    private final ShootoutViewModel shootout;

    /**
     * @param tabOf the tab of every {@link LessonTab}
     * @throws IllegalArgumentException if a lesson tab has no tab
     */
    AppNavigator(TabPane tabs, Map<LessonTab, Tab> tabOf, CurvesViewModel curves, PropertiesViewModel properties,
                 TrainingViewModel training, NeuronViewModel neuron, DepthViewModel depth, GatesViewModel gates,
                 GatedViewModel gated, ShootoutViewModel shootout) {
        this.tabs = tabs;
        this.tabOf = new EnumMap<>(tabOf);
        for (LessonTab t : LessonTab.values()) {
            if (!this.tabOf.containsKey(t)) {
                throw new IllegalArgumentException("no tab for lessons that show " + t.id());
            }
        }
        this.curves = curves;
        this.properties = properties;
        this.training = training;
        this.neuron = neuron;
        this.depth = depth;
        this.gates = gates;
        this.gated = gated;
        this.shootout = shootout;
    }

    @Override
    public void showTab(LessonTab tab) {
        tabs.getSelectionModel().select(tabOf.get(tab));
    }

    @Override
    public void changeCurves(UnaryOperator<CurvesState> change) {
        curves.update(change);
    }

    @Override
    public void changeProperties(UnaryOperator<PropertiesState> change) {
        properties.update(change);
    }

    @Override
    public void changeTraining(UnaryOperator<TrainingState> change, boolean play) {
        training.start(change);
        if (play) {
            training.play();
        }
    }

    @Override
    public void changeNeuron(UnaryOperator<NeuronState> change) {
        neuron.update(change);
    }

    @Override
    public void changeDepth(UnaryOperator<DepthState> change) {
        depth.update(change);
    }

    @Override
    public void changeGates(UnaryOperator<GatesState> change) {
        gates.update(change);
    }

    @Override
    public void changeShootout(UnaryOperator<ShootoutState> change) {
        shootout.update(change);
    }

    @Override
    public void changeGated(UnaryOperator<GatedState> change) {
        gated.update(change);
    }
}
