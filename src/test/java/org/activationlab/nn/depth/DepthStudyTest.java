package org.activationlab.nn.depth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import org.activationlab.model.Catalogue;
import org.activationlab.nn.Histogram;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** How the depth study runs: determinism, batch-norm invariants, unit health, progress, bad input. */
class DepthStudyTest {

    private static DepthConfig config(String activation, BatchNormMode batchNorm, int layers) {
        return new DepthConfig(Catalogue.get(activation), WeightInit.XAVIER, 0, layers, 20, batchNorm, 5);
    }

    @Test
    void sameConfigSameNumbersAndTheSeedMatters() {
        DepthConfig c = config("tanh", BatchNormMode.BEFORE, 6);
        List<double[]> a = numbers(DepthStudy.run(c));
        List<double[]> b = numbers(DepthStudy.run(c));
        for (int l = 0; l < a.size(); l++) {
            assertThat(a.get(l)).isEqualTo(b.get(l));
        }
        assertThat(numbers(DepthStudy.run(c.withSeed(6))).get(0)).isNotEqualTo(a.get(0));
    }

    private static List<double[]> numbers(DepthResult r) {
        List<double[]> rows = new ArrayList<>();
        for (DepthLayerStats s : r.layers()) {
            rows.add(new double[] {s.layer(), s.preActivationMean(), s.preActivationStd(), s.activationMean(),
                s.activationStd(), s.gradientStd(), s.saturatedFraction(), s.deadFraction()});
        }
        return rows;
    }

    @Test
    void aLayerHasTheSameWeightsWhateverTheDepth() {
        DepthResult shallow = DepthStudy.run(config("relu", BatchNormMode.OFF, 4));
        DepthResult deep = DepthStudy.run(config("relu", BatchNormMode.OFF, 9));
        for (int l = 1; l <= 4; l++) {
            assertThat(deep.layer(l).preActivationStd()).isEqualTo(shallow.layer(l).preActivationStd());
            assertThat(deep.layer(l).activationMean()).isEqualTo(shallow.layer(l).activationMean());
        }
    }

    @Test
    void theOutputGradientHasUnitVariance() {
        DepthResult r = DepthStudy.run(config("sigmoid", BatchNormMode.OFF, 3));
        assertThat(r.layer(3).gradientStd()).isBetween(0.95, 1.05);
    }

    /** BN(x) has batch mean 0 and variance var / (var + eps) per feature, so overall std just under 1. */
    @ParameterizedTest(name = "batch norm {0}")
    @CsvSource({"BEFORE", "AFTER"})
    void batchNormalisedValuesHaveMeanZeroAndStdOne(BatchNormMode batchNorm) {
        DepthResult r = DepthStudy.run(config("tanh", batchNorm, 5));
        for (DepthLayerStats s : r.layers()) {
            double mean = batchNorm == BatchNormMode.BEFORE ? s.preActivationMean() : s.activationMean();
            double std = batchNorm == BatchNormMode.BEFORE ? s.preActivationStd() : s.activationStd();
            assertThat(Math.abs(mean)).isLessThan(1e-12);
            assertThat(std).isBetween(0.999, 1.0);
        }
    }

    @ParameterizedTest(name = "{0}: saturated {1}, dead {2}")
    @CsvSource({
            "step,     1.0, 1.0",
            "identity, 0.0, 0.0",
            "tanh,     0.0, 0.0"})
    void unitHealthFollowsTheDerivative(String activation, double saturated, double dead) {
        DepthStudy.run(config(activation, BatchNormMode.OFF, 3)).layers().forEach(s -> {
            assertThat(s.saturatedFraction()).isEqualTo(saturated);
            assertThat(s.deadFraction()).isEqualTo(dead);
        });
    }

    /** Sigmoid with huge weights: |z| is large for nearly every input, so nearly every unit is saturated, none dead. */
    @Test
    void largeWeightsSaturateSigmoidUnits() {
        DepthConfig c = new DepthConfig(Catalogue.get("sigmoid"), WeightInit.NORMAL, 20, 3, 50, BatchNormMode.OFF, 2);
        DepthLayerStats first = DepthStudy.run(c).layer(1);
        assertThat(first.saturatedFraction()).isGreaterThan(0.8);
        assertThat(first.deadFraction()).isZero();
    }

    @Test
    void histogramsCountEveryActivation() {
        DepthResult r = DepthStudy.run(config("selu", BatchNormMode.OFF, 4));
        for (DepthLayerStats s : r.layers()) {
            Histogram h = s.activations();
            assertThat(h.binCount()).isEqualTo(DepthStudy.HISTOGRAM_BINS);
            assertThat(h.total()).isEqualTo(DepthConfig.BATCH_SIZE * 20);
            assertThat(h.below() + h.above()).isZero();
        }
    }

    @Test
    void aDeadLayerGetsARangeAroundItsValue() {
        DepthResult r = DepthStudy.run(config("step", BatchNormMode.OFF, 2));
        Histogram h = r.layer(2).activations();
        assertThat(h.total()).isEqualTo(DepthConfig.BATCH_SIZE * 20);
        assertThat(h.lower()).isLessThan(h.upper());
    }

    @Test
    void progressRunsFromZeroToOne() {
        List<Double> seen = new ArrayList<>();
        DepthStudy.run(config("tanh", BatchNormMode.OFF, 4), seen::add);
        assertThat(seen).hasSize(8).isSorted();
        assertThat(seen.get(0)).isEqualTo(1 / 8.0);
        assertThat(seen.get(7)).isEqualTo(1.0);
    }

    @Test
    void anInterruptCancels() {
        Thread.currentThread().interrupt();
        assertThatThrownBy(() -> DepthStudy.run(config("tanh", BatchNormMode.OFF, 4)))
                .isInstanceOf(CancellationException.class);
        assertThat(Thread.currentThread().isInterrupted()).isFalse();
    }

    @ParameterizedTest(name = "{0} layers, width {1}, {2} {3}")
    @CsvSource(delimiter = ';', value = {
            "1;   20;  xavier; 0;    the number of layers must be an integer from 2 to 100, got 1",
            "101; 20;  xavier; 0;    the number of layers must be an integer from 2 to 100, got 101",
            "3;   9;   xavier; 0;    the width must be an integer from 10 to 500, got 9",
            "3;   501; xavier; 0;    the width must be an integer from 10 to 500, got 501",
            "3;   20;  normal; 0;    the standard deviation of normal weights must be a finite number > 0, got 0.0",
            "3;   20;  normal; -1;   the standard deviation of normal weights must be a finite number > 0, got -1.0",
            "3;   20;  normal; NaN;  the standard deviation of normal weights must be a finite number > 0, got NaN",
            "3;   20;  normal; Infinity; the standard deviation of normal weights must be a finite number > 0, got Infinity"})
    void rejectsConfigsOutOfRange(int layers, int width, String init, double std, String message) {
        assertThatThrownBy(() -> new DepthConfig(Catalogue.get("tanh"), WeightInit.parse(init), std, layers, width,
                BatchNormMode.OFF, 1)).isInstanceOf(IllegalArgumentException.class).hasMessage(message);
    }

    @Test
    void namesParseAndUnknownNamesListTheChoices() {
        assertThat(WeightInit.parse("xavier_normal")).isEqualTo(WeightInit.XAVIER_NORMAL);
        assertThat(BatchNormMode.parse("after")).isEqualTo(BatchNormMode.AFTER);
        assertThatThrownBy(() -> WeightInit.parse("glorot"))
                .hasMessage("unknown initialiser 'glorot'; choose one of xavier|xavier_normal|he|lecun|normal");
        assertThatThrownBy(() -> BatchNormMode.parse("during"))
                .hasMessage("unknown batch-norm mode 'during'; choose one of off|before|after");
    }

    @ParameterizedTest(name = "{0}: weight variance {1} / N")
    @CsvSource({"xavier, 1", "xavier_normal, 1", "he, 2", "lecun, 1"})
    void initialisersHaveTheirVariance(String name, double varianceTimesWidth) {
        org.activationlab.nn.Rng rng = new org.activationlab.nn.Rng(9);
        org.activationlab.nn.Initializer init = WeightInit.parse(name).initializer(Double.NaN);
        int n = 100;
        int draws = 200_000;
        double squares = 0;
        for (int k = 0; k < draws; k++) {
            double w = init.sample(n, n, rng);
            squares += w * w;
        }
        assertThat(squares / draws * n).isCloseTo(varianceTimesWidth, org.assertj.core.data.Offset.offset(0.02));
    }
}
