package org.activationlab.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Issue 14's eight PyTorch activations beyond what the catalogue-wide tests check: PyTorch's
 * value at a jump, jumps named as discontinuities and kinks as kinks, the stable tanhshrink near
 * 0, snake's non-negative slope, and the parameter checks with their messages.
 */
class PyTorchActivationsTest {
    private static final double INF = Double.POSITIVE_INFINITY;

    private static Activation create(String name, Object... keyValues) {
        Map<String, Double> parameters = new LinkedHashMap<>();
        for (int i = 0; i < keyValues.length; i += 2) {
            parameters.put((String) keyValues[i], ((Number) keyValues[i + 1]).doubleValue());
        }
        return Catalogue.create(name, parameters);
    }

    @ParameterizedTest(name = "{0}({1}) = {2}, f' = {3}")
    @CsvSource({
            // hardshrink: (x >= -lambd && x <= lambd) ? 0 : x, backward 0 on the closed zone
            "hardshrink, 0.5, 0, 0",
            "hardshrink, -0.5, 0, 0",
            "hardshrink, 0.5000000000000001, 0.5000000000000001, 1",
            "hardshrink, -0.5000000000000001, -0.5000000000000001, 1",
            // softshrink: 0 on the closed zone, shrink_backward 0 there
            "softshrink, 0.5, 0, 0",
            "softshrink, -0.5, 0, 0",
            // threshold: x <= threshold ? value : x, threshold_backward 0 at x <= threshold
            "threshold, 0, 0, 0",
            "threshold, 4.9e-324, 4.9e-324, 1",
            "squared_relu, 0, 0, 0",
            "rrelu, 0, 0, 0.22916666666666666",
            "tanhshrink, 0, 0, 0",
            "snake, 0, 0, 1",
            "silu, 0, 0, 0.5",
    })
    void atTheJumpsAndKinksValueAndSlopeArePyTorchs(String name, double x, double value, double slope) {
        Activation a = Catalogue.get(name);
        assertThat(a.value(x)).isEqualTo(value);
        assertThat(a.derivative(x)).isEqualTo(slope);
    }

    @Test
    void thresholdTakesItsValueAtTheThreshold() {
        Activation a = create("threshold", "threshold", 1, "value", -2);
        assertThat(a.value(1)).isEqualTo(-2);
        assertThat(a.derivative(1)).isZero();
        assertThat(a.value(Math.nextUp(1.0))).isEqualTo(Math.nextUp(1.0));
        assertThat(a.value(-1e300)).isEqualTo(-2);
    }

    @Test
    void hardshrinkJumpsAndIsADiscontinuityNotAKink() {
        ActivationProperties p = PropertyAnalyzer.analyze(Catalogue.get("hardshrink"));
        assertThat(p.discontinuities()).containsExactly(-0.5, 0.5);
        assertThat(p.kinks()).isEmpty();
        assertThat(p.smoothness()).isEqualTo(Smoothness.DISCONTINUOUS);
        assertThat(p.monotonicity()).isEqualTo(Monotonicity.NON_DECREASING);
        assertThat(p.deadRegions()).containsExactly(new Interval(-0.5, true, 0.5, true));
        assertThat(p.zeroCentred()).isTrue();
    }

    @Test
    void softshrinkIsContinuousWithTwoKinks() {
        ActivationProperties p = PropertyAnalyzer.analyze(Catalogue.get("softshrink"));
        assertThat(p.kinks()).containsExactly(-0.5, 0.5);
        assertThat(p.discontinuities()).isEmpty();
        assertThat(p.smoothness()).isEqualTo(Smoothness.C0);
        assertThat(p.range()).isEqualTo(new Interval(-INF, false, INF, false));
    }

    @ParameterizedTest(name = "threshold {0}, value {1}: kinks {2}, discontinuities {3}, {4}")
    @CsvSource(delimiter = ';', value = {
            "0;    0;    0.0;  ;     NON_DECREASING",
            "-0.5; -0.5; -0.5; ;     NON_DECREASING",
            "1;    -2;   ;     1.0;  NON_DECREASING",
            "0;    0.01; ;     0.0;  NOT_MONOTONIC",
    })
    void thresholdJumpsUnlessValueEqualsThreshold(double threshold, double value, Double kink, Double jump,
                                                  Monotonicity monotonicity) {
        ActivationProperties p = PropertyAnalyzer.analyze(create("threshold", "threshold", threshold, "value", value));
        assertThat(p.kinks()).isEqualTo(kink == null ? List.of() : List.of(kink));
        assertThat(p.discontinuities()).isEqualTo(jump == null ? List.of() : List.of(jump));
        assertThat(p.smoothness()).isEqualTo(jump == null ? Smoothness.C0 : Smoothness.DISCONTINUOUS);
        assertThat(p.monotonicity()).isEqualTo(monotonicity);
    }

    @Test
    void thresholdsRangeIncludesItsValue() {
        ActivationProperties p = PropertyAnalyzer.analyze(create("threshold", "threshold", 1, "value", -2));
        assertThat(p.range()).isEqualTo(new Interval(-2, true, INF, false));
    }

    @Test
    void squaredReluIsASmoothJoinNotAKink() {
        ActivationProperties p = PropertyAnalyzer.analyze(Catalogue.get("squared_relu"));
        assertThat(p.kinks()).isEmpty();
        assertThat(p.discontinuities()).isEmpty();
        assertThat(p.smoothness()).isEqualTo(Smoothness.C1);
        assertThat(p.range()).isEqualTo(new Interval(0, true, INF, false));
        assertThat(p.deadRegions()).containsExactly(new Interval(-INF, false, 0, true));
    }

    @ParameterizedTest(name = "{0}: {1}, {2}")
    @CsvSource({
            "silu,       SMOOTH, NOT_MONOTONIC",
            "tanhshrink, SMOOTH, INCREASING",
            "snake,      SMOOTH, INCREASING",
            "rrelu,      C0,     INCREASING",
    })
    void smoothnessAndMonotonicity(String name, Smoothness smoothness, Monotonicity monotonicity) {
        ActivationProperties p = PropertyAnalyzer.analyze(Catalogue.get(name));
        assertThat(p.smoothness()).isEqualTo(smoothness);
        assertThat(p.monotonicity()).isEqualTo(monotonicity);
        assertThat(p.discontinuities()).isEmpty();
    }

    @Test
    void silusMinimumIsInItsRange() {
        ActivationProperties p = PropertyAnalyzer.analyze(Catalogue.get("silu"));
        assertThat(p.range().lower()).isCloseTo(-0.27846454276107380, within(1e-12));
        assertThat(p.range().lowerClosed()).isTrue();
    }

    @Test
    void siluIsSwishWithBetaOneBitForBit() {
        Activation silu = Catalogue.get("silu");
        Activation swish = Catalogue.get("swish");
        for (double x = -900; x <= 900; x += 0.37) {
            assertThat(silu.value(x)).isEqualTo(swish.value(x));
            assertThat(silu.derivative(x)).isEqualTo(swish.derivative(x));
        }
    }

    static List<ActivationGoldenTest.Golden> smallTanhshrinkRows() throws Exception {
        return ActivationGoldenTest.goldenValues()
                .filter(g -> g.function().equals("tanhshrink") && g.x() != 0 && Math.abs(g.x()) < TanhShrink.SERIES_LIMIT)
                .toList();
    }

    /**
     * Near 0, x - tanh(x) cancels (at x = 1e-5 the difference keeps 5 correct digits); the series
     * keeps the value correct to the last bits relative to the value itself.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("smallTanhshrinkRows")
    void tanhshrinkKeepsFullRelativeAccuracyNearZero(ActivationGoldenTest.Golden g) {
        Activation a = Catalogue.get("tanhshrink");
        assertThat(Math.abs(a.value(g.x()) - g.f())).isLessThanOrEqualTo(1e-15 * Math.abs(g.f()));
    }

    @Test
    void tanhshrinkIsContinuousWhereItSwitchesToTheDirectDifference() {
        Activation a = Catalogue.get("tanhshrink");
        double below = a.value(Math.nextDown(TanhShrink.SERIES_LIMIT));
        double at = a.value(TanhShrink.SERIES_LIMIT);
        assertThat(at - below).isBetween(0.0, 1e-17);
    }

    @ParameterizedTest(name = "alpha = {0}")
    @CsvSource({"1", "0.3", "20", "1e-3"})
    void snakesSlopeNeverRoundsBelowZero(double alpha) {
        Activation a = create("snake", "alpha", alpha);
        for (int k = -2000; k <= 2000; k++) {
            // the zeros of f' = 1 + sin(2 alpha x) lie at alpha x = -pi/4 + k pi
            double zero = (-Math.PI / 4 + k * Math.PI) / alpha;
            for (double x : new double[] {Math.nextDown(zero), zero, Math.nextUp(zero)}) {
                assertThat(a.derivative(x)).as("snake'(%s)", x).isGreaterThanOrEqualTo(0.0);
            }
        }
    }

    @Test
    void snakeStaysExactWhereAlphaTimesXOverflows() {
        Activation a = create("snake", "alpha", 1e300);
        double x = 1e300;
        assertThat(a.value(x)).isEqualTo(x);
        assertThat(a.derivative(x)).isBetween(0.0, 2.0);
    }

    @Test
    void rreluChecksThatLowerIsAtMostUpper() {
        Activation rrelu = Catalogue.get("rrelu");
        assertThatThrownBy(() -> rrelu.with("lower", 0.5))
                .isInstanceOf(InvalidParameterException.class)
                .hasMessage("rrelu needs lower <= upper, got lower = 0.5 and upper = 0.3333333333333333");
        assertThatThrownBy(() -> rrelu.with("lower", -0.1))
                .isInstanceOf(InvalidParameterException.class)
                .hasMessage("parameter 'lower' of rrelu must be a finite number >= 0, got -0.1");
        Map<String, Double> both = new LinkedHashMap<>();
        both.put("lower", 0.5);
        both.put("upper", 0.8);
        assertThat(rrelu.with(both).parameterValues()).containsEntry("lower", 0.5).containsEntry("upper", 0.8);
        assertThat(rrelu.with(both).derivative(-1)).isEqualTo(0.65);
        assertThat(create("rrelu", "lower", 0.3, "upper", 0.3).derivative(-2)).isEqualTo(0.3);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"hardshrink", "softshrink"})
    void lambdMustNotBeNegative(String name) {
        assertThatThrownBy(() -> Catalogue.get(name).with("lambd", -1))
                .isInstanceOf(InvalidParameterException.class)
                .hasMessage("parameter 'lambd' of " + name + " must be a finite number >= 0, got -1");
    }

    @Test
    void snakesAlphaMustBePositive() {
        assertThatThrownBy(() -> Catalogue.get("snake").with("alpha", 0))
                .isInstanceOf(InvalidParameterException.class)
                .hasMessage("parameter 'alpha' of snake must be a finite number > 0, got 0");
    }
}
