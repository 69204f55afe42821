package org.activationlab.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The properties table for the classic cases and for parameter values at the edges. Expected
 * values come from the formulas (closed forms written out here), not from the analyzer.
 */
class PropertyAnalyzerTest {
    private static final double NEG_INF = Double.NEGATIVE_INFINITY;
    private static final double POS_INF = Double.POSITIVE_INFINITY;
    /** SELU's constants (Klambauer et al. 2017). */
    private static final double SELU_ALPHA = 1.6732632423543772848;
    private static final double SELU_SCALE = 1.0507009873554804934;

    private static ActivationProperties analyze(String name, Object... keyValues) {
        Map<String, Double> parameters = new LinkedHashMap<>();
        for (int i = 0; i < keyValues.length; i += 2) {
            parameters.put((String) keyValues[i], ((Number) keyValues[i + 1]).doubleValue());
        }
        return PropertyAnalyzer.analyze(Catalogue.create(name, parameters));
    }

    private static Interval open(double lower, double upper) {
        return new Interval(lower, false, upper, false);
    }

    private static Interval closed(double lower, double upper) {
        return new Interval(lower, true, upper, true);
    }

    @ParameterizedTest(name = "{0}: range {1}")
    @CsvSource(delimiter = ';', value = {
            "identity;     (-inf, inf)",
            "step;         {0, 1}",
            "sigmoid;      (0, 1)",
            "tanh;         (-1, 1)",
            "relu;         [0, inf)",
            "leaky_relu;   (-inf, inf)",
            "prelu;        (-inf, inf)",
            "elu;          (-1, inf)",
            "selu;         (-1.7581, inf)",
            "celu;         (-1, inf)",
            "softplus;     (0, inf)",
            "gelu;         [-0.16997, inf)",
            "gelu_tanh;    [-0.17004, inf)",
            "swish;        [-0.27846, inf)",
            "mish;         [-0.30884, inf)",
            "hard_sigmoid; [0, 1]",
            "hard_tanh;    [-1, 1]",
            "hard_swish;   [-0.375, inf)",
            "relu6;        [0, 6]",
            "softsign;     (-1, 1)",
            "log_sigmoid;  (-inf, 0)",
            "maxout;       [0, inf)",
            "sin;          [-1, 1]"})
    void rangeOfEveryCatalogueFunction(String name, String range) {
        assertThat(analyze(name).describeRange(5)).isEqualTo(range);
    }

    @Test
    void sigmoidIsBoundedIncreasingAndSaturatesOnBothSides() {
        ActivationProperties p = analyze("sigmoid");
        // sigma'(x) = s (1 - s) = 1e-3 at s = (1 - sqrt(1 - 4e-3)) / 2, x = ln(s / (1 - s)).
        double s = (1 - Math.sqrt(1 - 4e-3)) / 2;
        double edge = -Math.log(s / (1 - s));
        assertThat(p.range()).isEqualTo(open(0, 1));
        assertThat(p.boundedBelow()).isTrue();
        assertThat(p.boundedAbove()).isTrue();
        assertThat(p.monotonicity()).isEqualTo(Monotonicity.INCREASING);
        assertThat(p.valueAtZero()).isEqualTo(0.5);
        assertThat(p.slopeAtZero()).isEqualTo(0.25);
        assertThat(p.nearIdentity()).isFalse();
        assertThat(p.zeroCentred()).isFalse();
        assertThat(p.saturation()).hasSize(2);
        assertThat(p.saturation().get(0).lower()).isEqualTo(NEG_INF);
        assertThat(p.saturation().get(0).upper()).isCloseTo(-edge, within(1e-9));
        assertThat(p.saturation().get(1).lower()).isCloseTo(edge, within(1e-9));
        assertThat(p.saturation().get(1).upper()).isEqualTo(POS_INF);
        assertThat(p.saturation().stream().map(i -> i.asCondition(2)).toList()).containsExactly("x < -6.9", "x > 6.9");
        assertThat(p.deadRegions()).isEmpty();
        assertThat(p.kinks()).isEmpty();
        assertThat(p.smoothness()).isEqualTo(Smoothness.SMOOTH);
        assertThat(p.parameterCount()).isZero();
    }

    @Test
    void reluIsDeadForNegativeInputsAndAtZero() {
        ActivationProperties p = analyze("relu");
        assertThat(p.range()).isEqualTo(new Interval(0, true, POS_INF, false));
        assertThat(p.monotonicity()).isEqualTo(Monotonicity.NON_DECREASING);
        // relu'(0) = 0 (PyTorch), so the origin belongs to the dead region.
        assertThat(p.deadRegions()).containsExactly(new Interval(NEG_INF, false, 0, true));
        assertThat(p.saturation()).containsExactly(new Interval(NEG_INF, false, 0, true));
        assertThat(p.kinks()).containsExactly(0.0);
        assertThat(p.smoothness()).isEqualTo(Smoothness.C0);
        assertThat(p.zeroCentred()).isFalse();
    }

    @Test
    void tanhIsZeroCentredAndNearIdentity() {
        ActivationProperties p = analyze("tanh");
        // tanh'(x) = 1 - tanh^2 = 1e-3 at x = atanh(sqrt(1 - 1e-3)).
        double edge = 0.5 * Math.log((1 + Math.sqrt(1 - 1e-3)) / (1 - Math.sqrt(1 - 1e-3)));
        assertThat(p.range()).isEqualTo(open(-1, 1));
        assertThat(p.zeroCentred()).isTrue();
        assertThat(p.nearIdentity()).isTrue();
        assertThat(p.saturation().get(1).lower()).isCloseTo(edge, within(1e-9));
    }

    @Test
    void sinIsNotMonotonicAndNeverSaturatesAsARegion() {
        ActivationProperties p = analyze("sin");
        assertThat(p.monotonicity()).isEqualTo(Monotonicity.NOT_MONOTONIC);
        assertThat(p.range()).isEqualTo(closed(-1, 1));
        assertThat(p.saturation()).isEmpty();
        assertThat(p.nearIdentity()).isTrue();
        assertThat(p.zeroCentred()).isTrue();
        assertThat(p.smoothness()).isEqualTo(Smoothness.SMOOTH);
    }

    @Test
    void maxoutParameterCountGrowsWithItsPieces() {
        List<Integer> counts = IntStream.rangeClosed(1, 8)
                .mapToObj(k -> analyze("maxout", "k", k).parameterCount()).toList();
        assertThat(counts).containsExactly(3, 5, 7, 9, 11, 13, 15, 17);
    }

    @Test
    void seluRangeStartsAtMinusScaleTimesAlphaOpen() {
        ActivationProperties p = analyze("selu");
        assertThat(p.range().lower()).isCloseTo(-SELU_SCALE * SELU_ALPHA, within(1e-12));
        assertThat(p.range().lowerClosed()).isFalse();
        assertThat(p.range().format(5)).isEqualTo("(-1.7581, inf)");
        assertThat(p.slopeAtZero()).isCloseTo(SELU_SCALE * SELU_ALPHA, within(1e-12));
        assertThat(p.nearIdentity()).isFalse();
        // SELU's constants make the mean output zero for standard-normal inputs.
        assertThat(p.zeroCentred()).isTrue();
        assertThat(p.smoothness()).isEqualTo(Smoothness.C0);
    }

    @Test
    void leakyReluWithSlopeZeroIsReluAndDeadUpToZero() {
        ActivationProperties p = analyze("leaky_relu", "slope", 0);
        assertThat(p.range()).isEqualTo(new Interval(0, true, POS_INF, false));
        assertThat(p.monotonicity()).isEqualTo(Monotonicity.NON_DECREASING);
        assertThat(p.deadRegions()).containsExactly(new Interval(NEG_INF, false, 0, true));
    }

    @Test
    void leakyReluWithNegativeSlopeIsNotMonotonic() {
        ActivationProperties p = analyze("leaky_relu", "slope", -0.5);
        assertThat(p.monotonicity()).isEqualTo(Monotonicity.NOT_MONOTONIC);
        assertThat(p.range()).isEqualTo(new Interval(0, true, POS_INF, false));
        assertThat(p.deadRegions()).isEmpty();
        assertThat(p.saturation()).isEmpty();
    }

    @Test
    void leakyReluWithSlopeOneIsTheIdentityWithoutAKink() {
        ActivationProperties p = analyze("leaky_relu", "slope", 1);
        assertThat(p.kinks()).isEmpty();
        assertThat(p.smoothness()).isEqualTo(Smoothness.SMOOTH);
        assertThat(p.nearIdentity()).isTrue();
        assertThat(p.zeroCentred()).isTrue();
    }

    @Test
    void leakyReluWithATinySlopeSaturatesButIsNotDead() {
        ActivationProperties p = analyze("leaky_relu", "slope", 1e-4);
        assertThat(p.range()).isEqualTo(Interval.REALS);
        assertThat(p.deadRegions()).isEmpty();
        assertThat(p.saturation()).containsExactly(new Interval(NEG_INF, false, 0, true));
    }

    @ParameterizedTest(name = "softplus beta = {0}")
    @CsvSource({"1", "0.001", "50", "1000"})
    void softplusBetaScalesItsSaturationEdge(double beta) {
        ActivationProperties p = analyze("softplus", "beta", beta);
        // softplus'(x) = sigmoid(beta x) = 1e-3 at beta x = ln(1e-3 / (1 - 1e-3)).
        double edge = Math.log(1e-3 / (1 - 1e-3)) / beta;
        assertThat(p.range()).isEqualTo(open(0, POS_INF));
        assertThat(p.valueAtZero()).isCloseTo(Math.log(2) / beta, within(1e-12 * (1 + Math.log(2) / beta)));
        assertThat(p.slopeAtZero()).isEqualTo(0.5);
        assertThat(p.saturation()).hasSize(1);
        assertThat(p.saturation().get(0).lower()).isEqualTo(NEG_INF);
        assertThat(p.saturation().get(0).upper()).isCloseTo(edge, within(1e-9 * Math.abs(edge)));
        assertThat(p.monotonicity()).isEqualTo(Monotonicity.INCREASING);
        assertThat(p.smoothness()).isEqualTo(Smoothness.SMOOTH);
    }

    @Test
    void stepTakesTwoValuesAndIsDeadEverywhere() {
        ActivationProperties p = analyze("step");
        assertThat(p.discreteValues()).containsExactly(0.0, 1.0);
        assertThat(p.range()).isEqualTo(closed(0, 1));
        assertThat(p.describeRange(5)).isEqualTo("{0, 1}");
        assertThat(p.smoothness()).isEqualTo(Smoothness.DISCONTINUOUS);
        assertThat(p.kinks()).isEmpty();
        assertThat(p.discontinuities()).containsExactly(0.0);
        assertThat(p.deadRegions()).containsExactly(Interval.REALS);
        assertThat(p.saturation()).containsExactly(Interval.REALS);
        assertThat(p.monotonicity()).isEqualTo(Monotonicity.NON_DECREASING);
        assertThat(p.valueAtZero()).isEqualTo(1.0);
    }

    @Test
    void eluIsC1OnlyWhenAlphaIsOne() {
        ActivationProperties one = analyze("elu");
        assertThat(one.smoothness()).isEqualTo(Smoothness.C1);
        assertThat(one.kinks()).isEmpty();
        assertThat(one.nearIdentity()).isTrue();
        ActivationProperties two = analyze("elu", "alpha", 2);
        assertThat(two.smoothness()).isEqualTo(Smoothness.C0);
        assertThat(two.kinks()).containsExactly(0.0);
        assertThat(two.range()).isEqualTo(open(-2, POS_INF));
    }

    @Test
    void eluWithNegativeAlphaRisesToTheLeft() {
        ActivationProperties p = analyze("elu", "alpha", -1);
        assertThat(p.monotonicity()).isEqualTo(Monotonicity.NOT_MONOTONIC);
        assertThat(p.range()).isEqualTo(new Interval(0, true, POS_INF, false));
    }

    @Test
    void celuIsC1ForEveryAlpha() {
        for (double alpha : new double[] {1e-3, 1, 1e3}) {
            ActivationProperties p = analyze("celu", "alpha", alpha);
            assertThat(p.smoothness()).as("alpha %s", alpha).isEqualTo(Smoothness.C1);
            assertThat(p.range()).as("alpha %s", alpha).isEqualTo(open(-alpha, POS_INF));
        }
    }

    @Test
    void softsignIsC1BecauseItsSecondDerivativeJumpsAtZero() {
        ActivationProperties p = analyze("softsign");
        // softsign'(x) = 1 / (1 + |x|)^2 = 1e-3 at |x| = sqrt(1000) - 1.
        assertThat(p.smoothness()).isEqualTo(Smoothness.C1);
        assertThat(p.saturation().get(1).lower()).isCloseTo(Math.sqrt(1000) - 1, within(1e-9));
    }

    @Test
    void geluMinimumIsAttainedAtItsCriticalPoint() {
        Activation gelu = Catalogue.get("gelu");
        double min = Double.POSITIVE_INFINITY;
        for (double x = -1; x <= -0.5; x += 1e-6) {
            min = Math.min(min, gelu.value(x));
        }
        ActivationProperties p = analyze("gelu");
        assertThat(p.range().lower()).isCloseTo(min, within(1e-12));
        assertThat(p.range().lowerClosed()).isTrue();
        assertThat(p.monotonicity()).isEqualTo(Monotonicity.NOT_MONOTONIC);
        assertThat(p.saturation()).hasSize(1);
        assertThat(p.saturation().get(0).lower()).isEqualTo(NEG_INF);
    }

    @Test
    void hardSwishIsDeadLeftOfMinusThreeButNotAtIt() {
        ActivationProperties p = analyze("hard_swish");
        // hard_swish'(-3) = -0.5 (PyTorch), so -3 is not in the dead region.
        assertThat(p.deadRegions()).containsExactly(open(NEG_INF, -3));
        assertThat(p.range()).isEqualTo(new Interval(-0.375, true, POS_INF, false));
    }

    @Test
    void relu6IsDeadOnBothSides() {
        ActivationProperties p = analyze("relu6");
        assertThat(p.deadRegions()).containsExactly(
                new Interval(NEG_INF, false, 0, true), new Interval(6, true, POS_INF, false));
        assertThat(p.range()).isEqualTo(closed(0, 6));
        assertThat(p.kinks()).containsExactly(0.0, 6.0);
    }

    @Test
    void swishWithBetaZeroIsTheLinearMapXOverTwo() {
        ActivationProperties p = analyze("swish", "beta", 0);
        assertThat(p.range()).isEqualTo(Interval.REALS);
        assertThat(p.monotonicity()).isEqualTo(Monotonicity.INCREASING);
        assertThat(p.slopeAtZero()).isEqualTo(0.5);
        assertThat(p.saturation()).isEmpty();
    }

    @Test
    void swishWithNegativeBetaHasAClosedUpperBound() {
        ActivationProperties p = analyze("swish", "beta", -1);
        assertThat(p.range().upperClosed()).isTrue();
        assertThat(p.range().lower()).isEqualTo(NEG_INF);
        assertThat(p.range().format(5)).isEqualTo("(-inf, 0.27846]");
    }

    @Test
    void maxoutRangeKinksAndMonotonicityFollowItsPieces() {
        ActivationProperties abs = analyze("maxout", "w1", -1, "w2", 1);
        assertThat(abs.range()).isEqualTo(new Interval(0, true, POS_INF, false));
        assertThat(abs.monotonicity()).isEqualTo(Monotonicity.NOT_MONOTONIC);
        assertThat(abs.kinks()).containsExactly(0.0);

        ActivationProperties plateau = analyze("maxout", "k", 3, "w1", -1, "b1", -1, "w2", 0, "b2", 0, "w3", 1, "b3", -1);
        assertThat(plateau.kinks()).containsExactly(-1.0, 1.0);
        // The first maximal piece wins a tie: slope -1 at x = -1, slope 0 at x = 1.
        assertThat(plateau.deadRegions()).containsExactly(new Interval(-1, false, 1, true));
        assertThat(plateau.saturation()).containsExactly(new Interval(-1, false, 1, true));

        ActivationProperties constant = analyze("maxout", "k", 1, "w1", 0, "b1", 3);
        assertThat(constant.monotonicity()).isEqualTo(Monotonicity.CONSTANT);
        assertThat(constant.discreteValues()).containsExactly(3.0);
        assertThat(constant.describeRange(5)).isEqualTo("{3}");

        ActivationProperties line = analyze("maxout", "k", 1, "w1", 2, "b1", 1);
        assertThat(line.range()).isEqualTo(Interval.REALS);
        assertThat(line.smoothness()).isEqualTo(Smoothness.SMOOTH);
    }

    @ParameterizedTest(name = "swish beta = {0}")
    @CsvSource({"1e-6", "1e6", "1e300"})
    void swishMinimumIsFoundAtAnyScale(double beta) {
        // swish(x) = x sigmoid(beta x) is smallest at beta x = -1.2785 (where 1 + u (1 - sigmoid(u)) = 0).
        double u = -1.278464542761074;
        double minimum = u / (1 + Math.exp(-u)) / beta;
        ActivationProperties p = analyze("swish", "beta", beta);
        assertThat(p.range().lower()).isCloseTo(minimum, within(1e-9 * Math.abs(minimum)));
        assertThat(p.range().lowerClosed()).isTrue();
    }

    @Test
    void aBreakpointFarOutIsFoundAndTheTailReadBeyondIt() {
        // max(1e-300 x, 1): flat up to x = 1e300, then rising without bound.
        ActivationProperties p = analyze("maxout", "w1", 1e-300, "w2", 0, "b2", 1);
        assertThat(p.kinks()).hasSize(1);
        assertThat(p.kinks().get(0)).isCloseTo(1e300, within(1e286));
        assertThat(p.range()).isEqualTo(new Interval(1, true, POS_INF, false));
    }

    @Test
    void aSmallJumpInSlopeIsStillAKink() {
        ActivationProperties p = analyze("leaky_relu", "slope", 1 + 1e-10);
        assertThat(p.kinks()).containsExactly(0.0);
        assertThat(p.smoothness()).isEqualTo(Smoothness.C0);
    }

    @Test
    void relativeCostIsMeasuredAndCached() {
        ActivationProperties first = analyze("gelu");
        ActivationProperties second = analyze("gelu");
        assertThat(first.relativeCost()).isPositive().isFinite();
        assertThat(second.relativeCost()).isEqualTo(first.relativeCost());
        assertThat(analyze("relu").relativeCost()).isBetween(0.2, 5.0);
    }
}
