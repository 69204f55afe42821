package org.activationlab.ui.training;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.activationlab.model.ActivationSpec;
import org.activationlab.nn.Initializer;
import org.activationlab.nn.NetworkSpec;
import org.activationlab.nn.OptimizerKind;
import org.activationlab.nn.Task;
import org.activationlab.ui.training.TrainingState.Layer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;

/**
 * Each intent of the Training view model makes the state a function of the one before: from a
 * given state, the intent leaves the state the table names (equal when it changes nothing), and
 * a refused value leaves the state as it was with the reason shown.
 */
@ExtendWith(ApplicationExtension.class)
class TrainingIntentsTest {
    private static final ActivationSpec LEAKY = ActivationSpec.of("leaky_relu", Map.of("slope", 0.2));
    private TrainingViewModel model;

    @BeforeEach
    void create(FxRobot robot) {
        robot.interact(() -> model = new TrainingViewModel(TrainingState.INITIAL, message -> { }));
    }

    @AfterEach
    void close(FxRobot robot) {
        robot.interact(model::close);
    }

    private static Arguments intent(String what, UnaryOperator<TrainingState> from, Consumer<TrainingViewModel> intent,
                                    UnaryOperator<TrainingState> expected) {
        return Arguments.of(what, from, intent, expected);
    }

    private static TrainingState with(TrainingState s, Consumer<TrainingState.Edit> change) {
        return s.with(change);
    }

    static Stream<Arguments> intents() {
        UnaryOperator<TrainingState> initial = s -> s;
        UnaryOperator<TrainingState> leakyFirst = s -> s.withLayer(0, new Layer(8, LEAKY));
        UnaryOperator<TrainingState> oneLayer = s -> with(s, e -> e.layers = List.of(new Layer(8, ActivationSpec.of("relu"))));
        UnaryOperator<TrainingState> comparingLeaky = s -> with(s, e -> e.comparison = Optional.of(LEAKY));
        UnaryOperator<TrainingState> uniform = s -> with(s, e -> e.initializer = Initializer.uniform(0.5));
        return Stream.of(
                intent("task", initial, m -> m.setTask(Task.XOR), s -> with(s, e -> e.task = Task.XOR)),
                intent("points", initial, m -> m.setPoints(300), s -> with(s, e -> e.points = 300)),
                intent("noise", initial, m -> m.setNoise(0.3), s -> with(s, e -> e.noise = 0.3)),
                intent("test share", initial, m -> m.setTestFraction(0.5), s -> with(s, e -> e.testFraction = 0.5)),
                intent("regenerate", initial, TrainingViewModel::regenerate, s -> with(s, e -> e.dataSeed = 2)),
                intent("new seed", initial, TrainingViewModel::newSeed, s -> with(s, e -> e.seed = 2)),
                intent("speed", initial, m -> m.setSpeed(0), s -> with(s, e -> e.speed = 0)),
                intent("add a layer like the last", leakyFirst, TrainingViewModel::addLayer,
                        s -> with(s, e -> e.layers = List.of(new Layer(8, LEAKY), new Layer(8, ActivationSpec.of("relu")),
                                new Layer(8, ActivationSpec.of("relu"))))),
                intent("remove the last layer", leakyFirst, TrainingViewModel::removeLayer,
                        s -> with(s, e -> e.layers = List.of(new Layer(8, LEAKY)))),
                intent("the last layer stays", oneLayer, TrainingViewModel::removeLayer, s -> s),
                intent("no seventh layer", s -> with(s, e -> e.layers = java.util.Collections.nCopies(NetworkSpec.MAX_LAYERS,
                        new Layer(2, ActivationSpec.of("relu")))), TrainingViewModel::addLayer, s -> s),
                intent("units within 1 to 16", initial, m -> m.changeUnits(1, 100),
                        s -> s.withLayer(1, new Layer(NetworkSpec.MAX_UNITS, ActivationSpec.of("relu")))),
                intent("units at least 1", initial, m -> m.changeUnits(0, -100),
                        s -> s.withLayer(0, new Layer(1, ActivationSpec.of("relu")))),
                intent("the same function keeps its parameters", leakyFirst, m -> m.chooseActivation(0, ActivationSpec.of("leaky_relu")), s -> s),
                intent("another function starts from its defaults", leakyFirst, m -> m.chooseActivation(0, ActivationSpec.of("elu")),
                        s -> s.withLayer(0, new Layer(8, ActivationSpec.of("elu")))),
                intent("one activation everywhere", leakyFirst, m -> m.setActivationEverywhere(ActivationSpec.of("tanh")),
                        s -> s.withActivationEverywhere(ActivationSpec.of("tanh"))),
                intent("compare", initial, m -> m.compareWith(ActivationSpec.of("tanh")),
                        s -> with(s, e -> e.comparison = Optional.of(ActivationSpec.of("tanh")))),
                intent("compare with the same function keeps its parameters", comparingLeaky,
                        m -> m.compareWith(ActivationSpec.of("leaky_relu")), s -> s),
                intent("stop comparing", comparingLeaky, m -> m.compareWith(null),
                        s -> with(s, e -> e.comparison = Optional.empty())),
                intent("a scheme with a value after one without", initial,
                        m -> m.setInitializerScheme(Initializer.Scheme.UNIFORM),
                        s -> with(s, e -> e.initializer = new Initializer(Initializer.Scheme.UNIFORM,
                                TrainingViewModel.INITIALIZER_VALUE))),
                intent("a scheme with a value keeps the value", uniform,
                        m -> m.setInitializerScheme(Initializer.Scheme.NORMAL),
                        s -> with(s, e -> e.initializer = Initializer.normal(0.5))),
                intent("a scheme without a value", uniform, m -> m.setInitializerScheme(Initializer.Scheme.LECUN_NORMAL),
                        s -> with(s, e -> e.initializer = Initializer.lecunNormal())),
                intent("the scheme's value", uniform, m -> m.setInitializerValue(2), s -> with(s, e -> e.initializer = Initializer.uniform(2))),
                intent("bias", initial, m -> m.setBiasInit(-3), s -> with(s, e -> e.biasInit = -3)),
                intent("optimiser", initial, m -> m.setOptimizer(OptimizerKind.MOMENTUM), s -> with(s, e -> e.optimizer = OptimizerKind.MOMENTUM)),
                intent("batch", initial, m -> m.setBatchSize(32), s -> with(s, e -> e.batchSize = 32)),
                intent("learning rate", initial, m -> m.setLearningRate(0.7), s -> with(s, e -> e.learningRate = 0.7)),
                intent("L2", initial, m -> m.setL2(0.02), s -> with(s, e -> e.l2 = 0.02)),
                intent("a scenario", initial, m -> m.applyPreset(TrainingPreset.LEAKY_KEEPS_ALIVE),
                        TrainingPreset.LEAKY_KEEPS_ALIVE::apply));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("intents")
    void anIntentMakesTheNextState(String what, UnaryOperator<TrainingState> from, Consumer<TrainingViewModel> intent,
                                   UnaryOperator<TrainingState> expected, FxRobot robot) {
        TrainingState start = from.apply(TrainingState.INITIAL);
        robot.interact(() -> {
            model.start(s -> start);
            intent.accept(model);
        });
        assertThat(model.getState()).as(what).isEqualTo(expected.apply(start));
        assertThat(model.errorProperty().get()).as(what).isEmpty();
    }

    static Stream<Arguments> refusals() {
        return Stream.of(
                Arguments.of((Consumer<TrainingViewModel>) m -> m.setLearningRate(-1), "learning rate"),
                Arguments.of((Consumer<TrainingViewModel>) m -> m.setPoints(5), "the number of points must be from 20 to 1000, got 5"),
                Arguments.of((Consumer<TrainingViewModel>) m -> m.setSpeed(3), "the speed must be one of"),
                Arguments.of((Consumer<TrainingViewModel>) m -> m.setInitializerValue(1), "he_normal"));
    }

    @ParameterizedTest
    @MethodSource("refusals")
    void aRefusedIntentKeepsTheStateAndSaysWhy(Consumer<TrainingViewModel> intent, String reason, FxRobot robot) {
        robot.interact(() -> intent.accept(model));
        assertThat(model.getState()).isEqualTo(TrainingState.INITIAL);
        assertThat(model.errorProperty().get()).contains(reason);
        robot.interact(() -> model.setPoints(300));
        assertThat(model.errorProperty().get()).as("an accepted change clears the reason").isEmpty();
    }
}
