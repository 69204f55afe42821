package org.activationlab.shootout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.activationlab.model.ActivationSpec;
import org.activationlab.nn.DataCsv;
import org.activationlab.nn.DataFormatException;
import org.activationlab.nn.DataSplit;
import org.activationlab.nn.Dataset;
import org.activationlab.nn.OptimizerKind;
import org.activationlab.nn.ProblemType;
import org.activationlab.nn.Rng;
import org.activationlab.nn.Task;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Tasks of a shoot-out from CSV files: their names, their points and the train options of their runs. */
class ShootoutTaskTest {
    @TempDir
    Path tmp;

    /** Points of the moons task, written where {@code relative} says under the temporary folder. */
    private DataFile file(String relative, int points) throws IOException, DataFormatException {
        Path path = tmp.resolve(relative);
        Files.createDirectories(path.getParent());
        Files.writeString(path, DataCsv.toCsv(Task.MOONS.generate(points, 0.1, Rng.stream(3, 0))));
        return DataFile.read(path);
    }

    /**
     * Built-in tasks and files (paths under the temporary folder, separated by {@code ;}) and the names
     * the tasks get, in order: a file name when it is unambiguous, else the shortest end of its path that is.
     */
    @ParameterizedTest(name = "{0} + {1}")
    @CsvSource(delimiter = '|', value = {
        "circle|moons.csv|circle;moons.csv",
        "|a/moons.csv;b/moons.csv|a/moons.csv;b/moons.csv",
        "|x/a/moons.csv;y/a/moons.csv;rings.csv|x/a/moons.csv;y/a/moons.csv;rings.csv",
        "circle|a/circle|circle;a/circle",
        "xor,circle|a/b/moons.csv;b/moons.csv;c.csv|xor;circle;a/b/moons.csv;TMP/b/moons.csv;c.csv",
    })
    void everyTaskGetsAnUnambiguousName(String builtIn, String files, String names) throws IOException, DataFormatException {
        List<Task> tasks = builtIn == null ? List.of()
                : Arrays.stream(builtIn.split(",")).map(Task::byName).toList();
        List<DataFile> data = new ArrayList<>();
        for (String f : files.split(";")) {
            data.add(file(f, 20));
        }
        String tmpEnd = tmp.getFileName().toString();
        assertThat(ShootoutTask.of(tasks, data)).extracting(ShootoutTask::name)
                .containsExactly(names.replace("TMP", tmpEnd).split(";"));
    }

    @Test
    void theSameFileTwiceIsRefusedEvenWrittenAnotherWay() throws IOException, DataFormatException {
        DataFile moons = file("d/moons.csv", 20);
        DataFile again = DataFile.read(tmp.resolve("d/../d/./moons.csv"));
        assertThatThrownBy(() -> ShootoutTask.of(List.of(), List.of(moons, again)))
                .isInstanceOf(IllegalArgumentException.class).hasMessage(ShootoutTexts.format("error.task.twice", again.path()));
        assertThatThrownBy(() -> ShootoutTask.of(List.of(Task.XOR, Task.XOR), List.of()))
                .hasMessage(ShootoutTexts.format("error.task.twice", "xor"));
    }

    @Test
    void aFileUsesAllOfItsPointsSplitByTheSeedAsTrainDataDoes() throws IOException, DataFormatException {
        DataFile moons = file("moons.csv", 37);
        ShootoutTask task = ShootoutTask.of(List.of(), List.of(moons)).get(0);
        assertThat(task.type()).isEqualTo(ProblemType.CLASSIFICATION);
        for (long seed = 1; seed <= 3; seed++) {
            for (int points : new int[] {10, 200}) {
                assertThat(task.split(points, seed)).isEqualTo(DataSplit.split(moons.data(), 0.2, seed));
            }
        }
        assertThat(task.split(200, 1).train().size() + task.split(200, 1).test().size()).isEqualTo(37);
        assertThat(task.split(200, 1)).isNotEqualTo(task.split(200, 2));
        assertThat(task.trainOptions(200)).containsExactly("--data", moons.path().toString(), "--test-fraction", "0.2");
        assertThat(ShootoutTask.builtIn(Task.CIRCLE).get(0).trainOptions(60))
                .containsExactly("--task", "circle", "--points", "60", "--noise", "0.1", "--test-fraction", "0.2");
    }

    @Test
    void aPlanOnAFileRunsTrainDataWithItsPathQuotedForTheShellAndTunesOnItsTrainingPoints() throws IOException, DataFormatException {
        Path path = tmp.resolve("my data/x,y's.csv");
        Files.createDirectories(path.getParent());
        Files.writeString(path, "x,y\n" + "0.5,0.25\n".repeat(30));
        DataFile curve = DataFile.read(path);
        ShootoutPlan plan = new ShootoutPlan(List.of(Contender.of(ActivationSpec.of("tanh"))),
                ShootoutTask.of(List.of(Task.SIN), List.of(curve)), List.of(4), 50, 10, 2, List.of(0.1, 0.3),
                Optional.empty(), OptimizerKind.GD, 0, 0.9, 0);
        RunKey key = plan.key(plan.index(0, 1, 1, 2));
        assertThat(plan.tasks().get(1).name()).isEqualTo("x,y's.csv");
        assertThat(plan.config(key).network().type()).isEqualTo(ProblemType.REGRESSION);
        assertThat(plan.command(key)).isEqualTo("activation-lab train --data '" + path.toString().replace("'", "'\\''")
                + "' --test-fraction 0.2 --hidden 4 --activation tanh --init xavier_uniform --optimizer gd --lr 0.3"
                + " --steps 10 --seed 2 --out shootout-run-8");
        assertThat(plan.data(key)).isEqualTo(DataSplit.split(curve.data(), 0.2, 2));
        DataSplit validation = plan.validationData(key);
        assertThat(validation.train().size()).isEqualTo(18);
        assertThat(validation.test().size()).isEqualTo(6);
        assertThat(plan.command(plan.key(0))).startsWith("activation-lab train --task sin --points 50 --noise 0.1 ");
    }

    /** Files as small as train takes (one point): every run and validation run finishes. */
    @ParameterizedTest(name = "{0} points")
    @CsvSource({"1", "2", "5"})
    void aTunedPlanRunsOnTheSmallestFiles(int points) throws IOException, DataFormatException {
        DataFile tiny = file("tiny" + points + ".csv", points);
        ShootoutPlan plan = new ShootoutPlan(List.of(Contender.of(ActivationSpec.of("relu"))),
                ShootoutTask.of(List.of(), List.of(tiny)), List.of(3), 50, 5, 3, List.of(0.1, 0.3),
                Optional.empty(), OptimizerKind.GD, 0, 0.9, 0);
        ShootoutResult result = ShootoutRunner.run(plan, Runnable::run, () -> false, (run, done, total) -> { });
        assertThat(result.complete()).isTrue();
        assertThat(result.runs()).hasSize(6).allSatisfy(r -> assertThat(r.finalLoss()).isFinite());
        assertThat(result.selectedRate(0, 0)).isBetween(0, 1);
        for (RunResult r : result.runs()) {
            assertThat(plan.validationData(r.key()).train().size() + plan.validationData(r.key()).test().size())
                    .isEqualTo(plan.data(r.key()).train().size());
        }
    }

    @Test
    void aPlanRefusesTwoTasksOfOneName() throws IOException, DataFormatException {
        Dataset points = file("moons.csv", 20).data();
        ShootoutTask clash = new ShootoutTask.Csv(new DataFile(tmp.resolve("other/circle"), points), "circle");
        assertThatThrownBy(() -> new ShootoutPlan(List.of(Contender.of(ActivationSpec.of("relu"))),
                List.of(ShootoutTask.builtIn(Task.CIRCLE).get(0), clash), List.of(4), 50, 10, 2, List.of(0.1),
                Optional.empty(), OptimizerKind.GD, 0, 0.9, 0)).hasMessageContaining("two tasks share a name");
    }
}
