package org.activationlab.ui.neuron;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayDeque;
import java.util.Queue;
import org.activationlab.model.Catalogue;
import org.activationlab.nn.neuron.Neuron;
import org.activationlab.plot.studies.NeuronFigures;
import org.activationlab.nn.neuron.LinearStack;
import org.activationlab.plot.Figure;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The Neuron tab's state without a window. */
class NeuronViewModelTest {

    @Test
    void startsAsTheSigmoidAndNeuron() {
        NeuronViewModel m = new NeuronViewModel(Runnable::run, Runnable::run);
        assertThat(m.getNeuron().activation().name()).isEqualTo("sigmoid");
        assertThat(m.getState().target()).isEqualTo(LogicTarget.AND);
        assertThat(m.matchesTarget()).isTrue();
        assertThat(m.truthTable()).hasSize(4);
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(value = LogicTarget.class, names = {"AND", "OR", "NAND", "NOT"})
    void choosingAGateWithWeightsMakesTheNeuronComputeIt(LogicTarget t) {
        NeuronViewModel m = new NeuronViewModel(Runnable::run, Runnable::run);
        m.choose(LogicTarget.OR);
        m.choose(t);
        assertThat(m.matchesTarget()).isTrue();
        assertThat(m.getNeuron().bias()).isEqualTo(t.preset().orElseThrow().bias());
    }

    @Test
    void xorKeepsTheWeightsAndNeverMatches() {
        NeuronViewModel m = new NeuronViewModel(Runnable::run, Runnable::run);
        m.choose(LogicTarget.NAND);
        m.choose(LogicTarget.XOR);
        assertThat(m.getNeuron().w1()).isEqualTo(-20);
        assertThat(m.matchesTarget()).isFalse();
        assertThat(m.xorProperty().get().wrongInputs()).isNotEmpty();
    }

    @Test
    void weightsStayInTheSliderRangeAndIgnoreNaN() {
        NeuronViewModel m = new NeuronViewModel(Runnable::run, Runnable::run);
        m.setW1(100);
        m.setW2(-100);
        m.setBias(Double.NaN);
        assertThat(m.getNeuron().w1()).isEqualTo(NeuronState.WEIGHT_MAX);
        assertThat(m.getNeuron().w2()).isEqualTo(NeuronState.WEIGHT_MIN);
        assertThat(m.getNeuron().bias()).isEqualTo(-30);
    }

    @Test
    void everyChangeRebuildsTheFigures() {
        NeuronViewModel m = new NeuronViewModel(Runnable::run, Runnable::run);
        Figure curve = m.curveFigureProperty().get();
        Figure plane = m.planeFigureProperty().get();
        m.setActivation(Catalogue.get("tanh"));
        assertThat(m.curveFigureProperty().get()).isNotSameAs(curve);
        assertThat(m.planeFigureProperty().get()).isNotSameAs(plane);
        Figure collapse = m.collapseFigureProperty().get();
        m.setCollapseActivation(Catalogue.get("relu"));
        assertThat(m.collapseFigureProperty().get()).isNotSameAs(collapse);
    }

    @Test
    void theCollapseStackFollowsLayersAndSeed() {
        NeuronViewModel m = new NeuronViewModel(Runnable::run, Runnable::run);
        LinearStack first = m.stackProperty().get();
        m.setCollapseLayers(5);
        assertThat(m.stackProperty().get().layers()).isEqualTo(5);
        m.setCollapseLayers(3);
        assertThat(m.stackProperty().get().compose().weights()).containsExactly(first.compose().weights());
        m.newCollapseWeights();
        assertThat(m.getState().collapseSeed()).isEqualTo(2);
        m.setCollapseLayers(99);
        assertThat(m.stackProperty().get().layers()).isEqualTo(LinearStack.MAX_LAYERS);
    }

    @Test
    void figuresAreBuiltOnTheWorkerAndOnlyForTheNewestState() {
        Queue<Runnable> worker = new ArrayDeque<>();
        NeuronViewModel m = new NeuronViewModel(worker::add, Runnable::run);
        worker.poll().run();
        Figure first = m.curveFigureProperty().get();
        m.setW1(10);
        m.setW1(5);
        assertThat(m.isBuilding()).isTrue();
        assertThat(m.getNeuron().w1()).as("what is cheap follows at once").isEqualTo(5);
        assertThat(m.curveFigureProperty().get()).isSameAs(first);
        worker.poll().run();
        assertThat(m.curveFigureProperty().get()).as("an older state's build does nothing").isSameAs(first);
        worker.poll().run();
        assertThat(worker).isEmpty();
        assertThat(m.isBuilding()).isFalse();
        assertThat(m.curveFigureProperty().get()).usingRecursiveComparison()
                .isEqualTo(NeuronFigures.curve(m.getNeuron()));
    }

    @Test
    void aNewTargetAloneBuildsNoFigure() {
        Queue<Runnable> worker = new ArrayDeque<>();
        NeuronViewModel m = new NeuronViewModel(worker::add, Runnable::run);
        worker.poll().run();
        m.choose(LogicTarget.XOR);
        assertThat(worker).isEmpty();
        assertThat(m.isBuilding()).isFalse();
    }
}
