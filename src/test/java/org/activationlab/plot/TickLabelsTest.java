package org.activationlab.plot;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.activationlab.plot.TickLabels.Glyphs;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class TickLabelsTest {

    static Stream<Arguments> linearTable() {
        return Stream.of(
                Arguments.of(0, 1, 5, Glyphs.UNICODE, new String[] {"0.0", "0.2", "0.4", "0.6", "0.8", "1.0"}),
                Arguments.of(-6, 6, 6, Glyphs.UNICODE, new String[] {"−6", "−4", "−2", "0", "2", "4", "6"}),
                Arguments.of(-6, 6, 6, Glyphs.ASCII, new String[] {"-6", "-4", "-2", "0", "2", "4", "6"}),
                Arguments.of(-1, 1, 4, Glyphs.UNICODE, new String[] {"−1.0", "−0.5", "0.0", "0.5", "1.0"}),
                Arguments.of(0, 0.001, 2, Glyphs.UNICODE, new String[] {"0.0000", "0.0005", "0.0010"}),
                Arguments.of(0, 4e-7, 2, Glyphs.UNICODE, new String[] {"0", "2×10⁻⁷", "4×10⁻⁷"}),
                Arguments.of(0, 4e-7, 2, Glyphs.ASCII, new String[] {"0", "2e-7", "4e-7"}),
                Arguments.of(0, 3e6, 3, Glyphs.UNICODE, new String[] {"0", "10⁶", "2×10⁶", "3×10⁶"}),
                Arguments.of(2e6, 3e6, 2, Glyphs.UNICODE, new String[] {"2×10⁶", "2.5×10⁶", "3×10⁶"}),
                Arguments.of(1e300, 3e300, 2, Glyphs.ASCII, new String[] {"1e300", "2e300", "3e300"}),
                Arguments.of(0.999, 1.001, 4, Glyphs.UNICODE, new String[] {"0.9990", "0.9995", "1.0000", "1.0005", "1.0010"}),
                Arguments.of(0, 100000, 2, Glyphs.UNICODE, new String[] {"0", "50000", "100000"}));
    }

    @ParameterizedTest(name = "[{0}, {1}] count {2} {3}")
    @MethodSource("linearTable")
    void linearLabels(double start, double stop, int count, Glyphs glyphs, String[] expected) {
        double[] ticks = NiceTicks.linear(start, stop, count);
        assertThat(TickLabels.linear(ticks, NiceTicks.step(start, stop, count), glyphs)).containsExactly(expected);
    }

    static Stream<Arguments> logTable() {
        return Stream.of(
                Arguments.of(new double[] {1e-6, 1e-4, 1e-2, 1}, Glyphs.UNICODE, new String[] {"10⁻⁶", "10⁻⁴", "0.01", "1"}),
                Arguments.of(new double[] {1, 10, 100, 1000, 1e4}, Glyphs.UNICODE, new String[] {"1", "10", "100", "1000", "10⁴"}),
                Arguments.of(new double[] {2e-5, 5e-5, 1e-4}, Glyphs.UNICODE, new String[] {"2×10⁻⁵", "5×10⁻⁵", "10⁻⁴"}),
                Arguments.of(new double[] {1e-120, 1e23}, Glyphs.ASCII, new String[] {"1e-120", "1e23"}),
                Arguments.of(new double[] {0.5, 2.5}, Glyphs.UNICODE, new String[] {"0.5", "2.5"}));
    }

    @ParameterizedTest(name = "log {1}")
    @MethodSource("logTable")
    void logLabels(double[] ticks, Glyphs glyphs, String[] expected) {
        assertThat(TickLabels.log(ticks, glyphs)).containsExactly(expected);
    }

    @ParameterizedTest(name = "single value {0}")
    @MethodSource("singles")
    void aLoneTickIsLabelledOnItsOwn(double value, String expected) {
        assertThat(TickLabels.linear(new double[] {value}, Double.NaN, Glyphs.UNICODE)).containsExactly(expected);
    }

    static Stream<Arguments> singles() {
        return Stream.of(Arguments.of(5, "5.00"), Arguments.of(0, "0"), Arguments.of(-0.25, "−0.250"),
                Arguments.of(Double.NaN, "NaN"), Arguments.of(Double.POSITIVE_INFINITY, "∞"));
    }

    @ParameterizedTest(name = "superscript {0}")
    @MethodSource("superscripts")
    void superscripts(int n, String expected) {
        assertThat(TickLabels.superscript(n)).isEqualTo(expected);
    }

    static Stream<Arguments> superscripts() {
        return Stream.of(Arguments.of(0, "⁰"), Arguments.of(7, "⁷"), Arguments.of(-12, "⁻¹²"), Arguments.of(308, "³⁰⁸"));
    }
}
