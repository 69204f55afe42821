package org.activationlab.nn;

import static org.assertj.core.api.Assertions.assertThat;

import org.activationlab.model.ActivationSpec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Dead units and closed gates of a gated layer, on hand-built networks: one layer of two units
 * over x1, unit j with a_j = wa_j x1 + ba_j (rows 0, 1) and b_j = wb_j x1 + bb_j (rows 2, 3).
 */
class GatedDiagnosticsTest {

    /** a0 = x1, a1 = x1; b0 = b0Bias (constant), b1 = x1 + b1Bias. */
    private static TrainingSnapshot twoUnits(String unit, double b0Bias, double b1Bias, double... x1) {
        NetworkSpec spec = NetworkSpec.of(ProblemType.CLASSIFICATION, ActivationSpec.of(unit), 2);
        Layout layout = Layout.of(spec);
        LayerShape hidden = layout.layer(0);
        double[] p = layout.initialParameters(Initializer.constant(0), 0, new Rng(1));
        p[hidden.weightOffset()] = 1;
        p[hidden.weightOffset() + 2] = 1;
        p[hidden.weightOffset() + 6] = 1;
        p[hidden.biasOffset() + 2] = b0Bias;
        p[hidden.biasOffset() + 3] = b1Bias;
        p[layout.output().weightOffset()] = 1;
        p[layout.output().weightOffset() + 1] = 1;
        double[] x = new double[2 * x1.length];
        double[] y = new double[x1.length];
        for (int i = 0; i < x1.length; i++) {
            x[2 * i] = x1[i];
            y[i] = i % 2;
        }
        DataSplit data = new DataSplit(new Dataset(ProblemType.CLASSIFICATION, x, y),
                new Dataset(ProblemType.CLASSIFICATION, new double[0], new double[0]));
        return Trainer.startingFrom(TrainingConfig.defaults(spec), data, new NetworkWeights(spec, layout, p)).snapshot();
    }

    @Test
    void aRegluUnitWhoseGateIsNegativeEverywhereIsDeadAndClosed() {
        TrainingSnapshot s = twoUnits("reglu", -1, 0, -1, 0.5, 1, 2);

        LayerDiagnostics layer = s.layers().get(0);
        UnitDiagnostics shut = layer.units().get(0);
        assertThat(shut.dead()).as("g(b) = 0 and a g'(b) = 0 on every input").isTrue();
        assertThat(shut.closedGate()).isTrue();
        assertThat(shut.closedGateShare()).isEqualTo(1.0);
        assertThat(shut.zeroGradientShare()).isEqualTo(1.0);
        UnitDiagnostics open = layer.units().get(1);
        assertThat(open.dead()).isFalse();
        assertThat(open.closedGateShare()).as("b1 = x1 <= 0 on one of four inputs").isEqualTo(0.25);
        assertThat(open.closedGate()).isFalse();
        assertThat(layer.deadFraction()).isEqualTo(0.5);
        assertThat(layer.closedGateFraction()).isEqualTo(0.5);
        int closed = s.history().column(MetricsHistory.Metric.CLOSED_GATES, 0);
        assertThat(s.history().max(closed, 0)).isEqualTo(0.5);
    }

    /** A shut sigmoid gate still lets a gradient through dh/db = a sigmoid'(b) only when that is not tiny. */
    @Test
    void aGluGateFarBelowZeroIsClosedAndSaturatedButNotDead() {
        TrainingSnapshot s = twoUnits("glu", -12, 0, -1, 0.5, 1, 2);

        UnitDiagnostics shut = s.layers().get(0).units().get(0);
        assertThat(shut.closedGate()).isTrue();
        assertThat(shut.saturated()).isTrue();
        assertThat(shut.dead()).as("sigmoid(-12) > 0").isFalse();
    }

    @ParameterizedTest(name = "{0} of 10 inputs with the gate shut: closed = {1}")
    @CsvSource({"10, true", "9, true", "8, false", "0, false"})
    void aGateIsClosedWhenItIsShutOnAtLeast90PercentOfInputs(int shut, boolean closed) {
        double[] x1 = new double[10];
        for (int i = 0; i < 10; i++) {
            x1[i] = i < shut ? -20 : 3;
        }
        TrainingSnapshot s = twoUnits("swiglu", 0, 0, x1);

        UnitDiagnostics unit = s.layers().get(0).units().get(1);
        assertThat(unit.closedGate()).isEqualTo(closed);
        assertThat(unit.closedGateShare()).isEqualTo(shut / 10.0);
    }

    @Test
    void elementWiseLayersHaveNoClosedGates() {
        TrainingSnapshot s = new Trainer(TrainingConfig.defaults(NetworkSpec.of(ProblemType.CLASSIFICATION,
                ActivationSpec.of("relu"), 3)), Task.XOR.split(20, 0, 0.1, 1)).snapshot();
        assertThat(s.layers().get(0).closedGateFraction()).isNaN();
        assertThat(s.layers().get(0).units().get(0).gated()).isFalse();
        assertThat(s.layers().get(0).units().get(0).closedGateShare()).isNaN();
    }
}
