package org.activationlab.ui.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.activationlab.model.ActivationSpec;
import org.activationlab.model.Catalogue;
import org.activationlab.nn.Initializer;
import org.activationlab.nn.OptimizerKind;
import org.activationlab.nn.ParameterMatch;
import org.activationlab.nn.Regularization;
import org.activationlab.nn.Task;
import org.activationlab.nn.TrainingConfig;
import org.activationlab.ui.lessons.Demonstration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/** The Training tab's one state value: its changes, its validation, its run, and scenarios and lessons as functions of it. */
class TrainingStateTest {
    private static final TrainingState S = TrainingState.INITIAL;

    static Stream<Arguments> changes() {
        return Stream.of(
                Arguments.of("learning rate", (Consumer<TrainingState.Edit>) e -> e.learningRate = 0.5, true),
                Arguments.of("L2", (Consumer<TrainingState.Edit>) e -> e.l2 = 0.01, true),
                Arguments.of("speed", (Consumer<TrainingState.Edit>) e -> e.speed = 0, true),
                Arguments.of("task", (Consumer<TrainingState.Edit>) e -> e.task = Task.XOR, false),
                Arguments.of("points", (Consumer<TrainingState.Edit>) e -> e.points = 300, false),
                Arguments.of("noise", (Consumer<TrainingState.Edit>) e -> e.noise = 0.2, false),
                Arguments.of("test share", (Consumer<TrainingState.Edit>) e -> e.testFraction = 0.5, false),
                Arguments.of("data seed", (Consumer<TrainingState.Edit>) e -> e.dataSeed = 2, false),
                Arguments.of("initialiser", (Consumer<TrainingState.Edit>) e -> e.initializer = Initializer.uniform(1), false),
                Arguments.of("bias", (Consumer<TrainingState.Edit>) e -> e.biasInit = -1, false),
                Arguments.of("optimiser", (Consumer<TrainingState.Edit>) e -> e.optimizer = OptimizerKind.ADAM, false),
                Arguments.of("batch", (Consumer<TrainingState.Edit>) e -> e.batchSize = 16, false),
                Arguments.of("seed", (Consumer<TrainingState.Edit>) e -> e.seed = 7, false),
                Arguments.of("comparison", (Consumer<TrainingState.Edit>) e -> e.comparison = Optional.of(ActivationSpec.of("tanh")), false));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("changes")
    void aChangeMakesANewStateWithThatFieldAndOnlyLiveSettingsKeepTheRun(String what, Consumer<TrainingState.Edit> change,
                                                                       boolean sameRun) {
        TrainingState next = S.with(change);
        assertThat(next).isNotEqualTo(S);
        assertThat(S.sameRun(next)).as(what).isEqualTo(sameRun);
    }

    static Stream<Arguments> refused() {
        return Stream.of(
                Arguments.of((Consumer<TrainingState.Edit>) e -> e.points = 5, "the number of points must be from 20 to 1000, got 5"),
                Arguments.of((Consumer<TrainingState.Edit>) e -> e.noise = 0.9, "the noise must be from 0 to 0.5, got 0.9"),
                Arguments.of((Consumer<TrainingState.Edit>) e -> e.learningRate = -1, "learning rate"),
                Arguments.of((Consumer<TrainingState.Edit>) e -> e.l2 = -1, "L2"),
                Arguments.of((Consumer<TrainingState.Edit>) e -> e.speed = 3, "the speed must be one of [1, 2, 5, 10, 20, 50, 100, 0]"),
                Arguments.of((Consumer<TrainingState.Edit>) e -> e.layers = java.util.List.of(), "a network needs 1 to 6 hidden layers, got 0"));
    }

    @ParameterizedTest
    @MethodSource("refused")
    void aBadValueIsRefusedNamingIt(Consumer<TrainingState.Edit> change, String message) {
        assertThatThrownBy(() -> S.with(change)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining(message);
    }

    @Test
    void theConfigIsMadeFromTheStateAndTheComparedNetworkDiffersOnlyInItsActivations() {
        TrainingState s = S.with(e -> {
            e.learningRate = 0.3;
            e.l2 = 0.01;
            e.batchSize = 8;
            e.comparison = Optional.of(ActivationSpec.of("leaky_relu", java.util.Map.of("slope", 0.2)));
        });
        TrainingConfig config = s.config();
        assertThat(config.learningRate()).isEqualTo(0.3);
        assertThat(config.regularization()).isEqualTo(new Regularization(0, 0.01));
        assertThat(config.batchSize()).isEqualTo(8);
        assertThat(config.network().activations()).containsOnly(ActivationSpec.of("relu"));
        TrainingConfig compared = s.comparisonConfig().orElseThrow();
        assertThat(compared.network().activations()).containsOnly(s.comparison().orElseThrow());
        assertThat(compared.network().hiddenUnits()).isEqualTo(config.network().hiddenUnits());
        assertThat(compared.withLearningRate(0.3)).isEqualTo(compared);
        assertThat(S.comparisonConfig()).isEmpty();
    }

    /** Widths of this network and of the compared one, and both counts, after {@link TrainingState#matched}. */
    static Stream<Arguments> matches() {
        return Stream.of(
                Arguments.of("relu", "swiglu", List.of(8, 8), List.of(5, 5), 105, 96),
                Arguments.of("swiglu", "relu", List.of(5, 5), List.of(8, 8), 96, 105),
                Arguments.of("geglu", "glu", List.of(5, 5), List.of(5, 5), 96, 96),
                Arguments.of("relu", "tanh", List.of(8, 8), List.of(8, 8), 105, 105));
    }

    @ParameterizedTest(name = "{0} compared with {1}")
    @MethodSource("matches")
    void theMatchSizesBothNetworksAgainstTheElementwiseNetworkOfTheWidths(String own, String compared,
            List<Integer> ownUnits, List<Integer> comparedUnits, int ownCount, int comparedCount) {
        TrainingState s = S.withActivationEverywhere(ActivationSpec.of(own))
                .with(e -> e.comparison = Optional.of(ActivationSpec.of(compared)));

        TrainingState matched = s.matched();

        assertThat(matched.config().network().hiddenUnits()).isEqualTo(ownUnits);
        assertThat(matched.comparisonConfig().orElseThrow().network().hiddenUnits()).isEqualTo(comparedUnits);
        assertThat(ParameterMatch.count(matched.config().network())).isEqualTo(ownCount).isLessThanOrEqualTo(105);
        assertThat(ParameterMatch.count(matched.comparisonConfig().orElseThrow().network()))
                .isEqualTo(comparedCount).isLessThanOrEqualTo(105);
        assertThat(matched.comparison()).isEqualTo(s.comparison());
    }

    @Test
    void aMatchedComparisonStaysMatchedUntilTheWidthsOrTheComparedFunctionChange() {
        TrainingState matched = S.with(e -> e.comparison = Optional.of(ActivationSpec.of("swiglu"))).matched();

        assertThat(matched.matched()).isEqualTo(matched);
        assertThat(matched.with(e -> e.learningRate = 0.5).comparisonUnits()).containsExactly(5, 5);
        assertThat(matched.withLayer(0, new TrainingState.Layer(7, ActivationSpec.of("relu"))).comparisonUnits())
                .as("a new width").isEmpty();
        assertThat(matched.with(e -> e.comparison = Optional.of(ActivationSpec.of("geglu"))).comparisonUnits())
                .as("another compared function").isEmpty();
        assertThat(matched.with(e -> e.comparison = Optional.empty()).comparisonUnits()).isEmpty();
        assertThatThrownBy(() -> matched.with(e -> e.comparisonUnits = List.of(5)))
                .hasMessage("the compared network needs 2 hidden layers, as this one, got 1");
        assertThatThrownBy(() -> matched.with(e -> e.comparisonUnits = List.of(5, 17)))
                .hasMessage("a layer of the compared network needs 1 to 16 units, got 17");
    }

    /** Networks whose gated layers a match shrinks: the activations of the layers, and of the compared network or none. */
    static Stream<Arguments> shrunkByAMatch() {
        return Stream.of(
                Arguments.of(List.of("swiglu", "swiglu"), null),
                Arguments.of(List.of("relu", "geglu"), null),
                Arguments.of(List.of("glu", "tanh"), null),
                Arguments.of(List.of("swiglu", "swiglu"), "relu"),
                Arguments.of(List.of("geglu", "geglu"), "glu"),
                Arguments.of(List.of("relu", "reglu"), "swiglu"));
    }

    private static TrainingState network(List<String> activations, String compared) {
        return S.with(e -> {
            e.layers = activations.stream().map(a -> new TrainingState.Layer(8, ActivationSpec.of(a))).toList();
            e.comparison = Optional.ofNullable(compared).map(ActivationSpec::of);
        });
    }

    @ParameterizedTest(name = "{0} compared with {1}")
    @MethodSource("shrunkByAMatch")
    void aSecondMatchKeepsTheWidthsTheFirstGave(List<String> activations, String compared) {
        TrainingState once = network(activations, compared).matched();

        TrainingState twice = once.matched();

        assertThat(once.layers()).extracting(TrainingState.Layer::units).isNotEqualTo(List.of(8, 8));
        assertThat(once.matchedFrom()).containsExactly(8, 8);
        assertThat(twice).isEqualTo(once);
        assertThat(twice.comparisonConfig()).isEqualTo(once.comparisonConfig());
    }

    @Test
    void aMatchAfterANewWidthIsMadeAgainstTheNewWidths() {
        TrainingState once = network(List.of("swiglu", "swiglu"), null).matched();
        assertThat(once.layers()).extracting(TrainingState.Layer::units).containsExactly(5, 5);

        TrainingState wider = once.withLayer(0, new TrainingState.Layer(7, ActivationSpec.of("swiglu")));

        assertThat(wider.matchedFrom()).as("the widths were edited").isEmpty();
        TrainingState again = wider.matched();
        assertThat(again.matchedFrom()).containsExactly(7, 5);
        assertThat(again.layers()).extracting(TrainingState.Layer::units)
                .isEqualTo(ParameterMatch.matched(wider.config().network()).hiddenUnits()).containsExactly(4, 3);
        assertThat(again.matched()).isEqualTo(again);
    }

    @Test
    void theWidthsMatchedAgainstLastAsLongAsAMatchOfThemGivesTheLayersWidths() {
        TrainingState once = network(List.of("swiglu", "swiglu"), null).matched();

        assertThat(once.with(e -> e.learningRate = 0.5).matchedFrom()).containsExactly(8, 8);
        assertThat(once.withActivationEverywhere(ActivationSpec.of("glu")).matchedFrom())
                .as("another gated unit: the same count").containsExactly(8, 8);
        assertThat(once.withLayer(1, new TrainingState.Layer(5, ActivationSpec.of("relu"))).matchedFrom())
                .as("an element-wise layer is not shrunk").isEmpty();
        TrainingState comparing = once.with(e -> e.comparison = Optional.of(ActivationSpec.of("tanh")));
        assertThat(comparing.matchedFrom()).containsExactly(8, 8);
        assertThat(comparing.matched().comparisonConfig().orElseThrow().network().hiddenUnits())
                .as("the compared element-wise network gets the widths matched against").containsExactly(8, 8);
        assertThatThrownBy(() -> once.with(e -> e.matchedFrom = List.of(8, 7)))
                .hasMessage("matching the parameter count of the widths [8, 7] gives [5, 4], not the layers' [5, 5]");
        assertThatThrownBy(() -> once.with(e -> e.matchedFrom = List.of(8)))
                .hasMessage("the network matched against needs 2 hidden layers, as this one, got 1");
    }

    @ParameterizedTest
    @EnumSource(TrainingPreset.class)
    void aScenarioIsAFunctionOfTheStateThatKeepsOnlyTheSpeedAndIsRecognised(TrainingPreset preset) {
        TrainingState fast = S.with(e -> {
            e.speed = 0;
            e.task = Task.SPIRAL;
            e.seed = 9;
        });
        TrainingState applied = preset.apply(fast);
        assertThat(applied.speed()).isZero();
        assertThat(applied).isEqualTo(preset.apply(S).with(e -> e.speed = 0));
        assertThat(preset.apply(applied)).as("applying twice changes nothing more").isEqualTo(applied);
        assertThat(TrainingPreset.matching(applied)).contains(preset);
        assertThat(TrainingPreset.matching(applied.with(e -> e.seed++))).isEmpty();
    }

    @Test
    void theStartingStateIsNoScenarioAndTheComparingScenariosCompare() {
        assertThat(TrainingPreset.matching(S)).isEmpty();
        assertThat(TrainingPreset.RELU_FASTER_THAN_TANH.apply(S).comparison()).contains(ActivationSpec.of("tanh"));
        assertThat(TrainingPreset.LEAKY_KEEPS_ALIVE.apply(S).comparison()).contains(ActivationSpec.of("relu"));
        assertThat(TrainingPreset.DYING_RELU_BIAS.apply(TrainingPreset.RELU_FASTER_THAN_TANH.apply(S)).comparison())
                .as("a scenario that does not compare stops comparing").isEmpty();
    }

    @Test
    void aLessonShowMeIsTheScenarioWithItsActivationInEveryLayer() {
        Demonstration.Training plain = new Demonstration.Training(TrainingPreset.LINEAR_XOR, Optional.empty(), true);
        Demonstration.Training withTanh = new Demonstration.Training(TrainingPreset.LINEAR_XOR,
                Optional.of(Catalogue.get("tanh")), true);
        TrainingState fast = S.with(e -> e.speed = 10);
        assertThat(plain.apply(fast)).isEqualTo(TrainingPreset.LINEAR_XOR.apply(fast));
        assertThat(withTanh.apply(fast)).isEqualTo(TrainingPreset.LINEAR_XOR.apply(fast)
                .withActivationEverywhere(ActivationSpec.of("tanh")));
        assertThat(withTanh.apply(fast).layers()).allMatch(l -> l.activation().name().equals("tanh"));
    }

    @Test
    void oneLayerCanBeReplacedAndTheShapeIsShown() {
        TrainingState s = S.withLayer(1, new TrainingState.Layer(3, ActivationSpec.of("elu")));
        assertThat(s.layers()).containsExactly(new TrainingState.Layer(8, ActivationSpec.of("relu")),
                new TrainingState.Layer(3, ActivationSpec.of("elu")));
        assertThat(s.shapeText()).isEqualTo("2-8-3-1");
    }
}
