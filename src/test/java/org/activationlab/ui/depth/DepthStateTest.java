package org.activationlab.ui.depth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.activationlab.model.ActivationSpec;
import org.activationlab.nn.depth.BatchNormMode;
import org.activationlab.nn.depth.BornDeadConfig;
import org.activationlab.nn.depth.WeightInit;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The Depth tab's one state: each change makes the next state, bad values are refused with their range. */
class DepthStateTest {
    private static final DepthState S = DepthState.INITIAL;

    static Stream<Arguments> changes() {
        return Stream.of(
                Arguments.of("activation", (UnaryOperator<DepthState>) s -> s.withActivation(ActivationSpec.of("relu")),
                        true, false),
                Arguments.of("init", (UnaryOperator<DepthState>) s -> s.withInit(WeightInit.HE), true, false),
                Arguments.of("std", (UnaryOperator<DepthState>) s -> s.withStd(0.5), true, false),
                Arguments.of("layers", (UnaryOperator<DepthState>) s -> s.withLayers(12), true, false),
                Arguments.of("width", (UnaryOperator<DepthState>) s -> s.withWidth(40), true, false),
                Arguments.of("batch norm", (UnaryOperator<DepthState>) s -> s.withBatchNorm(BatchNormMode.AFTER), true,
                        false),
                Arguments.of("seed", (UnaryOperator<DepthState>) s -> s.withSeed(7), true, true),
                Arguments.of("born-dead width", (UnaryOperator<DepthState>) s -> s.withBornDeadWidth(5), false, true),
                Arguments.of("born-dead depth", (UnaryOperator<DepthState>) s -> s.withBornDeadDepth(80), false, true),
                Arguments.of("born-dead trials", (UnaryOperator<DepthState>) s -> s.withBornDeadTrials(300), false,
                        true));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("changes")
    void eachChangeReachesTheStudyOrTheCurveItBelongsTo(String what, UnaryOperator<DepthState> change,
                                                         boolean changesStudy, boolean changesCurve) {
        DepthState next = change.apply(S);

        assertThat(next).isNotEqualTo(S);
        assertThat(next.sameStudy(S)).isEqualTo(!changesStudy);
        assertThat(next.sameBornDead(S)).isEqualTo(!changesCurve);
        assertThat(next.study().equals(S.study())).isEqualTo(!changesStudy);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("refusals")
    void aValueOutOfRangeIsRefusedNamingItsRange(String what, UnaryOperator<DepthState> change, String message) {
        assertThatThrownBy(() -> change.apply(S)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(message);
    }

    static Stream<Arguments> refusals() {
        return Stream.of(
                Arguments.of("layers", (UnaryOperator<DepthState>) s -> s.withLayers(1),
                        "the number of layers must be an integer from 2 to 100, got 1"),
                Arguments.of("width", (UnaryOperator<DepthState>) s -> s.withWidth(501),
                        "the width must be an integer from 10 to 500, got 501"),
                Arguments.of("born-dead width", (UnaryOperator<DepthState>) s -> s.withBornDeadWidth(9),
                        "the born-dead width must be a whole number from 1 to 8, got 9"),
                Arguments.of("born-dead depth", (UnaryOperator<DepthState>) s -> s.withBornDeadDepth(1),
                        "the born-dead depth must be a whole number from 2 to " + BornDeadConfig.MAX_DEPTH + ", got 1"),
                Arguments.of("born-dead trials", (UnaryOperator<DepthState>) s -> s.withBornDeadTrials(50),
                        "the born-dead trial count must be a whole number from 100 to 10000, got 50"));
    }

    @org.junit.jupiter.api.Test
    void theStudyAndTheCurveShareTheSeed() {
        DepthState s = S.withSeed(42);

        assertThat(s.study().seed()).isEqualTo(42);
        assertThat(s.bornDead().seed()).isEqualTo(42);
        assertThat(s.study().activation()).isSameAs(s.activation().resolve());
    }
}
