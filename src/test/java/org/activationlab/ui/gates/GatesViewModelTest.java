package org.activationlab.ui.gates;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayDeque;
import java.util.Queue;
import org.activationlab.nn.neuron.GateFunction;
import org.activationlab.nn.neuron.LstmGate;
import org.activationlab.plot.studies.GateFigures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The Gates view's state without a window. */
class GatesViewModelTest {

    @ParameterizedTest(name = "{0}")
    @EnumSource(GatePreset.class)
    void presetsSetEverythingAndTheReading(GatePreset p) {
        GatesViewModel m = new GatesViewModel(Runnable::run, Runnable::run);
        m.applyPreset(p);
        assertThat(m.getPreset()).contains(p);
        assertThat(m.getState().gate()).isEqualTo(p.gate());
        assertThat(m.getReading()).isEqualTo(LstmGate.read(p.gate(), p.gatePreActivation(),
                p.candidatePreActivation()));
        assertThat(m.cellFigureProperty().get().panels().get(0).series().get(0).name())
                .isEqualTo("cell:" + p.gate().activation().name());
    }

    @Test
    void aChangeByHandClearsThePreset() {
        GatesViewModel m = new GatesViewModel(Runnable::run, Runnable::run);
        m.applyPreset(GatePreset.OPEN);
        m.setCandidatePreActivation(-1);
        assertThat(m.getPreset()).isEmpty();
        assertThat(m.getReading().candidate()).isEqualTo(Math.tanh(-1));
    }

    @Test
    void preActivationsStayInTheirRanges() {
        GatesViewModel m = new GatesViewModel(Runnable::run, Runnable::run);
        m.setGatePreActivation(50);
        m.setCandidatePreActivation(-50);
        m.setForgetPreActivation(Double.NaN);
        assertThat(m.getState().gatePreActivation()).isEqualTo(GateFigures.GATE_RANGE);
        assertThat(m.getState().candidatePreActivation()).isEqualTo(-GatesState.CANDIDATE_RANGE);
        assertThat(m.getState().forgetPreActivation()).isEqualTo(2);
        m.setGate(GateFunction.RELU);
        assertThat(m.getReading().gate()).isEqualTo(GateFigures.GATE_RANGE);
    }

    @Test
    void anIntentThatChangesNothingLeavesTheStateAndFiguresAlone() {
        GatesViewModel m = new GatesViewModel(Runnable::run, Runnable::run);
        m.applyPreset(GatePreset.HALF);
        GatesState before = m.getState();
        var figure = m.cellFigureProperty().get();
        int[] changes = {0};
        m.stateProperty().addListener((obs, old, now) -> changes[0]++);
        m.applyPreset(GatePreset.HALF);
        m.setGatePreActivation(before.gatePreActivation());
        m.setGate(before.gate());
        assertThat(changes[0]).isZero();
        assertThat(m.getState()).isSameAs(before);
        assertThat(m.cellFigureProperty().get()).isSameAs(figure);
    }

    @Test
    void figuresAreBuiltOnTheWorkerAndOnlyForTheNewestState() {
        Queue<Runnable> worker = new ArrayDeque<>();
        GatesViewModel m = new GatesViewModel(worker::add, Runnable::run);
        runAll(worker);
        var first = m.passingFigureProperty().get();
        m.setGatePreActivation(3);
        m.setGatePreActivation(-3);
        assertThat(m.isBuilding()).isTrue();
        assertThat(m.passingFigureProperty().get()).isSameAs(first);
        assertThat(runAll(worker)).as("builds run").isEqualTo(2);
        assertThat(m.isBuilding()).isFalse();
        assertThat(m.passingFigureProperty().get()).usingRecursiveComparison()
                .isEqualTo(GateFigures.passing(-3, 1.5, GateFunction.SIGMOID));
        assertThat(m.cellFigureProperty().get()).usingRecursiveComparison().isEqualTo(GateFigures.cellState(2, -3, 1.5, GateFunction.SIGMOID,
                GatesViewModel.STEPS));
    }

    /** Runs what the worker was given, returning how many tasks there were. */
    private static int runAll(Queue<Runnable> worker) {
        int n = 0;
        for (Runnable r; (r = worker.poll()) != null; n++) {
            r.run();
        }
        return n;
    }
}
