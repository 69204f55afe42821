package org.activationlab.nn.depth;

import static org.assertj.core.api.Assertions.assertThat;

import org.activationlab.model.Catalogue;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The statistical claims of the depth study (issue 6, section 2), each with fixed seeds and a
 * stated tolerance. Widths are large enough (100 to 200) that finite-width fluctuations stay well
 * inside the tolerances.
 */
class DepthClaimsTest {

    private static DepthConfig config(String activation, WeightInit init, double std, int layers, int width,
                                      BatchNormMode batchNorm, long seed) {
        return new DepthConfig(Catalogue.get(activation), init, std, layers, width, batchNorm, seed);
    }

    /** Klambauer et al. 2017: SELU with LeCun-normal weights keeps mean 0, std 1 over 50 layers. */
    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 2, 3})
    void seluWithLecunNormalSelfNormalisesOverFiftyLayers(long seed) {
        DepthResult r = DepthStudy.run(config("selu", WeightInit.LECUN, 0, 50, 200, BatchNormMode.OFF, seed));
        assertThat(r.layers()).hasSize(50);
        for (DepthLayerStats s : r.layers()) {
            assertThat(Math.abs(s.preActivationMean())).as("layer %d pre-activation mean", s.layer()).isLessThan(0.05);
            assertThat(Math.abs(s.activationMean())).as("layer %d activation mean", s.layer()).isLessThan(0.05);
            assertThat(Math.abs(s.preActivationStd() - 1)).as("layer %d pre-activation std", s.layer()).isLessThan(0.1);
            assertThat(Math.abs(s.activationStd() - 1)).as("layer %d activation std", s.layer()).isLessThan(0.1);
        }
    }

    /**
     * He et al. 2015: with ReLU, He weights (variance 2/N) keep Var(z) roughly constant with depth
     * (geometric mean of the per-layer ratio within 7% of 1, every layer within a factor 4 of
     * layer 1), while Xavier weights (variance 1/N) halve it at every layer (geometric mean
     * 0.5 +- 0.08, and no layer keeps more than 85%).
     */
    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 2, 3})
    void reluKeepsPreActivationVarianceWithHeAndHalvesItWithXavier(long seed) {
        int layers = 30;
        DepthResult he = DepthStudy.run(config("relu", WeightInit.HE, 0, layers, 200, BatchNormMode.OFF, seed));
        double first = variance(he.layer(1));
        assertThat(perLayerFactor(he)).isBetween(0.93, 1.07);
        for (DepthLayerStats s : he.layers()) {
            assertThat(variance(s) / first).as("He, layer %d", s.layer()).isBetween(0.25, 4.0);
        }
        DepthResult xavier = DepthStudy.run(config("relu", WeightInit.XAVIER, 0, layers, 200, BatchNormMode.OFF, seed));
        assertThat(perLayerFactor(xavier)).isBetween(0.42, 0.58);
        for (int l = 1; l < layers; l++) {
            assertThat(variance(xavier.layer(l + 1)) / variance(xavier.layer(l))).as("Xavier, layer %d", l + 1)
                    .isLessThan(0.85);
        }
    }

    private static double variance(DepthLayerStats s) {
        return s.preActivationStd() * s.preActivationStd();
    }

    /** (Var z_L / Var z_1)^(1 / (L - 1)). */
    private static double perLayerFactor(DepthResult r) {
        int layers = r.layers().size();
        return Math.pow(variance(r.layer(layers)) / variance(r.layer(1)), 1.0 / (layers - 1));
    }

    /**
     * Glorot &amp; Bengio 2010: with small weights (N(0, 0.05^2), N = 100) sigmoid and tanh shrink
     * the gradient by a steady factor per layer on its way back: every 5 layers by more than 10x,
     * over 30 layers by more than 10^8.
     */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"sigmoid", "tanh"})
    void smallWeightsShrinkSigmoidAndTanhGradientsExponentially(String activation) {
        DepthResult r = DepthStudy.run(config(activation, WeightInit.NORMAL, 0.05, 30, 100, BatchNormMode.OFF, 1));
        assertThat(r.layer(30).gradientStd()).isBetween(0.9, 1.1);
        for (int l = 1; l + 5 <= 30; l++) {
            assertThat(r.layer(l).gradientStd() / r.layer(l + 5).gradientStd()).as("layers %d..%d", l, l + 5)
                    .isLessThan(0.1);
        }
        assertThat(r.layer(1).gradientStd() / r.layer(30).gradientStd()).isLessThan(1e-8);
    }

    /**
     * Ioffe &amp; Szegedy 2015: the same networks with batch normalisation before or after the
     * activation keep the gradient: no 5-layer block loses more than half of it, and layer 1
     * gets at least as much as the output (it even grows slightly, as mean-field theory of
     * batch normalisation predicts).
     */
    @ParameterizedTest(name = "{0}, batch norm {1}")
    @CsvSource({"sigmoid, BEFORE", "sigmoid, AFTER", "tanh, BEFORE", "tanh, AFTER"})
    void batchNormalisationStopsTheShrinking(String activation, BatchNormMode batchNorm) {
        DepthResult r = DepthStudy.run(config(activation, WeightInit.NORMAL, 0.05, 30, 100, batchNorm, 1));
        for (int l = 1; l + 5 <= 30; l++) {
            assertThat(r.layer(l).gradientStd() / r.layer(l + 5).gradientStd()).as("layers %d..%d", l, l + 5)
                    .isGreaterThan(0.5);
        }
        assertThat(r.layer(1).gradientStd() / r.layer(30).gradientStd()).isBetween(1.0, 20.0);
    }
}
