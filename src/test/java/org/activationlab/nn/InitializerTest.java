package org.activationlab.nn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.activationlab.model.ActivationSpec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class InitializerTest {

    @ParameterizedTest
    @CsvSource({
        "xavier, xavier_uniform", "xavier_uniform, xavier_uniform", "xavier_normal, xavier_normal",
        "he, he_normal", "HE_NORMAL, he_normal", "he_uniform, he_uniform", "lecun, lecun_normal",
        "lecun_normal, lecun_normal", "uniform:0.5, uniform:0.5", "normal:2, normal:2.0", "constant:-1, constant:-1.0",
    })
    void parsesEverySpelling(String text, String canonical) {
        assertThat(Initializer.parse(text)).hasToString(canonical);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "glorot        | unknown initialiser 'glorot'; choose one of xavier (= xavier_uniform), xavier_normal, he (= he_normal), he_uniform, lecun (= lecun_normal), uniform:A, normal:S, constant:C",
        "uniform       | uniform needs a number, e.g. uniform:0.5",
        "constant      | constant needs a number, e.g. constant:0.1",
        "uniform:x     | uniform needs a number after the colon, got 'x'",
        "uniform:0     | uniform needs a finite number > 0, got 0",
        "normal:-1     | normal needs a finite number > 0, got -1",
        "constant:nan  | constant needs a number after the colon, got 'nan'",
        "constant:1e999 | constant needs a finite number, got inf",
        "he:2          | he_normal takes no value, got 'he:2'",
    })
    void rejectsBadSpellingsWithAClearMessage(String text, String message) {
        assertThatThrownBy(() -> Initializer.parse(text)).isInstanceOf(IllegalArgumentException.class).hasMessage(message);
    }

    /** Sample standard deviations against torch.nn.init's formulas for fanIn = 8, fanOut = 4. */
    @ParameterizedTest
    @CsvSource({
        "xavier_uniform, 0.40824829046386302", "xavier_normal, 0.40824829046386302",
        "he_uniform, 0.5", "he_normal, 0.5", "lecun_normal, 0.35355339059327373",
        "uniform:0.3, 0.17320508075688773", "normal:0.7, 0.7",
    })
    void samplesHaveTheDocumentedSpread(String name, double expectedSd) {
        Initializer init = Initializer.parse(name);
        Rng rng = new Rng(42);
        int n = 200_000;
        double sum = 0;
        double squares = 0;
        for (int i = 0; i < n; i++) {
            double w = init.sample(8, 4, rng);
            sum += w;
            squares += w * w;
        }
        assertThat(sum / n).isCloseTo(0, within(0.01 * expectedSd + 0.002));
        assertThat(Math.sqrt(squares / n)).isCloseTo(expectedSd, within(0.01 * expectedSd));
    }

    @Test
    void uniformSchemesStayInsideTheirBound() {
        Rng rng = new Rng(1);
        double xavierBound = Math.sqrt(6.0 / 12);
        double heBound = Math.sqrt(6.0 / 8);
        for (int i = 0; i < 10_000; i++) {
            assertThat(Math.abs(Initializer.xavierUniform().sample(8, 4, rng))).isLessThanOrEqualTo(xavierBound);
            assertThat(Math.abs(Initializer.heUniform().sample(8, 4, rng))).isLessThanOrEqualTo(heBound);
            assertThat(Math.abs(Initializer.uniform(0.2).sample(8, 4, rng))).isLessThanOrEqualTo(0.2);
        }
        assertThat(Initializer.constant(0.3).sample(8, 4, rng)).isEqualTo(0.3);
    }

    @Test
    void hiddenBiasesTakeTheBiasInitAndTheOutputBiasStartsAtZero() {
        NetworkSpec spec = NetworkSpec.of(ProblemType.CLASSIFICATION, ActivationSpec.of("prelu"), 3, 2);
        Layout layout = Layout.of(spec);
        NetworkWeights w = new NetworkWeights(spec, layout, layout.initialParameters(Initializer.heNormal(), -3, new Rng(1)));

        assertThat(w.bias(0)).containsOnly(-3);
        assertThat(w.bias(1)).containsOnly(-3);
        assertThat(w.bias(2)).containsOnly(0);
        assertThat(w.alpha(0)).isEqualTo(0.25);
        assertThat(w.alpha(2)).isNaN();
    }
}
