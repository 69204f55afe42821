package org.activationlab.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The {@code shootout} command in-process: files independent of threads, commands that replay, bad input. */
class ShootoutCommandTest {
    /** Three contenders (a parameter, a formula with a quote-worthy text), two tasks, a tuned rate, Adam in batches. */
    private static final List<String> PLAN = List.of("--activations", "relu,leaky_relu:slope=0.2",
            "--formula", "x * tanh(a * x)", "--param", "a=1.5", "--task", "circle,xor", "--hidden", "4,3",
            "--points", "60", "--steps", "40", "--seeds", "3", "--lr-grid", "0.01,0.05", "--optimizer", "adam",
            "--batch", "16", "--target-accuracy", "0.8");

    @TempDir
    Path tmp;

    record Result(int exit, String out, String err) {
    }

    static Result run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = Cli.execute(new PrintWriter(out), new PrintWriter(err), args);
        return new Result(exit, out.toString(), err.toString());
    }

    /**
     * Runs {@code shootout ARGS --out OUT} and checks that it is refused as bad input everywhere is:
     * exit 2, one line on stderr naming the command, nothing on stdout and no OUT written.
     *
     * @return the line, without its line break
     */
    static String refusal(Path out, List<String> args) {
        List<String> argv = new ArrayList<>(List.of("shootout"));
        argv.addAll(args);
        argv.addAll(List.of("--out", out.toString()));
        Result r = run(argv.toArray(String[]::new));
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err().lines()).hasSize(1);
        assertThat(r.err()).startsWith("activation-lab shootout: ");
        assertThat(r.out()).isEmpty();
        assertThat(out).doesNotExist();
        return r.err().strip();
    }

    private Result shootout(Path dir, List<String> options, String... more) {
        List<String> args = new ArrayList<>(List.of("shootout"));
        args.addAll(options);
        args.addAll(List.of(more));
        args.addAll(List.of("--out", dir.toString()));
        return run(args.toArray(String[]::new));
    }

    @Test
    void theFilesAreByteIdenticalWithOneTwoAndFourThreads() throws IOException {
        sameFilesWithOneTwoAndFourThreads(tmp, (dir, threads) -> {
            Result r = shootout(dir, PLAN, "--threads", threads);
            assertThat(r.exit()).as(r.err()).isZero();
            assertThat(r.err()).isEmpty();
            assertThat(r.out()).endsWith("wrote runs.csv, curves.csv, summary.csv (36 runs) to " + dir
                    + System.lineSeparator());
        });
        List<String> runs = Files.readAllLines(tmp.resolve("t1/runs.csv"));
        assertThat(runs.get(0)).startsWith("activation,task,seed,lr,final_loss,test_loss,test_accuracy,steps_to_target,"
                + "command");
        assertThat(runs).hasSize(1 + 3 * 2 * 2 * 3);
        assertThat(runs.get(1)).startsWith("relu,circle,1,0.01,");
        assertThat(runs.get(runs.size() - 1)).startsWith("x * tanh(a * x):a=1.5,xor,3,0.05,");
        assertThat(Files.readAllLines(tmp.resolve("t1/summary.csv"))).hasSize(1 + 3 * 2);
        assertThat(Files.readAllLines(tmp.resolve("t1/curves.csv"))).hasSize(1 + 3 * 2 * 41);
    }

    @Test
    void everyCommandInRunsCsvReplaysThroughTrainToTheSameFinalLossBitForBit() throws IOException {
        Path dir = tmp.resolve("shootout");
        assertThat(shootout(dir, PLAN, "--threads", "2").exit()).isZero();
        List<String> rows = Files.readAllLines(dir.resolve("runs.csv"));
        int replayed = 0;
        for (String row : rows.subList(1, rows.size())) {
            List<String> fields = CsvLine.split(row);
            List<String> words = ShellLine.split(fields.get(8));
            assertThat(words.subList(0, 2)).containsExactly("activation-lab", "train");
            Path out = tmp.resolve("replay" + replayed++);
            List<String> args = new ArrayList<>(words.subList(1, words.size() - 1));
            args.add(out.toString());
            Result r = run(args.toArray(String[]::new));
            assertThat(r.exit()).as(r.err()).isZero();
            List<String> metrics = Files.readAllLines(out.resolve("metrics.csv"));
            assertThat(metrics).hasSize(1 + 41);
            String finalLoss = metrics.get(metrics.size() - 1).split(",")[1];
            assertThat(finalLoss).as(fields.get(8)).isEqualTo(fields.get(4));
            assertThat(Double.doubleToRawLongBits(Double.parseDouble(finalLoss)))
                    .isEqualTo(Double.doubleToRawLongBits(Double.parseDouble(fields.get(4))));
        }
        assertThat(replayed).isEqualTo(36);
    }

    @Test
    void matchParamsShrinksOnlyTheGatedUnitsAndTheirCommandsReplayToTheSameFinalLoss() throws IOException {
        Path dir = tmp.resolve("matched");
        Result r = shootout(dir, List.of("--activations", "relu,swiglu", "--task", "circle", "--hidden", "8,8",
                "--points", "60", "--steps", "20", "--seeds", "2"), "--match-params");
        assertThat(r.exit()).as(r.err()).isZero();
        List<String> rows = Files.readAllLines(dir.resolve("runs.csv"));
        for (String row : rows.subList(1, rows.size())) {
            List<String> fields = CsvLine.split(row);
            List<String> words = ShellLine.split(fields.get(8));
            assertThat(words.contains("--match-params")).as(fields.get(8)).isEqualTo(fields.get(0).equals("swiglu"));
            Path out = tmp.resolve("replay-" + fields.get(0) + "-" + fields.get(2));
            List<String> args = new ArrayList<>(words.subList(1, words.size() - 1));
            args.add(out.toString());
            assertThat(run(args.toArray(String[]::new)).exit()).isZero();
            List<String> metrics = Files.readAllLines(out.resolve("metrics.csv"));
            assertThat(metrics.get(metrics.size() - 1).split(",")[1]).isEqualTo(fields.get(4));
        }
        assertThat(rows).hasSize(1 + 2 * 2);
    }

    @Test
    void theDefaultInitialiserFollowsTheTableAndTheFormulaIsQuotedForTheShell() throws IOException {
        Path dir = tmp.resolve("init");
        assertThat(shootout(dir, List.of("--activations", "relu,tanh,selu", "--formula", "x*sigmoid(x)", "--task",
                "xor", "--steps", "2", "--seeds", "1", "--hidden", "2")).exit()).isZero();
        List<String> rows = Files.readAllLines(dir.resolve("runs.csv"));
        assertThat(rows.get(1)).contains(" --activation relu --init he_normal ");
        assertThat(rows.get(2)).contains(" --activation tanh --init xavier_uniform ");
        assertThat(rows.get(3)).contains(" --activation selu --init lecun_normal ");
        assertThat(rows.get(4)).contains(" --formula 'x*sigmoid(x)' --init xavier_uniform ");
    }

    @Test
    void theVerdictsArePrintedInTheChosenLanguageAndTheFilesAreTheSameInBoth() throws IOException {
        List<String> options = List.of("--activations", "relu,sigmoid", "--task", "circle", "--steps", "300",
                "--seeds", "6", "--threads", "1");
        Result en = shootout(tmp.resolve("en"), options);
        Result zh = run(Stream.concat(Stream.of("--lang", "zh", "shootout"), Stream.concat(options.stream(),
                Stream.of("--out", tmp.resolve("zh").toString()))).toArray(String[]::new));
        assertThat(en.out()).contains("On circle, sigmoid ends with a higher test loss than relu: median ");
        assertThat(zh.out()).contains("在 circle 上，sigmoid 的最终测试损失高于 relu：中位数 ");
        for (String name : new String[] {"runs.csv", "curves.csv", "summary.csv"}) {
            assertThat(Files.readAllBytes(tmp.resolve("zh").resolve(name))).as(name)
                    .isEqualTo(Files.readAllBytes(tmp.resolve("en").resolve(name)));
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "--activations relu --task circle --seeds 0|--seeds must be an integer from 1 to 100, got 0",
        "--activations relu --task circle --seeds 101|--seeds must be an integer from 1 to 100, got 101",
        "--activations relu --task circle --threads 0|--threads must be an integer from 1 to 256, got 0",
        "--activations relu --task circle --steps 0|--steps must be an integer from 1 to 1000000, got 0",
        "--activations relu --task circle --points 5|--points must be an integer from 10 to 100000, got 5",
        "--activations relu --task circle --hidden 17|--hidden: ",
        "--activations relux --task circle|relux",
        "--activations relu --task circl|--task: ",
        "--activations relu,relu --task circle|--activations: relu is given more than once",
        "--activations leaky_relu:slope --task circle|'slope' in 'leaky_relu:slope' is not KEY=VALUE",
        "--activations relu --task circle --lr 0.1 --lr-grid 0.1,0.3|--lr=RATE, --lr-grid=RATES are mutually exclusive",
        "--activations relu --task circle --lr-grid 0.1,0|--lr-grid must be a number > 0, got 0",
        "--activations relu --task circle --lr -1|--lr must be a number > 0, got -1",
        "--activations relu --task circle --init gauss|--init must be default, he, xavier or lecun, got gauss",
        "--activations relu,tanh --task circle --baseline gelu|--baseline gelu is not one of the activations (relu, tanh)",
        "--activations relu --task circle --target-accuracy 1.5|--target-accuracy must be above 0 and at most 1, got 1.5",
        "--task circle|nothing to compare",
        "--activations relu --task circle --param a=1|--param declares a formula's parameters",
        "--activations relu --task circle --optimizer sgd|--optimizer: ",
        "--activations relu --task circle --batch 0|--batch must be at least 1, got 0",
    })
    void badInputExitsWithTwoAndOneLineNamingTheValue(String args, String expected) {
        assertThat(refusal(tmp.resolve("bad"), List.of(args.split(" ")))).contains(expected);
    }

    /** Splits one CSV line as RFC 4180 quotes it. */
    static final class CsvLine {
        static List<String> split(String line) {
            List<String> fields = new ArrayList<>();
            StringBuilder field = new StringBuilder();
            boolean quoted = false;
            for (int i = 0; i < line.length(); i++) {
                char c = line.charAt(i);
                if (quoted) {
                    if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                        field.append('"');
                        i++;
                    } else if (c == '"') {
                        quoted = false;
                    } else {
                        field.append(c);
                    }
                } else if (c == '"') {
                    quoted = true;
                } else if (c == ',') {
                    fields.add(field.toString());
                    field.setLength(0);
                } else {
                    field.append(c);
                }
            }
            fields.add(field.toString());
            return fields;
        }
    }

    /** Splits a POSIX shell line of plain and single-quoted words (what the command column uses). */
    static final class ShellLine {
        static List<String> split(String line) {
            List<String> words = new ArrayList<>();
            StringBuilder word = new StringBuilder();
            boolean inWord = false;
            boolean quoted = false;
            for (char c : line.toCharArray()) {
                if (quoted) {
                    if (c == '\'') {
                        quoted = false;
                    } else {
                        word.append(c);
                    }
                } else if (c == '\'') {
                    quoted = true;
                    inWord = true;
                } else if (c == '\\') {
                    throw new IllegalArgumentException("escapes are only used inside '\\'' sequences: " + line);
                } else if (c == ' ') {
                    if (inWord) {
                        words.add(word.toString());
                        word.setLength(0);
                        inWord = false;
                    }
                } else {
                    word.append(c);
                    inWord = true;
                }
            }
            if (inWord) {
                words.add(word.toString());
            }
            return words;
        }
    }
    /**
     * Runs a shoot-out with 1, 2 and 4 threads, {@code run} writing into {@code tmp/t1}, {@code t2} and
     * {@code t4} (and checking each run), and checks that the three files are byte-identical.
     */
    static void sameFilesWithOneTwoAndFourThreads(Path tmp, java.util.function.BiConsumer<Path, String> run)
            throws IOException {
        List<byte[]> first = null;
        for (String threads : new String[] {"1", "2", "4"}) {
            Path dir = tmp.resolve("t" + threads);
            run.accept(dir, threads);
            List<byte[]> files = new ArrayList<>();
            for (String name : new String[] {"runs.csv", "curves.csv", "summary.csv"}) {
                files.add(Files.readAllBytes(dir.resolve(name)));
            }
            if (first == null) {
                first = files;
            } else {
                for (int i = 0; i < files.size(); i++) {
                    assertThat(files.get(i)).as("file %d with %s threads", i, threads).isEqualTo(first.get(i));
                }
            }
        }
    }
}
