package org.activationlab.ui.lessons;

import java.util.Objects;
import java.util.Optional;
import org.activationlab.model.Activation;
import org.activationlab.model.ActivationSpec;
import org.activationlab.ui.curves.CurvesPreset;
import org.activationlab.ui.curves.gated.GatedPreset;
import org.activationlab.ui.curves.gated.GatedState;
import org.activationlab.ui.depth.DepthPreset;
import org.activationlab.ui.gates.GatePreset;
import org.activationlab.ui.neuron.LogicTarget;
import org.activationlab.ui.neuron.NeuronState;
import org.activationlab.ui.properties.PropertiesState;
import org.activationlab.ui.shootout.ShootoutPreset;
import org.activationlab.ui.training.TrainingPreset;
import org.activationlab.ui.training.TrainingState;

/** A state of the app that demonstrates a claim: one tab put into one preset. */
public sealed interface Demonstration {
    /** The tab that shows it. */
    LessonTab tab();

    /** Selects the tab, then applies the preset. */
    default void perform(LessonActions actions) {
        actions.showTab(tab());
        apply(actions);
    }

    /** Applies the preset to the view. */
    void apply(LessonActions actions);

    /** The curves tab showing {@code preset}. */
    record Curves(CurvesPreset preset) implements Demonstration {
        public Curves {
            Objects.requireNonNull(preset, "preset");
        }

        @Override
        public LessonTab tab() {
            return LessonTab.CURVES;
        }

        /** Shows the element-wise functions (not the gated units) with the preset. */
        @Override
        public void apply(LessonActions actions) {
            actions.changeGated(s -> s.withShowing(false));
            actions.changeCurves(preset);
        }
    }

    /** The Curves tab showing the gated units with {@code preset}. */
    record Gated(GatedPreset preset) implements Demonstration {
        public Gated {
            Objects.requireNonNull(preset, "preset");
        }

        @Override
        public LessonTab tab() {
            return LessonTab.CURVES;
        }

        @Override
        public void apply(LessonActions actions) {
            actions.changeGated(this::apply);
        }

        /** {@code state} with the preset's unit and ranges, shown ({@link GatedPreset#apply}). */
        public GatedState apply(GatedState state) {
            return preset.apply(state);
        }
    }

    /** The properties table with the row of {@code function} selected. */
    record Properties(String function) implements Demonstration {
        public Properties {
            Objects.requireNonNull(function, "function");
        }

        @Override
        public LessonTab tab() {
            return LessonTab.PROPERTIES;
        }

        @Override
        public void apply(LessonActions actions) {
            actions.changeProperties(this::apply);
        }

        /** {@code state} with the row of the function selected. */
        public PropertiesState apply(PropertiesState state) {
            return state.withSelected(function);
        }
    }

    /** A training scenario, optionally with another hidden activation, optionally running. */
    record Training(TrainingPreset preset, Optional<Activation> activation, boolean play) implements Demonstration {
        public Training {
            Objects.requireNonNull(preset, "preset");
            Objects.requireNonNull(activation, "activation");
        }

        @Override
        public LessonTab tab() {
            return LessonTab.TRAINING;
        }

        @Override
        public void apply(LessonActions actions) {
            actions.changeTraining(this::apply, play);
        }

        /** {@code state} with the scenario's settings ({@link TrainingPreset#apply}) and, when given, the activation in every hidden layer. */
        public TrainingState apply(TrainingState state) {
            TrainingState scenario = preset.apply(state);
            return activation.map(a -> scenario.withActivationEverywhere(ActivationSpec.of(a))).orElse(scenario);
        }
    }

    /** The neuron set to compute a logic gate, optionally with another activation. */
    record Neuron(LogicTarget target, Optional<Activation> activation) implements Demonstration {
        public Neuron {
            Objects.requireNonNull(target, "target");
            Objects.requireNonNull(activation, "activation");
        }

        @Override
        public LessonTab tab() {
            return LessonTab.NEURON;
        }

        @Override
        public void apply(LessonActions actions) {
            actions.changeNeuron(this::apply);
        }

        /** {@code state} with the activation, when given, computing the target ({@link LogicTarget#apply}). */
        public NeuronState apply(NeuronState state) {
            return target.apply(activation.map(a -> state.withActivation(ActivationSpec.of(a))).orElse(state));
        }
    }

    /** A depth study preset. */
    record Depth(DepthPreset preset) implements Demonstration {
        public Depth {
            Objects.requireNonNull(preset, "preset");
        }

        @Override
        public LessonTab tab() {
            return LessonTab.DEPTH;
        }

        @Override
        public void apply(LessonActions actions) {
            actions.changeDepth(preset::apply);
        }
    }

    /** The Shoot-out tab set to a preset shoot-out, ready to run. */
    record Shootout(ShootoutPreset preset) implements Demonstration {
        public Shootout {
            Objects.requireNonNull(preset, "preset");
        }

        @Override
        public LessonTab tab() {
            return LessonTab.SHOOTOUT;
        }

        @Override
        public void apply(LessonActions actions) {
            actions.changeShootout(preset::apply);
        }
    }

    /** A gate preset. */
    record Gates(GatePreset preset) implements Demonstration {
        public Gates {
            Objects.requireNonNull(preset, "preset");
        }

        @Override
        public LessonTab tab() {
            return LessonTab.GATES;
        }

        @Override
        public void apply(LessonActions actions) {
            actions.changeGates(preset::apply);
        }
    }
}
