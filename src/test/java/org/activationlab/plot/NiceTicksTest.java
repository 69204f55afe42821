package org.activationlab.plot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.stream.Stream;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class NiceTicksTest {

    static Stream<Arguments> linearTable() {
        double nan = Double.NaN;
        double inf = Double.POSITIVE_INFINITY;
        return Stream.of(
                Arguments.of(0, 1, 10, new double[] {0, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1}),
                Arguments.of(0, 1, 5, new double[] {0, 0.2, 0.4, 0.6, 0.8, 1}),
                Arguments.of(0, 1, 2, new double[] {0, 0.5, 1}),
                Arguments.of(0, 1, 1, new double[] {0, 1}),
                Arguments.of(-6, 6, 6, new double[] {-6, -4, -2, 0, 2, 4, 6}),
                Arguments.of(-6, 6, 12, new double[] {-6, -5, -4, -3, -2, -1, 0, 1, 2, 3, 4, 5, 6}),
                Arguments.of(0, 10, 5, new double[] {0, 2, 4, 6, 8, 10}),
                Arguments.of(-10, 10, 5, new double[] {-10, -5, 0, 5, 10}),
                Arguments.of(0.1, 0.9, 1, new double[] {0.5}),
                Arguments.of(1, 0, 5, new double[] {1, 0.8, 0.6, 0.4, 0.2, 0}),
                Arguments.of(6, -6, 6, new double[] {6, 4, 2, 0, -2, -4, -6}),
                Arguments.of(0.999, 1.001, 4, new double[] {0.999, 0.9995, 1, 1.0005, 1.001}),
                Arguments.of(1, 1 + 4e-15, 2, new double[] {1, 1.000000000000002, 1.000000000000004}),
                Arguments.of(1e300, 5e300, 4, new double[] {1e300, 2e300, 3e300, 4e300, 5e300}),
                Arguments.of(-1e308, 1e308, 2, new double[] {-1e308, 0, 1e308}),
                Arguments.of(0, 1e-300, 2, new double[] {0, 5e-301, 1e-300}),
                Arguments.of(5, 5, 5, new double[] {5}),
                Arguments.of(nan, 1, 5, new double[0]),
                Arguments.of(0, nan, 5, new double[0]),
                Arguments.of(0, inf, 5, new double[0]),
                Arguments.of(-inf, 0, 5, new double[0]),
                Arguments.of(0, 1, 0, new double[0]),
                Arguments.of(0, 1, -3, new double[0]));
    }

    @ParameterizedTest(name = "[{0}, {1}] count {2}")
    @MethodSource("linearTable")
    void linearTicks(double start, double stop, int count, double[] expected) {
        assertThat(NiceTicks.linear(start, stop, count)).containsExactly(expected);
    }

    static Stream<Arguments> logTable() {
        return Stream.of(
                Arguments.of(1, 1000, 10, new double[] {1, 10, 100, 1000}),
                Arguments.of(1e-6, 1, 10, new double[] {1e-6, 1e-5, 1e-4, 1e-3, 1e-2, 1e-1, 1}),
                Arguments.of(1e-130, 1, 6, new double[] {1e-120, 1e-100, 1e-80, 1e-60, 1e-40, 1e-20, 1}),
                Arguments.of(0.01, 1, 9, new double[] {0.01, 0.02, 0.05, 0.1, 0.2, 0.5, 1}),
                Arguments.of(0.3, 80, 10, new double[] {0.5, 1, 2, 5, 10, 20, 50}),
                Arguments.of(2, 5, 3, new double[] {2, 3, 4, 5}),
                Arguments.of(1000, 1, 10, new double[] {1000, 100, 10, 1}),
                Arguments.of(1e-20, 1e-16, 1, new double[] {1e-20}),
                Arguments.of(1e-20, 1e12, 1, new double[] {1}),
                Arguments.of(0, 10, 5, new double[0]),
                Arguments.of(-1, 10, 5, new double[0]),
                Arguments.of(Double.NaN, 10, 5, new double[0]),
                Arguments.of(1, Double.POSITIVE_INFINITY, 5, new double[0]));
    }

    @ParameterizedTest(name = "log [{0}, {1}] count {2}")
    @MethodSource("logTable")
    void logTicks(double start, double stop, int count, double[] expected) {
        double[] ticks = NiceTicks.log(start, stop, count);
        assertThat(ticks).hasSameSizeAs(expected);
        for (int i = 0; i < ticks.length; i++) {
            assertThat(ticks[i]).isCloseTo(expected[i], within(Math.abs(expected[i]) * 1e-12));
        }
    }

    @ParameterizedTest(name = "step [{0}, {1}] count {2} = {3}")
    @MethodSource("stepTable")
    void steps(double start, double stop, int count, double expected) {
        assertThat(Double.valueOf(NiceTicks.step(start, stop, count))).isEqualTo(Double.valueOf(expected));
    }

    static Stream<Arguments> stepTable() {
        return Stream.of(
                Arguments.of(0, 1, 10, 0.1),
                Arguments.of(0, 1, 5, 0.2),
                Arguments.of(-6, 6, 6, 2.0),
                Arguments.of(6, -6, 6, 2.0),
                Arguments.of(0, 1000, 3, 500.0),
                Arguments.of(0, 1, 0, Double.NaN),
                Arguments.of(3, 3, 5, Double.NaN),
                Arguments.of(Double.NaN, 3, 5, Double.NaN));
    }

    @Property
    void ticksAreInsideEvenlySpacedAndNice(@ForAll @DoubleRange(min = -1e6, max = 1e6) double a,
                                           @ForAll @DoubleRange(min = -6, max = 6) double logSpan,
                                           @ForAll @IntRange(min = 2, max = 20) int count) {
        double b = a + Math.pow(10, logSpan);
        double[] ticks = NiceTicks.linear(a, b, count);
        double step = NiceTicks.step(a, b, count);
        assertThat(ticks).isNotEmpty();
        for (double t : ticks) {
            assertThat(t).isBetween(a, b);
        }
        if (ticks.length == 1) {
            assertThat(step).isNaN();
            return;
        }
        for (int i = 1; i < ticks.length; i++) {
            double rounding = 4 * Math.ulp(Math.max(Math.abs(a), Math.abs(b)));
            assertThat(ticks[i] - ticks[i - 1]).isCloseTo(step, within(step * 1e-9 + rounding));
        }
        double mantissa = step / Math.pow(10, Math.floor(Math.log10(step) + 1e-12));
        assertThat(Math.round(mantissa)).isIn(1L, 2L, 5L);
        assertThat(ticks.length).isBetween(1, 3 * count + 1);
    }

    @Property
    void reversedDomainGivesTheSameTicksBackwards(@ForAll @DoubleRange(min = -1e3, max = 1e3) double a,
                                                  @ForAll @DoubleRange(min = -3, max = 3) double logSpan,
                                                  @ForAll @IntRange(min = 1, max = 15) int count) {
        double span = Math.pow(10, logSpan);
        double[] forward = NiceTicks.linear(a, a + span, count);
        double[] backward = NiceTicks.linear(a + span, a, count);
        assertThat(backward).hasSameSizeAs(forward);
        for (int i = 0; i < forward.length; i++) {
            assertThat(backward[backward.length - 1 - i]).isEqualTo(forward[i]);
        }
    }
}
