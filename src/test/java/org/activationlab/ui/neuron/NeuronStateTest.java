package org.activationlab.ui.neuron;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import org.activationlab.model.ActivationSpec;
import org.activationlab.model.Catalogue;
import org.activationlab.nn.neuron.LinearStack;
import org.activationlab.ui.lessons.Demonstration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

/** The Neuron tab's state record, its logic targets and the lessons' show-me as functions from state to state. */
class NeuronStateTest {
    private static final NeuronState START = NeuronState.INITIAL;

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', value = {
            "41; 0; 0; 3; w1 must be a number from -40 to 40, got 41.0",
            "0; -40.5; 0; 3; w2 must be a number from -40 to 40, got -40.5",
            "0; 0; NaN; 3; the bias must be a number from -40 to 40, got NaN",
            "0; 0; 0; 0; the collapse stack needs 1 to 6 layers, got 0"})
    void valuesOutsideTheirRangesAreRefusedByName(double w1, double w2, double b, int layers, String message) {
        assertThatThrownBy(() -> new NeuronState(ActivationSpec.of("relu"), w1, w2, b, LogicTarget.OR, layers,
                ActivationSpec.of("tanh"), 1)).hasMessage(message);
    }

    @Test
    void withersClampAndIgnoreNaN() {
        assertThat(START.withW1(100).w1()).isEqualTo(NeuronState.WEIGHT_MAX);
        assertThat(START.withW2(-100).w2()).isEqualTo(NeuronState.WEIGHT_MIN);
        assertThat(START.withBias(Double.NaN)).isEqualTo(START);
        assertThat(START.withCollapseLayers(99).collapseLayers()).isEqualTo(LinearStack.MAX_LAYERS);
        assertThat(START.withCollapseLayers(-1).collapseLayers()).isEqualTo(1);
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(value = LogicTarget.class, names = "XOR", mode = EnumSource.Mode.EXCLUDE)
    void aTargetWithWeightsSetsThemAndKeepsTheRest(LogicTarget t) {
        NeuronState before = START.withActivation(ActivationSpec.of("relu")).withCollapseSeed(7);
        NeuronState after = t.apply(before);
        var preset = t.preset().orElseThrow();
        assertThat(after).isEqualTo(new NeuronState(before.activation(), preset.w1(), preset.w2(), preset.bias(), t,
                before.collapseLayers(), before.collapseActivation(), 7));
    }

    @Test
    void xorKeepsTheWeights() {
        NeuronState before = LogicTarget.NAND.apply(START);
        assertThat(LogicTarget.XOR.apply(before)).isEqualTo(before.withTarget(LogicTarget.XOR));
    }

    @Test
    void aShowMeSetsTheActivationWhenGivenThenTheTarget() {
        var withTanh = new Demonstration.Neuron(LogicTarget.OR, Optional.of(Catalogue.get("tanh")));
        assertThat(withTanh.apply(START)).isEqualTo(LogicTarget.OR.apply(START.withActivation(ActivationSpec.of("tanh"))));
        var alone = new Demonstration.Neuron(LogicTarget.NOT, Optional.empty());
        assertThat(alone.apply(START)).isEqualTo(LogicTarget.NOT.apply(START));
    }

    @Test
    void anIntentThatChangesNothingLeavesTheStateAlone() {
        NeuronViewModel m = new NeuronViewModel(Runnable::run, Runnable::run);
        NeuronState before = m.getState();
        var figure = m.curveFigureProperty().get();
        m.choose(LogicTarget.AND);
        m.setW1(before.w1());
        m.setActivation(before.activation().resolve());
        assertThat(m.getState()).isSameAs(before);
        assertThat(m.curveFigureProperty().get()).isSameAs(figure);
    }
}
