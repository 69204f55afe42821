package org.activationlab.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

import java.util.List;
import java.util.Map;
import java.util.function.DoubleUnaryOperator;
import java.util.stream.Stream;
import org.assertj.core.data.Offset;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class JumpsTest {

    static Stream<Arguments> derivativeJumps() {
        return Stream.of(
                Arguments.of("relu", Map.of(), List.of(new Jump(0, 0, 1, 0))),
                Arguments.of("leaky_relu", Map.of("slope", 0.1), List.of(new Jump(0, 0.1, 1, 0.1))),
                Arguments.of("hard_tanh", Map.of(), List.of(new Jump(-1, 0, 1, 0), new Jump(1, 1, 0, 0))),
                Arguments.of("relu6", Map.of(), List.of(new Jump(0, 0, 1, 0), new Jump(6, 1, 0, 0))),
                Arguments.of("hard_swish", Map.of(), List.of(new Jump(-3, 0, -0.5, -0.5), new Jump(3, 1.5, 1, 1))),
                Arguments.of("elu", Map.of("alpha", 2.0), List.of(new Jump(0, 2, 1, 2))),
                Arguments.of("elu", Map.of("alpha", 1.0), List.of()),
                Arguments.of("step", Map.of(), List.of()),
                Arguments.of("sigmoid", Map.of(), List.of()),
                Arguments.of("leaky_relu", Map.of("slope", 1.0), List.of()));
    }

    @ParameterizedTest
    @MethodSource
    void derivativeJumps(String name, Map<String, Double> parameters, List<Jump> expected) {
        List<Jump> got = Jumps.inDerivative(Catalogue.create(name, parameters));
        assertThat(got).hasSameSizeAs(expected);
        for (int i = 0; i < got.size(); i++) {
            assertClose(got.get(i), expected.get(i));
        }
    }

    static Stream<Arguments> valueJumps() {
        return Stream.of(
                Arguments.of("step", List.of(new Jump(0, 0, 1, 1))),
                Arguments.of("relu", List.of()),
                Arguments.of("hard_tanh", List.of()),
                Arguments.of("tanh", List.of()));
    }

    @ParameterizedTest
    @MethodSource
    void valueJumps(String name, List<Jump> expected) {
        List<Jump> got = Jumps.inValue(Catalogue.get(name));
        assertThat(got).hasSameSizeAs(expected);
        for (int i = 0; i < got.size(); i++) {
            assertClose(got.get(i), expected.get(i));
        }
    }

    /** Every function of the catalogue, whatever it holds: jumps lie at reported kinks and their limits are the sides' values. */
    @ParameterizedTest
    @MethodSource("org.activationlab.model.Catalogue#names")
    void everyJumpIsAtAKinkWithItsSidesAsLimits(String name) {
        Activation a = Catalogue.get(name);
        for (Jump j : Jumps.inValue(a)) {
            assertLimits(j, a::value, a.kinks());
        }
        for (Jump j : Jumps.inDerivative(a)) {
            assertLimits(j, a::derivative, a.kinks());
        }
    }

    private static void assertLimits(Jump j, DoubleUnaryOperator g, List<Double> kinks) {
        double h = 1e-7 * Math.max(1, Math.abs(j.x()));
        assertThat(kinks).contains(j.x());
        assertThat(j.jumps()).isTrue();
        assertThat(j.left()).isCloseTo(g.applyAsDouble(j.x() - h), offset(1e-5));
        assertThat(j.right()).isCloseTo(g.applyAsDouble(j.x() + h), offset(1e-5));
        assertThat(j.at()).isEqualTo(g.applyAsDouble(j.x()));
    }

    private static void assertClose(Jump got, Jump expected) {
        Offset<Double> tight = offset(1e-12);
        assertThat(got.x()).isEqualTo(expected.x());
        assertThat(got.left()).isCloseTo(expected.left(), tight);
        assertThat(got.right()).isCloseTo(expected.right(), tight);
        assertThat(got.at()).isCloseTo(expected.at(), tight);
    }
}
