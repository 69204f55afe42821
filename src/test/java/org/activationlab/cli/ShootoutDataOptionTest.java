package org.activationlab.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.activationlab.cli.ShootoutCommandTest.CsvLine;
import org.activationlab.cli.ShootoutCommandTest.Result;
import org.activationlab.cli.ShootoutCommandTest.ShellLine;
import org.activationlab.nn.DataCsv;
import org.activationlab.nn.Rng;
import org.activationlab.nn.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@code shootout --data FILE}: CSV files as tasks, each run the run of {@code train --data FILE}. */
class ShootoutDataOptionTest {
    @TempDir
    Path tmp;
    /** Moons points in a folder whose name needs quoting in a shell. */
    private Path moons;
    /** Regression points. */
    private Path curve;

    @BeforeEach
    void files() throws IOException {
        moons = tmp.resolve("my data/moons.csv");
        Files.createDirectories(moons.getParent());
        Files.writeString(moons, DataCsv.toCsv(Task.MOONS.generate(70, 0.15, Rng.stream(11, 0))));
        curve = tmp.resolve("cubic.csv");
        Files.writeString(curve, DataCsv.toCsv(Task.CUBIC.generate(40, 0.05, Rng.stream(12, 0))));
    }

    private Result shootout(Path out, String... options) {
        List<String> args = new ArrayList<>(List.of("shootout"));
        args.addAll(List.of(options));
        args.addAll(List.of("--out", out.toString()));
        return ShootoutCommandTest.run(args.toArray(String[]::new));
    }

    /** A built-in task, two files (one classification, one regression), a tuned rate and mini-batches. */
    private Result plan(Path out, String threads) {
        return shootout(out, "--activations", "relu,tanh", "--task", "xor", "--data", moons.toString(),
                "--data", curve.toString(), "--hidden", "5", "--points", "40", "--steps", "30", "--seeds", "3",
                "--lr-grid", "0.03,0.3", "--batch", "16", "--threads", threads);
    }

    @Test
    void theFilesAreByteIdenticalWithOneTwoAndFourThreadsAndNameTheFilesByTheirNames() throws IOException {
        ShootoutCommandTest.sameFilesWithOneTwoAndFourThreads(tmp, (dir, threads) -> {
            Result r = plan(dir, threads);
            assertThat(r.exit()).as(r.err()).isZero();
            assertThat(r.err()).isEmpty();
        });
        List<String> runs = Files.readAllLines(tmp.resolve("t1/runs.csv"));
        assertThat(runs).hasSize(1 + 2 * 3 * 2 * 3);
        assertThat(runs.subList(1, runs.size())).extracting(row -> CsvLine.split(row).get(1))
                .containsOnly("xor", "moons.csv", "cubic.csv");
        assertThat(Files.readAllLines(tmp.resolve("t1/summary.csv")).subList(1, 7))
                .extracting(row -> CsvLine.split(row).get(0))
                .containsExactly("xor", "xor", "moons.csv", "moons.csv", "cubic.csv", "cubic.csv");
    }

    @Test
    void everyCommandOfAFileReplaysThroughTrainToTheSameFinalLossBitForBit() throws IOException {
        Path dir = tmp.resolve("shootout");
        Result shootout = plan(dir, "2");
        assertThat(shootout.exit()).as(shootout.err()).isZero();
        List<String> rows = Files.readAllLines(dir.resolve("runs.csv"));
        int replayed = 0;
        for (String row : rows.subList(1, rows.size())) {
            List<String> fields = CsvLine.split(row);
            List<String> words = ShellLine.split(fields.get(8));
            if (fields.get(1).equals("xor")) {
                assertThat(words).doesNotContain("--data");
                continue;
            }
            Path file = fields.get(1).equals("moons.csv") ? moons : curve;
            assertThat(fields.get(8)).contains(fields.get(1).equals("moons.csv")
                    ? " --data '" + moons + "' --test-fraction 0.2 --hidden 5 " : " --data " + curve + " ");
            assertThat(words.subList(0, 4)).containsExactly("activation-lab", "train", "--data", file.toString());
            assertThat(words).doesNotContain("--points", "--noise", "--task");
            Path out = tmp.resolve("replay" + replayed++);
            List<String> args = new ArrayList<>(words.subList(1, words.size() - 1));
            args.add(out.toString());
            Result r = ShootoutCommandTest.run(args.toArray(String[]::new));
            assertThat(r.exit()).as(r.err()).isZero();
            List<String> metrics = Files.readAllLines(out.resolve("metrics.csv"));
            String finalLoss = metrics.get(metrics.size() - 1).split(",")[1];
            assertThat(Double.doubleToRawLongBits(Double.parseDouble(finalLoss))).as(fields.get(8))
                    .isEqualTo(Double.doubleToRawLongBits(Double.parseDouble(fields.get(4))));
        }
        assertThat(replayed).isEqualTo(2 * 2 * 2 * 3);
    }

    @Test
    void dataAloneIsATaskAndTwoFilesOfOneNameAreToldApartByTheirFolders() throws IOException {
        Path other = tmp.resolve("other/moons.csv");
        Files.createDirectories(other.getParent());
        Files.copy(curve, other);
        Path dir = tmp.resolve("alone");
        Result r = shootout(dir, "--activations", "relu", "--data", moons.toString(), "--data", other.toString(),
                "--steps", "5", "--seeds", "1");
        assertThat(r.exit()).as(r.err()).isZero();
        List<String> runs = Files.readAllLines(dir.resolve("runs.csv"));
        assertThat(runs.subList(1, runs.size())).extracting(row -> CsvLine.split(row).get(1))
                .containsExactly("my data/moons.csv", "other/moons.csv");
    }

    /** The message {@code train --data FILE} gives for {@code file}, after its command name. */
    private String trainSays(Path file) {
        Result r = ShootoutCommandTest.run("train", "--data", file.toString(), "--out", tmp.resolve("train").toString());
        assertThat(r.exit()).isEqualTo(2);
        return r.err().strip().replaceFirst("^activation-lab train: ", "");
    }

    /** A bad file: the same one line as {@code train --data} gives, exit status 2, before any run. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "missing|",
        "utf16|x1,x2,label",
        "header|a,b,c\\n1,2,0\\n",
        "columns|x1,x2,label\\n1,2\\n",
        "label|x1,x2,label\\n1,2,3\\n",
        "number|x,y\\n1,abc\\n",
        "empty|x,y\\n",
        "tooMany|",
    })
    void aBadFileExitsWithTwoAndTrainsOneLine(String name, String text) throws IOException {
        Path file = tmp.resolve(name + ".csv");
        switch (name) {
            case "missing" -> { }
            case "utf16" -> Files.write(file, (text + "\n1,2,0\n").getBytes(StandardCharsets.UTF_16));
            case "tooMany" -> Files.writeString(file, "x,y\n" + "0.5,1\n".repeat(DataCsv.MAX_ROWS + 1));
            default -> Files.writeString(file, text.replace("\\n", "\n"));
        }
        String expected = trainSays(file);
        assertThat(ShootoutCommandTest.refusal(tmp.resolve("bad"),
                List.of("--activations", "relu", "--task", "circle", "--data", file.toString())))
                .isEqualTo("activation-lab shootout: " + expected).contains(file.toString());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "--activations relu|give --task TASK (",
        "--activations relu --data MOONS --points 50|--points applies to --task data sets, not to --data",
        "--activations relu --data MOONS --data MOONS|--data: MOONS is given more than once",
        "--activations relu --task circle --data MOONS --seeds 0|--seeds must be an integer from 1 to 100, got 0",
    })
    void badTasksExitWithTwoAndOneLine(String args, String expected) {
        List<String> argv = Stream.of(args.split(" ")).map(w -> w.equals("MOONS") ? moons.toString() : w).toList();
        assertThat(ShootoutCommandTest.refusal(tmp.resolve("bad"), argv))
                .contains(expected.replace("MOONS", moons.toString()));
    }

    @Test
    void theHelpTellsOfData() {
        Result r = ShootoutCommandTest.run("shootout", "--help");
        assertThat(r.out()).contains("--data=FILE").contains("[--task=TASKS[,TASKS...]]");
    }
}
