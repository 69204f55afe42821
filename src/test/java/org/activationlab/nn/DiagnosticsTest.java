package org.activationlab.nn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

import java.util.Map;
import org.activationlab.model.ActivationSpec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The per-layer and per-unit diagnostics on hand-built networks whose answers are known. */
class DiagnosticsTest {

    /** One hidden layer of two units over x1 only: unit 0 gets z = w0 x1 + b0, unit 1 z = w1 x1 + b1. */
    private static TrainingSnapshot oneLayer(String activation, Map<String, Double> params, double w0, double b0,
                                             double w1, double b1, double... x1) {
        NetworkSpec spec = NetworkSpec.of(ProblemType.CLASSIFICATION, ActivationSpec.of(activation, params), 2);
        Layout layout = Layout.of(spec);
        LayerShape hidden = layout.layer(0);
        double[] p = layout.initialParameters(Initializer.constant(0), 0, new Rng(1));
        p[hidden.weightOffset()] = w0;
        p[hidden.weightOffset() + 2] = w1;
        p[hidden.biasOffset()] = b0;
        p[hidden.biasOffset() + 1] = b1;
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
    void aReluUnitWithNegativeZEverywhereIsDeadFromStepZero() {
        TrainingSnapshot s = oneLayer("relu", Map.of(), 0, -1, 1, 0, -1, 0.5, 1, 2);

        LayerDiagnostics layer = s.layers().get(0);
        assertThat(layer.deadFraction()).isEqualTo(0.5);
        assertThat(layer.units().get(0)).isEqualTo(new UnitDiagnostics(1.0, 1.0, true, true, 0, false));
        assertThat(layer.units().get(1).dead()).isFalse();
        assertThat(layer.units().get(1).zeroGradientShare()).isEqualTo(0.25);
        assertThat(layer.units().get(1).deathStep()).isEqualTo(-1);
        assertThat(s.history().deadFraction(0, 0)).isEqualTo(0.5);
    }

    @ParameterizedTest(name = "{0} of 10 inputs in the flat tail: saturated = {1}")
    @CsvSource({"10, true", "9, true", "8, false", "0, false"})
    void aSigmoidUnitIsSaturatedWhenAtLeast90PercentOfInputsAreInItsFlatTails(int flat, boolean saturated) {
        double[] x1 = new double[10];
        for (int i = 0; i < 10; i++) {
            x1[i] = i < flat ? 10 : 0;
        }
        TrainingSnapshot s = oneLayer("sigmoid", Map.of(), 1, 0, 0, 0, x1);

        UnitDiagnostics unit = s.layers().get(0).units().get(0);
        assertThat(unit.saturated()).isEqualTo(saturated);
        assertThat(unit.saturatedShare()).isEqualTo(flat / 10.0);
        assertThat(unit.dead()).isFalse();
        assertThat(s.layers().get(0).saturatedFraction()).isEqualTo(saturated ? 0.5 : 0.0);
    }

    @Test
    void aPreluUnitDiesOnlyWhenItsAlphaIsZero() {
        TrainingSnapshot alive = oneLayer("prelu", Map.of("alpha", 0.25), 0, -1, 0, -1, 1, 2);
        TrainingSnapshot dead = oneLayer("prelu", Map.of("alpha", 0.0), 0, -1, 0, -1, 1, 2);

        assertThat(alive.layers().get(0).deadFraction()).isZero();
        assertThat(dead.layers().get(0).deadFraction()).isEqualTo(1.0);
        assertThat(dead.layers().get(0).alpha()).isZero();
    }

    @Test
    void maxoutUnitsAlwaysPassGradientToOnePiece() {
        NetworkSpec spec = NetworkSpec.of(ProblemType.CLASSIFICATION, ActivationSpec.of("maxout"), 3);
        TrainingConfig negative = TrainingConfig.defaults(spec).withBiasInit(-5);
        TrainingSnapshot s = new Trainer(negative, Task.XOR.split(40, 0, 0.1, 1)).snapshot();

        assertThat(s.layers().get(0).deadFraction()).isZero();
        assertThat(s.layers().get(0).preActivationMean()).isLessThan(-3);
        assertThat(s.layers().get(0).histogram().total()).isEqualTo(40 * 3 * 2);
    }

    @Test
    void preActivationMomentsAndHistogramDescribeZ() {
        // z of unit 0 = 2 x1 - 1 on x1 = 0, 1, 2, 3 -> -1, 1, 3, 5; unit 1 = 0
        TrainingSnapshot s = oneLayer("identity", Map.of(), 2, -1, 0, 0, 0, 1, 2, 3);

        LayerDiagnostics layer = s.layers().get(0);
        double[] z = {-1, 1, 3, 5, 0, 0, 0, 0};
        double mean = 1;
        double variance = 0;
        for (double v : z) {
            variance += (v - mean) * (v - mean) / z.length;
        }
        assertThat(layer.preActivationMean()).isEqualTo(mean);
        assertThat(layer.preActivationStd()).isCloseTo(Math.sqrt(variance), offset(1e-15));
        Histogram h = layer.histogram();
        assertThat(h.total()).isEqualTo(8);
        assertThat(h.count((int) ((0 - h.lower()) / h.binWidth()))).isEqualTo(4);
        assertThat(h.count((int) ((5 - h.lower()) / h.binWidth()))).isEqualTo(1);
    }

    @Test
    void gradientNormsAreThoseOfTheNumericalGradientPerLayer() {
        DataSplit data = Task.MOONS.split(30, 0, 0.1, 2);
        NetworkSpec spec = NetworkSpec.of(ProblemType.CLASSIFICATION, ActivationSpec.of("tanh"), 3, 2);
        TrainingSnapshot s = new Trainer(TrainingConfig.defaults(spec), data).snapshot();

        double[] g = ReferenceNetwork.numericalGradient(s.weights(), data.train(), 1e-6);
        for (int l = 0; l < s.weights().layerCount(); l++) {
            LayerShape shape = s.weights().layer(l);
            double squares = 0;
            for (int k = shape.weightOffset(); k < shape.end(); k++) {
                squares += g[k] * g[k];
            }
            double recorded = l < 2 ? s.layers().get(l).gradientNorm() : s.outputGradientNorm();
            assertThat(recorded).isCloseTo(Math.sqrt(squares), offset(1e-8));
            assertThat(s.history().gradientNorm(l, 0)).isEqualTo(recorded);
        }
    }

    @Test
    void updateRatioIsTheNormOfTheWeightChangeOverTheNormOfTheWeights() {
        DataSplit data = Task.MOONS.split(30, 0, 0.1, 2);
        NetworkSpec spec = NetworkSpec.of(ProblemType.CLASSIFICATION, ActivationSpec.of("tanh"), 3, 2);
        Trainer trainer = new Trainer(TrainingConfig.defaults(spec), data);
        NetworkWeights before = trainer.snapshot().weights();
        assertThat(trainer.snapshot().layers().get(0).updateRatio()).isNaN();
        trainer.step();
        TrainingSnapshot after = trainer.snapshot();

        for (int l = 0; l < before.layerCount(); l++) {
            double[][] w0 = before.weights(l);
            double[][] w1 = after.weights().weights(l);
            double weightSquares = 0;
            double changeSquares = 0;
            for (int r = 0; r < w0.length; r++) {
                for (int m = 0; m < w0[r].length; m++) {
                    weightSquares += w0[r][m] * w0[r][m];
                    changeSquares += (w1[r][m] - w0[r][m]) * (w1[r][m] - w0[r][m]);
                }
            }
            assertThat(after.history().updateRatio(l, 1)).isCloseTo(Math.sqrt(changeSquares / weightSquares), offset(1e-12));
        }
        assertThat(after.outputUpdateRatio()).isEqualTo(after.history().updateRatio(2, 1));
    }

    @Test
    void testMetricsAreNaNWithoutTestPointsAndAccuracyIsNaNForRegression() {
        NetworkSpec spec = NetworkSpec.of(ProblemType.REGRESSION, ActivationSpec.of("tanh"), 4);
        TrainingSnapshot s = new Trainer(TrainingConfig.defaults(spec), Task.SIN.split(20, 0, 0.1, 1)).snapshot();

        assertThat(s.testLoss()).isNaN();
        assertThat(s.accuracy()).isNaN();
        assertThat(s.testAccuracy()).isNaN();
        assertThat(s.loss()).isFinite();
    }
}
