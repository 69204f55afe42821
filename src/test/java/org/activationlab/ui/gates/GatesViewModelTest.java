package org.activationlab.ui.gates;

import static org.assertj.core.api.Assertions.assertThat;

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
        GatesViewModel m = new GatesViewModel();
        m.applyPreset(p);
        assertThat(m.presetProperty().get()).isEqualTo(p);
        assertThat(m.gateProperty().get()).isEqualTo(p.gate());
        assertThat(m.getReading()).isEqualTo(LstmGate.read(p.gate(), p.gatePreActivation(),
                p.candidatePreActivation()));
        assertThat(m.cellFigureProperty().get().panels().get(0).series().get(0).name())
                .isEqualTo("cell:" + p.gate().activation().name());
    }

    @Test
    void aChangeByHandClearsThePreset() {
        GatesViewModel m = new GatesViewModel();
        m.applyPreset(GatePreset.OPEN);
        m.candidatePreActivationProperty().set(-1);
        assertThat(m.presetProperty().get()).isNull();
        assertThat(m.getReading().candidate()).isEqualTo(Math.tanh(-1));
    }

    @Test
    void preActivationsStayInTheirRanges() {
        GatesViewModel m = new GatesViewModel();
        m.gatePreActivationProperty().set(50);
        m.candidatePreActivationProperty().set(-50);
        m.forgetPreActivationProperty().set(Double.NaN);
        assertThat(m.gatePreActivationProperty().get()).isEqualTo(GateFigures.GATE_RANGE);
        assertThat(m.candidatePreActivationProperty().get()).isEqualTo(-GatesViewModel.CANDIDATE_RANGE);
        assertThat(m.forgetPreActivationProperty().get()).isEqualTo(2);
        m.gateProperty().set(GateFunction.RELU);
        assertThat(m.getReading().gate()).isEqualTo(GateFigures.GATE_RANGE);
    }
}
