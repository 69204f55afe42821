package org.activationlab.ui.gates;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.activationlab.nn.neuron.GateFunction;
import org.activationlab.plot.studies.GateFigures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

/** The Gates tab's state record and its presets as functions from state to state. */
class GatesStateTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', value = {
            "6.5; 0; 0; the gate pre-activation must be a number from -6 to 6, got 6.5",
            "0; -4.5; 0; the candidate pre-activation must be a number from -4 to 4, got -4.5",
            "0; 0; NaN; the forget gate pre-activation must be a number from -6 to 6, got NaN"})
    void valuesOutsideTheirRangesAreRefusedByName(double a, double c, double f, String message) {
        assertThatThrownBy(() -> new GatesState(GateFunction.SIGMOID, a, c, f)).hasMessage(message);
    }

    @Test
    void withersClampAndIgnoreNaN() {
        GatesState s = GatesState.INITIAL;
        assertThat(s.withGatePreActivation(9).gatePreActivation()).isEqualTo(GateFigures.GATE_RANGE);
        assertThat(s.withCandidatePreActivation(-9).candidatePreActivation()).isEqualTo(-GatesState.CANDIDATE_RANGE);
        assertThat(s.withForgetPreActivation(Double.NaN)).isEqualTo(s);
        assertThat(s.withGate(GateFunction.TANH)).isEqualTo(new GatesState(GateFunction.TANH, 1, 1.5, 2));
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(GatePreset.class)
    void aPresetSetsEveryFieldWhateverTheStateBefore(GatePreset p) {
        GatesState expected = new GatesState(p.gate(), p.gatePreActivation(), p.candidatePreActivation(),
                p.forgetPreActivation());
        assertThat(p.apply(GatesState.INITIAL)).isEqualTo(expected);
        assertThat(p.apply(new GatesState(GateFunction.RELU, -6, 4, 6))).isEqualTo(expected);
        assertThat(GatePreset.matching(p.apply(GatesState.INITIAL))).contains(p);
    }

    @Test
    void theFirstStateIsNoPreset() {
        assertThat(GatePreset.matching(GatesState.INITIAL)).isEmpty();
        assertThat(GatePreset.matching(GatePreset.OPEN.apply(GatesState.INITIAL).withForgetPreActivation(0)))
                .isEmpty();
    }
}
