package org.activationlab.ui.curves;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.activationlab.model.Activation;
import org.activationlab.model.Catalogue;
import org.activationlab.model.PropertyAnalyzer;
import org.activationlab.plot.curves.YRange;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every intent of the curves view model is a function from state to state: sending it gives the
 * state that function makes of the one before, and a refused intent leaves the state as it was.
 */
class CurvesIntentsTest {
    private static final CurvesPreset PRESET = new CurvesPreset(
            List.of(Catalogue.get("elu").with("alpha", 2.0), Catalogue.get("relu")), new XRange(-3, 3),
            false, true, true, 4, true, 0.05, true);
    /** One instance: an activation is equal only to itself (it has no value equality). */
    private static final Activation GENTLE_ELU = Catalogue.get("elu").with("alpha", 0.5);
    private static final CurvesState SAVED = CurvesState.initial().withPlotted("gelu", true).withDepth(9);

    private CurvesViewModel model;

    @BeforeEach
    void create() {
        model = new CurvesViewModel(PropertyAnalyzer::analyze, task -> { }, Runnable::run, Runnable::run, s -> { });
    }

    static Stream<Arguments> intents() {
        return Stream.of(
                row("plot", m -> m.plot("elu", true), s -> s.withPlotted("elu", true)),
                row("take off the plot", m -> m.plot("tanh", false), s -> s.withPlotted("tanh", false)),
                row("parameters", m -> m.changeParameters(GENTLE_ELU), s -> s.withActivation(GENTLE_ELU)),
                row("x range kept within the limits", m -> m.showXRange(-30, 30), s -> s.withX(new XRange(-20, 20))),
                row("zoom about 0", m -> m.zoom(1, 0), s -> s.withX(new XRange(-5.4, 5.4))),
                row("pan", m -> m.panFrom(XRange.DEFAULT, 1), s -> s.withX(new XRange(-5, 7))),
                row("reset x", m -> {
                    m.showXRange(-1, 1);
                    m.resetXRange();
                }, s -> s),
                row("panels", m -> m.showPanels(true, false), s -> s.withPanels(true, false)),
                row("no panel is refused", m -> m.showPanels(false, false), s -> s),
                row("fixed f range", m -> m.fixFunctionRange(-2, 2), s -> s.withYRanges(YRange.fixed(-2, 2), YRange.AUTO)),
                row("fixed f' range", m -> m.fixDerivativeRange(0.1, 2),
                        s -> s.withYRanges(YRange.AUTO, YRange.fixed(0.1, 2))),
                row("log axis", m -> m.logDerivative(true), s -> s.withLogDerivative(true)),
                row("depth shows the lower panel", m -> {
                    m.showPanels(true, false);
                    m.depth(5);
                }, s -> s.withDepth(5)),
                row("no shading", m -> m.shadeSaturation(false), s -> s.withShading(false, CurvesState.DEFAULT_EPSILON)),
                row("threshold", m -> m.saturationThreshold(0.2), s -> s.withShading(true, 0.2)),
                row("hatching", m -> m.hatchZeroGradient(true), s -> s.withHatching(true)),
                row("lesson picture", m -> m.update(PRESET), PRESET),
                row("session", m -> m.restore(SAVED), s -> SAVED));
    }

    private static Arguments row(String name, Consumer<CurvesViewModel> intent, UnaryOperator<CurvesState> expected) {
        return Arguments.of(name, intent, expected);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("intents")
    void anIntentMakesTheNextStateFromTheCurrentOne(String name, Consumer<CurvesViewModel> intent,
                                                    UnaryOperator<CurvesState> expected) {
        CurvesState before = model.getState();
        intent.accept(model);
        assertThat(model.getState()).isEqualTo(expected.apply(before));
        assertThat(model.getFrame().settings()).isEqualTo(model.getState().settings(Double.NaN).orElseThrow());
    }

    static Stream<Arguments> refused() {
        return Stream.of(
                Arguments.of((Consumer<CurvesViewModel>) m -> m.fixFunctionRange(2, 1), "min < max"),
                Arguments.of((Consumer<CurvesViewModel>) m -> m.depth(51), "depth must be an integer from 1 to 50, got 51"),
                Arguments.of((Consumer<CurvesViewModel>) m -> m.saturationThreshold(Double.NaN),
                        "the saturation threshold must be a finite number > 0, got NaN"),
                Arguments.of((Consumer<CurvesViewModel>) m -> m.plot("softmax", true), "unknown function softmax"));
    }

    @ParameterizedTest
    @MethodSource("refused")
    void aRefusedIntentNamesTheValueAndKeepsTheState(Consumer<CurvesViewModel> intent, String message) {
        CurvesState before = model.getState();
        assertThatThrownBy(() -> intent.accept(model)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(message);
        assertThat(model.getState()).isSameAs(before);
    }

    @Test
    void aLogAxisRefusesAFixedRangeThroughZero() {
        model.logDerivative(true);
        CurvesState before = model.getState();
        assertThatThrownBy(() -> model.fixDerivativeRange(0, 1))
                .hasMessage("a logarithmic derivative axis needs a minimum > 0, got 0.0");
        assertThat(model.getState()).isSameAs(before);
    }
}
