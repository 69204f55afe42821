package org.activationlab.ui.session;

import java.util.List;
import java.util.Optional;
import java.util.Map;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import org.activationlab.model.ActivationSpec;
import org.activationlab.model.Catalogue;
import org.activationlab.model.PropertyAnalyzer;
import org.activationlab.nn.Initializer;
import org.activationlab.nn.OptimizerKind;
import org.activationlab.nn.Task;
import org.activationlab.nn.depth.BatchNormMode;
import org.activationlab.nn.depth.WeightInit;
import org.activationlab.nn.neuron.GateFunction;
import org.activationlab.ui.curves.CurvesState;
import org.activationlab.ui.curves.CurvesViewModel;
import org.activationlab.ui.curves.gated.GatedViewModel;
import org.activationlab.ui.depth.DepthState;
import org.activationlab.ui.depth.DepthViewModel;
import org.activationlab.ui.gates.GatesState;
import org.activationlab.ui.gates.GatesViewModel;
import org.activationlab.ui.neuron.LogicTarget;
import org.activationlab.ui.neuron.NeuronState;
import org.activationlab.ui.neuron.NeuronViewModel;
import org.activationlab.ui.properties.PropertiesState;
import org.activationlab.ui.properties.PropertiesViewModel;
import org.activationlab.ui.training.TrainingState;
import org.activationlab.ui.training.TrainingViewModel;

/**
 * The view models of the main window with their session parts registered as the window does,
 * for tests on the FX thread; {@link #close()} stops their threads.
 */
final class Views implements AutoCloseable {
    static final List<String> TAB_IDS = List.of("curves-tab", "properties-tab", "training-tab", "neuron-tab",
            "depth-tab", "gates-tab");

    final CurvesViewModel curves = new CurvesViewModel(PropertyAnalyzer::analyze, task -> { }, Runnable::run,
            Runnable::run, message -> { });
    final PropertiesViewModel properties = new PropertiesViewModel(PropertyAnalyzer::analyze, message -> { });
    final TrainingViewModel training = new TrainingViewModel(TrainingState.INITIAL, message -> { });
    final NeuronViewModel neuron = new NeuronViewModel();
    final DepthViewModel depth = new DepthViewModel(message -> { });
    final GatesViewModel gates = new GatesViewModel();
    final GatedViewModel gated = new GatedViewModel(Runnable::run, Runnable::run);
    final TabPane tabs = new TabPane();
    final SessionParts parts = new SessionParts();

    Views() {
        TAB_IDS.forEach(id -> {
            Tab tab = new Tab(id);
            tab.setId(id);
            tabs.getTabs().add(tab);
        });
        ViewParts.registerAll(parts, curves, properties, training, neuron, depth, gates, () -> tabs);
        parts.register(ViewParts.gated(gated));
    }

    /** Moves every setting of every view away from where it starts, through the views' own commands. */
    void changeEverything() {
        curves.plot("elu", true);
        curves.plot("tanh", false);
        curves.changeParameters(Catalogue.get("elu").with("alpha", 0.5));
        curves.changeParameters(Catalogue.create("maxout", Map.of("k", 3.0, "w3", -0.5, "b3", 1.25)));
        curves.plot("maxout", true);
        curves.showXRange(-3, 5);
        curves.fixFunctionRange(-2, 3);
        curves.logDerivative(true);
        curves.depth(4);
        curves.saturationThreshold(0.05);
        curves.hatchZeroGradient(true);
        curves.showPanels(false, true);

        properties.setFilter("lu");

        training.setTask(Task.SPIRAL);
        training.setPoints(300);
        training.setNoise(0.2);
        training.addLayer();
        training.changeUnits(0, 3);
        training.setActivation(1, ActivationSpec.of("tanh"));
        training.setInitializer(Initializer.uniform(0.7));
        training.setBiasInit(0.1);
        training.setOptimizer(OptimizerKind.ADAM);
        training.setLearningRate(0.03);
        training.setBatchSize(16);
        training.setL2(0.001);
        training.newSeed();
        training.regenerate();
        training.setComparison(Optional.of(ActivationSpec.of("leaky_relu", Map.of("slope", 0.2))));
        training.setSpeed(10);

        neuron.setActivation(Catalogue.get("tanh"));
        neuron.choose(LogicTarget.OR);
        neuron.setW1(5.5);
        neuron.setCollapseLayers(5);
        neuron.setCollapseActivation(Catalogue.get("relu"));
        neuron.newCollapseWeights();

        depth.restore(new DepthState(ActivationSpec.of("relu"), WeightInit.HE, 0.05, 50, 200, BatchNormMode.BEFORE, 9,
                4, 60, 500));

        gates.setGate(GateFunction.TANH);
        gates.setGatePreActivation(-2);
        gates.setCandidatePreActivation(3);
        gates.setForgetPreActivation(-1);

        tabs.getSelectionModel().select(5);
    }

    /** Every view's plain state record, and the selected tab's id. */
    Snapshot snapshot() {
        return new Snapshot(curves.getState(), properties.getState(), ViewParts.trainingSaved(training),
                neuron.getState(), depth.getState(), gates.getState(),
                tabs.getSelectionModel().getSelectedItem().getId());
    }

    record Snapshot(CurvesState curves, PropertiesState properties, TrainingJson.Saved training, NeuronState neuron,
                    DepthState depth, GatesState gates, String tab) {
    }

    @Override
    public void close() {
        training.close();
        neuron.dispose();
        depth.dispose();
        gates.dispose();
        gated.dispose();
        properties.dispose();
    }
}
