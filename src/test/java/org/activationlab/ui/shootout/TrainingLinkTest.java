package org.activationlab.ui.shootout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.activationlab.model.ActivationSpec;
import org.activationlab.model.Gate;
import org.activationlab.model.GatedSpec;
import org.activationlab.model.formula.FormulaActivation;
import org.activationlab.nn.DataCsv;
import org.activationlab.nn.DataFormatException;
import org.activationlab.nn.DataSplit;
import org.activationlab.nn.Initializer;
import org.activationlab.nn.OptimizerKind;
import org.activationlab.nn.Rng;
import org.activationlab.nn.Task;
import org.activationlab.nn.Trainer;
import org.activationlab.shootout.Contender;
import org.activationlab.shootout.DataFile;
import org.activationlab.shootout.RunKey;
import org.activationlab.shootout.RunResult;
import org.activationlab.shootout.ShootoutPlan;
import org.activationlab.shootout.ShootoutResult;
import org.activationlab.shootout.ShootoutRunner;
import org.activationlab.shootout.ShootoutTask;
import org.activationlab.ui.Messages;
import org.activationlab.ui.training.TrainingState;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Training tab's settings of a shoot-out run train that run: the same configuration and data as
 * the plan's, and the same final loss, bit for bit, after the plan's steps.
 */
class TrainingLinkTest {
    /** A Training tab set up unlike any run: comparing, another speed, other data and network. */
    private static final TrainingState CURRENT = TrainingState.INITIAL.with(e -> {
        e.task = Task.XOR;
        e.noise = 0.3;
        e.comparison = Optional.of(ActivationSpec.of("sigmoid"));
        e.speed = 10;
        e.l2 = 0.01;
        e.biasInit = 0.5;
    });

    private static List<Contender> contenders() {
        return List.of(Contender.of(ActivationSpec.of("relu")),
                Contender.of(ActivationSpec.of("leaky_relu", Map.of("slope", 0.2))),
                Contender.of(ActivationSpec.of("tanh")),
                Contender.of(ActivationSpec.of(FormulaActivation.of("x*sigmoid(a*x)", Map.of("a", 1.5)))),
                Contender.of(GatedSpec.of(Gate.SWIGLU)),
                Contender.of(ActivationSpec.of("maxout")));
    }

    private static ShootoutPlan plan(int points, int batch, OptimizerKind optimizer, List<Double> rates,
                                     Optional<Initializer> initializer) {
        return new ShootoutPlan(contenders(), ShootoutTask.builtIn(Task.CIRCLE, Task.SIN), List.of(6, 4), points, 25, 2,
                rates, initializer, optimizer, batch, 0.9, 0);
    }

    static List<ShootoutPlan> plans() {
        return List.of(plan(80, 0, OptimizerKind.GD, List.of(0.1), Optional.empty()),
                plan(60, 16, OptimizerKind.ADAM, List.of(0.01, 0.03), Optional.of(Initializer.xavierNormal())));
    }

    @Test
    void everyRunOpensWithThePlansConfigurationAndDataAndTheUsersSpeed() {
        for (ShootoutPlan plan : plans()) {
            for (int i = 0; i < plan.runCount(); i++) {
                var key = plan.key(i);
                TrainingState state = TrainingLink.state(plan, key, CURRENT);
                assertThat(state.config()).as("run %d", i).isEqualTo(plan.config(key));
                assertSameData(state.data(), plan.data(key));
                assertThat(state.seed()).isEqualTo(key.seed());
                assertThat(state.dataSeed()).isEqualTo(key.seed());
                assertThat(state.comparison()).isEmpty();
                assertThat(state.speed()).isEqualTo(CURRENT.speed());
            }
        }
    }

    @Test
    void theSettingsTrainToTheRunsFinalLossBitForBit() {
        for (ShootoutPlan plan : plans()) {
            ShootoutResult result = ShootoutRunner.run(plan, Runnable::run, () -> false, (run, done, total) -> { });
            assertThat(result.runs()).hasSize(plan.runCount());
            for (RunResult run : result.runs()) {
                TrainingState state = TrainingLink.state(plan, run.key(), CURRENT);
                Trainer trainer = new Trainer(state.config(), state.data());
                trainer.run(plan.steps());
                assertThat(Double.doubleToRawLongBits(trainer.loss())).as("run %d", run.key().index())
                        .isEqualTo(Double.doubleToRawLongBits(run.finalLoss()));
            }
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {TrainingState.MIN_POINTS - 1, TrainingState.MAX_POINTS + 1, 5000})
    void aRunOnMorePointsThanTheTabTakesIsRefusedNamingThem(int points) {
        ShootoutPlan plan = plan(points, 0, OptimizerKind.GD, List.of(0.1), Optional.empty());
        assertThatThrownBy(() -> TrainingLink.state(plan, plan.key(plan.index(1, 0, 0, 2)), CURRENT))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage(Messages.format(ShootoutKeys.OPEN_POINTS,
                        Messages.format(ShootoutKeys.RUN_NAME, "Leaky ReLU (slope = 0.2)", "circle", "2"),
                        Integer.toString(points), "20", "1000"));
    }

    /**
     * The Training tab trains on its built-in tasks only: a run on a CSV file is refused, naming the file,
     * rather than opened on other points; the built-in task's runs of the same plan still open.
     */
    @Test
    void aRunOnACsvFileIsRefusedNamingTheFile(@TempDir Path tmp) throws IOException, DataFormatException {
        Path file = tmp.resolve("moons.csv");
        Files.writeString(file, DataCsv.toCsv(Task.MOONS.generate(50, 0.1, Rng.stream(5, 0))));
        ShootoutPlan plan = new ShootoutPlan(contenders(), ShootoutTask.of(List.of(Task.CIRCLE),
                List.of(DataFile.read(file))), List.of(6, 4), 60, 25, 2, List.of(0.1), Optional.empty(),
                OptimizerKind.GD, 0, 0.9, 0);
        RunKey onFile = plan.key(plan.index(2, 1, 0, 2));
        assertThatThrownBy(() -> TrainingLink.state(plan, onFile, CURRENT))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage(Messages.format(ShootoutKeys.OPEN_FILE,
                        Messages.format(ShootoutKeys.RUN_NAME, "Tanh", "moons.csv", "2"), file.toString()));
        RunKey onCircle = plan.key(plan.index(2, 0, 0, 2));
        assertThat(TrainingLink.state(plan, onCircle, CURRENT).config()).isEqualTo(plan.config(onCircle));
    }

    private static void assertSameData(DataSplit got, DataSplit expected) {
        assertThat(got.train().inputs()).isEqualTo(expected.train().inputs());
        assertThat(got.train().targets()).isEqualTo(expected.train().targets());
        assertThat(got.test().inputs()).isEqualTo(expected.test().inputs());
        assertThat(got.test().targets()).isEqualTo(expected.test().targets());
    }
}
