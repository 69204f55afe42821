package org.activationlab.plot.curves;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import org.activationlab.model.ActivationSpec;
import org.activationlab.model.Activation;
import org.activationlab.model.Catalogue;
import org.activationlab.model.Interval;
import org.junit.jupiter.api.Test;

class CurveSamplerTest {

    private static CurveSet sample(List<Activation> functions, double from, double to, int points) {
        return CurveSampler.sample(CurvesSettings.builder().activations(functions.stream().map(ActivationSpec::of).toList()).range(from, to).points(points).build());
    }

    @Test
    void gridIsEvenWithBothEndsAndMergesInnerExtras() {
        assertThat(CurveSampler.grid(-1, 1, 5, List.of())).containsExactly(-1, -0.5, 0, 0.5, 1);
        assertThat(CurveSampler.grid(-1, 1, 4, List.of(0.0, 0.0, 5.0, -1.0, 0.25)))
                .containsExactly(-1, -1 + 2.0 / 3, 0, 0.25, -1 + 2 * 2.0 / 3, 1);
        assertThat(CurveSampler.grid(-1, 1, 5, List.of(0.5))).containsExactly(-1, -0.5, 0, 0.5, 1);
    }

    @Test
    void everyKinkInRangeIsASample() {
        CurveSet set = sample(List.of(Catalogue.get("relu6"), Catalogue.get("hard_tanh")), -7.3, 7.1, 10);
        assertThat(set.xs()).contains(0.0, 6.0, -1.0, 1.0);
        double[] xs = set.xs();
        for (int i = 1; i < xs.length; i++) {
            assertThat(xs[i]).isGreaterThan(xs[i - 1]);
        }
    }

    @Test
    void valuesAndDerivativesComeFromTheActivation() {
        Activation sigmoid = Catalogue.get("sigmoid");
        SampledCurve c = sample(List.of(sigmoid), -6, 6, 13).curves().get(0);
        for (int i = 0; i < c.size(); i++) {
            double x = c.xs()[i];
            assertThat(c.value(i)).isEqualTo(sigmoid.value(x));
            assertThat(c.derivative(i)).isEqualTo(sigmoid.derivative(x));
        }
        assertThat(c.value(6)).isEqualTo(0.5);
    }

    @Test
    void derivativePowerIsTheGradientFactorThroughDepth() {
        CurveSet set = sample(List.of(Catalogue.get("sigmoid"), Catalogue.get("relu")), -2, 2, 5);
        double[] sigmoid = set.curves().get(0).derivativePower(10);
        double[] relu = set.curves().get(1).derivativePower(10);
        assertThat(sigmoid[2]).isCloseTo(Math.pow(0.25, 10), within(1e-20));
        assertThat(relu).containsExactly(0, 0, 0, 1, 1);
    }

    @Test
    void reluHasNoGradientExactlyUpToZero() {
        SampledCurve relu = sample(List.of(Catalogue.get("relu")), -6, 6, 7).curves().get(0);
        assertThat(relu.zeroGradientRegions()).containsExactly(new Interval(-6, true, 0, true));
        SampledCurve leaky = sample(List.of(Catalogue.get("leaky_relu")), -6, 6, 7).curves().get(0);
        assertThat(leaky.zeroGradientRegions()).isEmpty();
    }

    @Test
    void reluZeroGradientEndIsFoundBetweenSamples() {
        Activation shifted = Catalogue.create("maxout", Map.of("w1", 1.0, "b1", -0.3));
        SampledCurve c = sample(List.of(shifted), -1, 1, 4).curves().get(0);
        List<Interval> dead = c.zeroGradientRegions();
        assertThat(dead).hasSize(1);
        assertThat(dead.get(0).lower()).isEqualTo(-1);
        assertThat(dead.get(0).upper()).isCloseTo(0.3, within(1e-12));
    }

    @Test
    void sigmoidSaturatesSymmetricallyWhereItsSlopeFallsBelowEps() {
        double eps = 0.01;
        SampledCurve c = sample(List.of(Catalogue.get("sigmoid")), -8, 8, 101).curves().get(0);
        List<Interval> regions = c.saturatedRegions(eps);
        // sigma'(x) = 0.01 where sigma(x) = (1 + sqrt(1 - 0.04)) / 2, i.e. x = ln(s / (1 - s))
        double s = (1 + Math.sqrt(1 - 4 * eps)) / 2;
        double edge = Math.log(s / (1 - s));
        assertThat(regions).hasSize(2);
        assertThat(regions.get(0).lower()).isEqualTo(-8);
        assertThat(regions.get(0).upper()).isCloseTo(-edge, within(1e-9));
        assertThat(regions.get(1).lower()).isCloseTo(edge, within(1e-9));
        assertThat(regions.get(1).upper()).isEqualTo(8);
        assertThat(c.saturatedRegions(1e-12)).isEmpty();
    }

    @Test
    void columnNamesAreCatalogueNamesMadeUniqueByParameters() {
        CurveSet set = sample(List.of(Catalogue.get("sigmoid"), Catalogue.get("leaky_relu"),
                Catalogue.get("leaky_relu").with("slope", 0.1), Catalogue.get("sigmoid")), -1, 1, 3);
        assertThat(set.names()).containsExactly("sigmoid", "leaky_relu[slope=0.01]", "leaky_relu[slope=0.1]", "sigmoid#2");
    }

    @Test
    void tableHasXThenValueAndDerivativePerFunction() {
        CurveSet set = sample(List.of(Catalogue.get("sigmoid"), Catalogue.get("tanh")), -1, 1, 11);
        var table = set.table(1);
        assertThat(table.headers()).containsExactly("x", "sigmoid", "dsigmoid", "tanh", "dtanh");
        assertThat(table.rowCount()).isEqualTo(11);
        assertThat(table.value(5, 1)).isEqualTo(0.5);
        assertThat(set.table(5).headers()).containsExactly("x", "sigmoid", "dsigmoid", "|dsigmoid|^5", "tanh", "dtanh",
                "|dtanh|^5");
    }
}
