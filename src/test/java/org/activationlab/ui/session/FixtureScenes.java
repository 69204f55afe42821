package org.activationlab.ui.session;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.activationlab.model.Catalogue;
import org.activationlab.model.ActivationSpec;
import org.activationlab.nn.Initializer;
import org.activationlab.nn.OptimizerKind;
import org.activationlab.nn.Task;
import org.activationlab.nn.depth.BatchNormMode;
import org.activationlab.nn.depth.WeightInit;
import org.activationlab.nn.neuron.GateFunction;
import org.activationlab.ui.depth.DepthState;
import org.activationlab.ui.neuron.LogicTarget;

/**
 * The settings of the sessions kept as fixtures under {@code fixtures/v0.1.0}: one per tab, each
 * moving that tab's settings away from their defaults through the view models' own commands.
 * The fixture files were saved by version 0.1.0 after exactly these commands, so opening one
 * today must give the state these commands give.
 */
final class FixtureScenes {
    /** The training fixture was saved after this many steps. */
    static final int TRAINING_STEP = 25;

    /**
     * One tab's scene.
     *
     * @param file the fixture's file name
     * @param tab the tab selected when it was saved
     * @param change the commands that made it
     */
    record Scene(String file, String tab, Consumer<Views> change) {
    }

    static final List<Scene> SCENES = List.of(
            new Scene("curves.alab", "curves-tab", FixtureScenes::curves),
            new Scene("properties.alab", "properties-tab", v -> {
                v.properties.setFilter("lu");
                v.properties.select("elu");
            }),
            new Scene("training.alab", "training-tab", FixtureScenes::training),
            new Scene("neuron.alab", "neuron-tab", FixtureScenes::neuron),
            new Scene("depth.alab", "depth-tab", v -> {
                v.depth.restore(new DepthState(ActivationSpec.of("gelu"), WeightInit.XAVIER, 0.05, 40, 120,
                        BatchNormMode.BEFORE, 9, 4, 60, 500));
            }),
            new Scene("gates.alab", "gates-tab", v -> {
                v.gates.setGate(GateFunction.TANH);
                v.gates.setGatePreActivation(-2);
                v.gates.setCandidatePreActivation(3);
                v.gates.setForgetPreActivation(-1);
            }));

    private FixtureScenes() {
    }

    private static void curves(Views v) {
        v.curves.plot("elu", true);
        v.curves.plot("tanh", false);
        v.curves.changeParameters(Catalogue.get("elu").with("alpha", 0.5));
        v.curves.changeParameters(Catalogue.create("maxout", Map.of("k", 3.0, "w3", -0.5, "b3", 1.25)));
        v.curves.plot("maxout", true);
        v.curves.showXRange(-3, 5);
        v.curves.fixFunctionRange(-2, 3);
        v.curves.logDerivative(true);
        v.curves.depth(4);
        v.curves.saturationThreshold(0.05);
        v.curves.hatchZeroGradient(true);
        v.curves.showPanels(true, true);
    }

    private static void training(Views v) {
        v.training.setTask(Task.SPIRAL);
        v.training.setPoints(300);
        v.training.setNoise(0.2);
        v.training.addLayer();
        v.training.changeUnits(0, 3);
        v.training.setActivation(1, ActivationSpec.of("tanh"));
        v.training.setActivation(2, ActivationSpec.of("prelu", Map.of("alpha", 0.1)));
        v.training.setInitializer(Initializer.uniform(0.7));
        v.training.setBiasInit(0.1);
        v.training.setOptimizer(OptimizerKind.ADAM);
        v.training.setLearningRate(0.03);
        v.training.setBatchSize(16);
        v.training.setL2(0.001);
        v.training.newSeed();
        v.training.regenerate();
        v.training.setComparison(Optional.of(ActivationSpec.of("leaky_relu", Map.of("slope", 0.2))));
        v.training.setSpeed(10);
        v.training.step(TRAINING_STEP);
    }

    private static void neuron(Views v) {
        v.neuron.setActivation(Catalogue.get("tanh"));
        v.neuron.choose(LogicTarget.OR);
        v.neuron.setW1(5.5);
        v.neuron.setCollapseLayers(5);
        v.neuron.setCollapseActivation(Catalogue.get("relu"));
        v.neuron.newCollapseWeights();
    }
}
