package org.activationlab.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Reader;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.DoubleUnaryOperator;
import java.util.stream.Stream;
import org.activationlab.model.Activation;
import org.activationlab.model.Catalogue;
import org.activationlab.nn.DataCsv;
import org.activationlab.nn.DataFormatException;
import org.activationlab.nn.Dataset;
import org.apache.commons.numbers.gamma.Erf;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The {@code train} command in-process through the root command line: files, exit codes and messages. */
class TrainCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String PREFIX = "activation-lab train: ";

    @TempDir
    Path tmp;

    record Result(int exit, String out, String err) {
    }

    /** Runs {@code activation-lab train ARGS} in-process through the root command line. */
    static Result train(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        String[] argv = Stream.concat(Stream.of("train"), Stream.of(args)).toArray(String[]::new);
        int exit = Cli.commandLine(new PrintWriter(out), new PrintWriter(err)).execute(argv);
        return new Result(exit, out.toString(), err.toString());
    }

    private static List<String> lines(Path file) throws IOException {
        return Files.readAllLines(file);
    }

    @Test
    void writesTheFourFilesInTheDocumentedFormat() throws IOException {
        Path dir = tmp.resolve("run");

        Result r = train("--task", "xor", "--hidden", "4,4", "--activation", "relu", "--init", "he", "--lr", "0.1",
                "--steps", "50", "--seed", "3", "--out", dir.toString());

        assertThat(r.exit()).isZero();
        assertThat(r.err()).isEmpty();
        assertThat(r.out()).startsWith("step 50: loss ").contains(", accuracy ", ", test accuracy ")
                .endsWith("; wrote data.csv, init.json, final.json, metrics.csv to " + dir + System.lineSeparator());
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString()))
                    .containsExactlyInAnyOrder("data.csv", "init.json", "final.json", "metrics.csv");
        }
        List<String> data = lines(dir.resolve("data.csv"));
        assertThat(data.get(0)).isEqualTo("x1,x2,label");
        assertThat(data).hasSize(1 + 160);
        assertThat(data.subList(1, data.size())).allMatch(l -> l.matches("[-0-9.E]+,[-0-9.E]+,[01]"));
        List<String> metrics = lines(dir.resolve("metrics.csv"));
        assertThat(metrics.get(0)).startsWith("step,loss,");
        assertThat(metrics).hasSize(1 + 51);
        assertThat(metrics.get(51)).startsWith("50,");
        for (String name : new String[] {"init.json", "final.json"}) {
            JsonNode json = JSON.readTree(dir.resolve(name).toFile());
            assertThat(json.get("activation").toString()).isEqualTo("{\"name\":\"relu\",\"params\":{}}");
            assertThat(json.get("layers")).hasSize(3);
            assertThat(json.get("layers").get(0).get("weights")).hasSize(4);
            assertThat(json.get("layers").get(0).get("weights").get(0)).hasSize(2);
            assertThat(json.get("layers").get(2).get("weights")).hasSize(1);
            assertThat(json.get("layers").get(2).get("weights").get(0)).hasSize(4);
        }
        assertThat(Files.readString(dir.resolve("final.json"))).isNotEqualTo(Files.readString(dir.resolve("init.json")));
    }

    /** Replays the files as an outside checker would: data.csv and a weights file determine the loss row. */
    @ParameterizedTest(name = "{0}")
    @CsvSource({"tanh, circle", "relu, moons", "sigmoid, sin", "leaky_relu, abs"})
    void theLossRowsFollowFromTheDataAndTheWeightFiles(String activation, String task) throws IOException {
        Path dir = tmp.resolve(activation);
        Result r = train("--task", task, "--activation", activation, "--hidden", "5,3", "--steps", "30",
                "--lr", "0.05", "--out", dir.toString());
        assertThat(r.exit()).as(r.err()).isZero();

        List<String> metrics = lines(dir.resolve("metrics.csv"));
        Activation f = Catalogue.get(activation);
        double initial = replayLoss(dir.resolve("data.csv"), dir.resolve("init.json"), f);
        double last = replayLoss(dir.resolve("data.csv"), dir.resolve("final.json"), f);
        assertThat(Double.parseDouble(metrics.get(1).split(",")[1])).isCloseTo(initial, offset(1e-14 * initial));
        assertThat(Double.parseDouble(metrics.get(31).split(",")[1])).isCloseTo(last, offset(1e-14 * last));
    }

    /**
     * The replay contract of the gated units, as PyTorch float64 would run it:
     * {@code z = x @ W.T + b; h = z[:, :u] * g(z[:, u:])}, with g written out here (sigmoid, relu,
     * gelu by erf, silu) and nothing from the network's classes.
     */
    @ParameterizedTest(name = "{0}, {1}")
    @CsvSource({"glu, circle", "reglu, moons", "geglu, sin", "swiglu, xor", "swiglu, abs"})
    void gatedRunsReplayFromTheFilesAsLinearSplitIntoAAndB(String unit, String task) throws IOException {
        Path dir = tmp.resolve(unit + task);
        Result r = train("--task", task, "--activation", unit, "--hidden", "4,3", "--steps", "30", "--lr", "0.05",
                "--optimizer", "adam", "--out", dir.toString());
        assertThat(r.exit()).as(r.err()).isZero();

        DoubleUnaryOperator gate = switch (unit) {
            case "glu" -> TrainCommandTest::sigmoid;
            case "reglu" -> b -> Math.max(0, b);
            case "geglu" -> b -> 0.5 * b * (1 + Erf.value(b / Math.sqrt(2)));
            default -> b -> b * sigmoid(b);
        };
        List<String> metrics = lines(dir.resolve("metrics.csv"));
        double initial = replayGatedLoss(dir.resolve("data.csv"), dir.resolve("init.json"), gate);
        double last = replayGatedLoss(dir.resolve("data.csv"), dir.resolve("final.json"), gate);
        assertThat(Double.parseDouble(metrics.get(1).split(",")[1])).isCloseTo(initial, offset(1e-9 * initial));
        assertThat(Double.parseDouble(metrics.get(31).split(",")[1])).isCloseTo(last, offset(1e-9 * last));
        assertThat(initial).isNotEqualTo(last);
    }

    private static double sigmoid(double x) {
        return x >= 0 ? 1 / (1 + Math.exp(-x)) : Math.exp(x) / (1 + Math.exp(x));
    }

    /** The mean loss of a gated network from the files: each hidden layer's 2u rows split into a (first u) and b. */
    private static double replayGatedLoss(Path dataCsv, Path weightsJson, DoubleUnaryOperator gate)
            throws IOException {
        List<String> rows = lines(dataCsv);
        boolean classification = rows.get(0).equals("x1,x2,label");
        JsonNode layers = JSON.readTree(weightsJson.toFile()).get("layers");
        double sum = 0;
        for (String row : rows.subList(1, rows.size())) {
            String[] v = row.split(",");
            double[] x = new double[v.length - 1];
            for (int i = 0; i < x.length; i++) {
                x[i] = Double.parseDouble(v[i]);
            }
            for (int l = 0; l < layers.size(); l++) {
                JsonNode w = layers.get(l).get("weights");
                double[] z = new double[w.size()];
                for (int j = 0; j < w.size(); j++) {
                    for (int m = 0; m < x.length; m++) {
                        z[j] += w.get(j).get(m).doubleValue() * x[m];
                    }
                    z[j] += layers.get(l).get("bias").get(j).doubleValue();
                }
                if (l + 1 < layers.size()) {
                    int u = z.length / 2;
                    x = new double[u];
                    for (int j = 0; j < u; j++) {
                        x[j] = z[j] * gate.applyAsDouble(z[u + j]);
                    }
                } else {
                    x = z;
                }
            }
            double y = Double.parseDouble(v[v.length - 1]);
            double o = x[0];
            sum += classification ? Math.max(o, 0) - o * y + Math.log1p(Math.exp(-Math.abs(o))) : (o - y) * (o - y);
        }
        return sum / (rows.size() - 1);
    }

    @Test
    void aSwigluRunWritesTwoRowsPerUnitAndItsName() throws IOException {
        Path dir = tmp.resolve("swiglu");
        Result r = train("--task", "xor", "--hidden", "4,3", "--activation", "swiglu", "--steps", "3",
                "--out", dir.toString());

        assertThat(r.exit()).as(r.err()).isZero();
        for (String name : new String[] {"init.json", "final.json"}) {
            JsonNode json = JSON.readTree(dir.resolve(name).toFile());
            assertThat(json.get("activation").toString()).isEqualTo("{\"name\":\"swiglu\",\"params\":{}}");
            JsonNode layers = json.get("layers");
            assertThat(layers.get(0).get("weights")).hasSize(8);
            assertThat(layers.get(0).get("weights").get(0)).hasSize(2);
            assertThat(layers.get(0).get("bias")).hasSize(8);
            assertThat(layers.get(1).get("weights")).hasSize(6);
            assertThat(layers.get(1).get("weights").get(0)).as("fed by the 4 outputs h").hasSize(4);
            assertThat(layers.get(2).get("weights").get(0)).hasSize(3);
        }
        String header = lines(dir.resolve("metrics.csv")).get(0);
        assertThat(header).startsWith("step,loss,accuracy,test_loss,test_accuracy,layer1_dead,layer1_saturated,")
                .endsWith(",output_grad_norm,output_update_ratio,layer1_closed_gates,layer2_closed_gates");
    }

    @ParameterizedTest(name = "--hidden {0} -> {1}")
    @CsvSource({"8, 4", "'8,8', 5", "'16,4', '11,2'", "1, 1"})
    void matchParamsShrinksTheGatedLayers(String hidden, String expected) throws IOException {
        Path dir = tmp.resolve("match" + hidden.replace(',', '_'));
        Result r = train("--task", "xor", "--hidden", hidden, "--activation", "glu", "--match-params", "--steps", "1",
                "--out", dir.toString());

        assertThat(r.exit()).as(r.err()).isZero();
        JsonNode layers = JSON.readTree(dir.resolve("init.json").toFile()).get("layers");
        String[] units = expected.split(",");
        for (int l = 0; l < units.length; l++) {
            assertThat(layers.get(l).get("weights")).hasSize(2 * Integer.parseInt(units[l].strip()));
        }
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "--activation swiglo|activation-lab train: --activation: unknown function 'swiglo'; did you mean swiglu? (activation-lab list shows all)",
        "--activation swiglu --param beta=2|activation-lab train: --param: swiglu has no parameter 'beta'; it takes none",
        "--activation relu --match-params|activation-lab train: --match-params sizes gated layers, but relu is not a gated unit; use --activation with one of glu, reglu, geglu, swiglu",
    })
    void badGatedArgumentsExitTwoWithOneLine(String args, String message) {
        List<String> all = new ArrayList<>(List.of("--task", "xor", "--out", tmp.resolve("bad").toString()));
        all.addAll(List.of(args.split(" ")));
        Result r = train(all.toArray(String[]::new));
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).isEqualTo(message + System.lineSeparator());
    }

    /** The mean loss from the files alone: plain loops, sigmoid + BCE for x1,x2,label and MSE for x,y. */
    private static double replayLoss(Path dataCsv, Path weightsJson, Activation f) throws IOException {
        List<String> rows = lines(dataCsv);
        boolean classification = rows.get(0).equals("x1,x2,label");
        JsonNode layers = JSON.readTree(weightsJson.toFile()).get("layers");
        double sum = 0;
        for (String row : rows.subList(1, rows.size())) {
            String[] v = row.split(",");
            double[] a = new double[v.length - 1];
            for (int i = 0; i < a.length; i++) {
                a[i] = Double.parseDouble(v[i]);
            }
            for (int l = 0; l < layers.size(); l++) {
                JsonNode w = layers.get(l).get("weights");
                double[] next = new double[w.size()];
                for (int j = 0; j < w.size(); j++) {
                    double z = 0;
                    for (int m = 0; m < a.length; m++) {
                        z += w.get(j).get(m).doubleValue() * a[m];
                    }
                    z += layers.get(l).get("bias").get(j).doubleValue();
                    next[j] = l + 1 < layers.size() ? f.value(z) : z;
                }
                a = next;
            }
            double y = Double.parseDouble(v[v.length - 1]);
            double o = a[0];
            sum += classification ? Math.max(o, 0) - o * y + Math.log1p(Math.exp(-Math.abs(o))) : (o - y) * (o - y);
        }
        return sum / (rows.size() - 1);
    }

    @Test
    void theSameSeedGivesByteIdenticalFilesAndAnotherSeedDoesNot() throws IOException {
        String[] common = {"--task", "spiral", "--activation", "prelu", "--hidden", "6,6", "--steps", "40",
            "--optimizer", "adam", "--lr", "0.01", "--batch", "32"};
        assertThat(train(concat(common, "--seed", "5", "--out", tmp.resolve("a").toString())).exit()).isZero();
        assertThat(train(concat(common, "--seed", "5", "--out", tmp.resolve("b").toString())).exit()).isZero();
        assertThat(train(concat(common, "--seed", "6", "--out", tmp.resolve("c").toString())).exit()).isZero();

        for (String name : new String[] {"data.csv", "init.json", "final.json", "metrics.csv"}) {
            byte[] a = Files.readAllBytes(tmp.resolve("a").resolve(name));
            assertThat(Files.readAllBytes(tmp.resolve("b").resolve(name))).as(name).isEqualTo(a);
            assertThat(Files.readAllBytes(tmp.resolve("c").resolve(name))).as(name).isNotEqualTo(a);
        }
    }

    @Test
    void regressionTasksWriteXyDataAndPreluLayersCarryAlpha() throws IOException {
        Path dir = tmp.resolve("sin");
        Result r = train("--task", "sin", "--activation", "prelu", "--param", "alpha=0.1", "--hidden", "8",
                "--steps", "5", "--out", dir.toString());

        assertThat(r.exit()).isZero();
        assertThat(r.out()).startsWith("step 5: loss ").contains(", test loss ").doesNotContain("accuracy");
        assertThat(lines(dir.resolve("data.csv")).get(0)).isEqualTo("x,y");
        assertThat(lines(dir.resolve("metrics.csv")).get(0)).contains("layer1_alpha").doesNotContain("accuracy");
        JsonNode init = JSON.readTree(dir.resolve("init.json").toFile());
        assertThat(init.get("activation").toString()).isEqualTo("{\"name\":\"prelu\",\"params\":{\"alpha\":0.1}}");
        assertThat(init.get("layers").get(0).get("alpha").doubleValue()).isEqualTo(0.1);
        assertThat(init.get("layers").get(0).get("weights").get(0)).hasSize(1);
    }

    @Test
    void trainsOnAUsersCsvFile() throws IOException {
        Path csv = tmp.resolve("points.csv");
        StringBuilder sb = new StringBuilder("x1,x2,label\n");
        for (int i = 0; i < 40; i++) {
            sb.append(i % 2 == 0 ? "-1," : "1,").append(i * 0.01).append(',').append(i % 2).append('\n');
        }
        Files.writeString(csv, sb);
        Path dir = tmp.resolve("csv");

        Result r = train("--data", csv.toString(), "--activation", "tanh", "--steps", "200", "--lr", "0.5",
                "--test-fraction", "0", "--out", dir.toString());

        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).startsWith("step 200: loss ").contains("accuracy 1.0").doesNotContain("test");
        assertThat(readCsv(dir.resolve("data.csv"))).as("all points, in file order").isEqualTo(readCsv(csv));
    }

    private static Dataset readCsv(Path file) throws IOException {
        try (Reader reader = Files.newBufferedReader(file)) {
            return DataCsv.read(reader);
        } catch (DataFormatException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void aBadCsvFileIsReportedWithItsLineNumber() throws IOException {
        Path csv = tmp.resolve("bad.csv");
        Files.writeString(csv, "x1,x2,label\n0,0,0\n1,1,2\n");

        Result r = train("--data", csv.toString(), "--out", tmp.resolve("o").toString());

        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).isEqualTo(PREFIX + "--data " + csv + ": line 3: label must be 0 or 1, got 2" + System.lineSeparator());
        assertThat(Files.exists(tmp.resolve("o"))).isFalse();
    }

    @Test
    void theLargestNoiseAndInitialWeightsAreAcceptedAndTrainWithoutFailure() {
        Result r = train("--task", "xor", "--noise", "10", "--init", "normal:100", "--steps", "2",
                "--out", tmp.resolve("edge").toString());

        assertThat(r.exit()).as(r.err()).isIn(0, TrainCommand.EXIT_DIVERGED);
        assertThat(r.err()).doesNotContain("failed");
    }

    @Test
    void aUtf16OrBinaryDataFileIsSaidToBeNotUtf8Text() throws IOException {
        Path utf16 = tmp.resolve("utf16.csv");
        Files.writeString(utf16, "\uFEFFx,y\n1,2\n", java.nio.charset.StandardCharsets.UTF_16LE);
        Path binary = Files.write(tmp.resolve("binary.csv"), new byte[] {(byte) 0xC3, 0x28, 0x0A});

        for (Path file : List.of(utf16, binary)) {
            Result r = train("--data", file.toString(), "--out", tmp.resolve("never").toString());

            assertThat(r.exit()).isEqualTo(2);
            assertThat(r.err()).isEqualTo(PREFIX + "--data " + file + ": not UTF-8 text (a binary file, or another"
                    + " encoding such as UTF-16); save it as UTF-8" + System.lineSeparator());
        }
    }

    @Test
    void anEndlessLineIsOneLineAndExit2WithoutEchoingIt() throws IOException {
        Path endless = tmp.resolve("endless.csv");
        Files.writeString(endless, "x,y\n1," + "9".repeat(10_000_000) + "\n");

        Result r = train("--data", endless.toString(), "--out", tmp.resolve("never").toString());

        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).isEqualTo(PREFIX + "--data " + endless + ": line 2: the line is too long; at most 1000"
                + " characters are allowed" + System.lineSeparator());
    }

    @Test
    @org.junit.jupiter.api.condition.EnabledOnOs(org.junit.jupiter.api.condition.OS.LINUX)
    void devZeroIsRefusedAsNotText() {
        Result r = train("--data", "/dev/zero", "--out", tmp.resolve("never").toString());

        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).startsWith(PREFIX + "--data /dev/zero: line 1: not UTF-8 text").containsOnlyOnce("\n");
    }

    @Test
    void aDivergingRunExitsWith3AndOneLineButStillWritesItsFiles() throws IOException {
        Path dir = tmp.resolve("boom");

        Result r = train("--task", "sin", "--hidden", "8,8", "--lr", "5", "--steps", "1000", "--out", dir.toString());

        assertThat(r.exit()).isEqualTo(TrainCommand.EXIT_DIVERGED);
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).matches(PREFIX + "training diverged at step \\d+: the training loss exploded from \\S+ to \\S+; "
                + "try a smaller --lr" + System.lineSeparator());
        int step = Integer.parseInt(r.err().replaceAll("(?s).*training diverged at step (\\d+):.*", "$1"));
        assertThat(lines(dir.resolve("metrics.csv"))).hasSize(step + 2);
        assertThat(JSON.readTree(dir.resolve("final.json").toFile()).get("layers")).hasSize(3);
    }

    @Test
    void rerunningIntoTheSameDirectoryReplacesTheFilesAndLeavesNoTemporaries() throws IOException {
        Path dir = tmp.resolve("again");
        train("--task", "and", "--steps", "3", "--out", dir.toString());
        Result r = train("--task", "and", "--steps", "7", "--out", dir.toString());

        assertThat(r.exit()).isZero();
        assertThat(lines(dir.resolve("metrics.csv"))).hasSize(9);
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files).hasSize(4);
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "--steps 10                            | give --task TASK (and, or, xor, circle, moons, spiral, gauss, checkerboard, sin, abs, step, cubic) or --data FILE",
        "--task xro                            | --task: unknown task 'xro'; choose one of and, or, xor, circle, moons, spiral, gauss, checkerboard, sin, abs, step, cubic",
        "--task xor --data x.csv               | --task and --data exclude each other; give one",
        "--data missing.csv                    | --data: no such file: missing.csv",
        "--data missing.csv --points 50        | --points applies to --task data sets, not to --data",
        "--task xor --activation prelu --param alfa=1 | --param: prelu has no parameter 'alfa'; it takes alpha",
        "--task xor --activation softplus --param beta=0 | --param: parameter 'beta' of softplus must be a finite number >= 1.0E-280, got 0",
        "--task xor --activation maxout --param w1=2 | --param: in a network maxout learns its pieces; only k can be set, got w1",
        "--task xor --activation maxout --param k=9 | --param: parameter 'k' of maxout must be an integer from 1 to 8, got 9",
        "--task xor --hidden 1,2,3,4,5,6,7     | --hidden: a network needs 1 to 6 hidden layers, got 7",
        "--task xor --hidden 4,17              | --hidden: hidden layer 2 has 17 units; each layer needs 1 to 16",
        "--task xor --lr 0                     | --lr: the learning rate must be a finite number > 0, got 0",
        "--task xor --lr NaN                   | Invalid value for option '--lr': NaN is not a finite number",
        "--task xor --steps -1                 | --steps must be an integer from 0 to 1000000, got -1",
        "--task xor --steps 1000001            | --steps must be an integer from 0 to 1000000, got 1000001",
        "--task xor --init glorot              | --init: unknown initialiser 'glorot'; choose one of xavier (= xavier_uniform), xavier_normal, he (= he_normal), he_uniform, lecun (= lecun_normal), uniform:A, normal:S, constant:C",
        "--task xor --init uniform             | --init: uniform needs a number, e.g. uniform:0.5",
        "--task xor --optimizer sgd            | --optimizer: unknown optimizer 'sgd'; choose one of gd, momentum, adam",
        "--task xor --momentum 0.5             | --momentum applies only to --optimizer momentum",
        "--task xor --optimizer momentum --momentum 1 | --momentum: the momentum must be a number >= 0 and < 1, got 1",
        "--task xor --batch 0                  | --batch must be at least 1, got 0",
        "--task xor --l2 -0.1                  | --l2 must be >= 0, got -0.1",
        "--task xor --l1 Infinity              | Invalid value for option '--l1': Infinity is not a finite number",
        "--task xor --bias-init NaN            | Invalid value for option '--bias-init': NaN is not a finite number",
        "--task xor --noise -1                 | --noise must be from 0 to 10, got -1",
        "--task xor --noise 1e308              | --noise must be from 0 to 10, got 1.0E308",
        "--task xor --noise 10.5               | --noise must be from 0 to 10, got 10.5",
        "--task xor --init normal:1e308        | --init: normal needs a number > 0 and <= 100, got 1.0E308",
        "--task xor --init uniform:101         | --init: uniform needs a number > 0 and <= 100, got 101",
        "--task xor --init constant:-1e300     | --init: constant needs a number from -100 to 100, got -1.0E300",
        "--task xor --points 5                 | --points must be an integer from 10 to 100000, got 5",
        "--task xor --test-fraction 0.95       | --test-fraction must be from 0 to 0.9, got 0.95",
        "--task xor --lr abc                   | Invalid value for option '--lr': 'abc' is not a number",
        "--task xor --hidden 4,x               | Invalid value for option '--hidden' (UNITS): 'x' is not an int",
        "--task xor --hidden 4,                | --hidden has an empty item in '4,'; separate the items with single commas and no comma at either end",
        "--task xor --hidden 4,,4              | --hidden has an empty item in '4,,4'; separate the items with single commas and no comma at either end",
        "--task xor --hidden=,4                | --hidden has an empty item in ',4'; separate the items with single commas and no comma at either end",
        "--task xor --colour red               | Unknown options: '--colour', 'red'",
    })
    void badArgumentsExit2WithOneClearLine(String args, String message) {
        List<String> argv = new ArrayList<>(List.of(args.trim().split("\\s+")));
        argv.add("--out");
        argv.add(tmp.resolve("never").toString());

        Result r = train(argv.toArray(String[]::new));

        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).isEqualTo(PREFIX + message + System.lineSeparator());
        assertThat(Files.exists(tmp.resolve("never"))).isFalse();
    }

    @Test
    void anUnknownActivationGetsTheCataloguesSuggestions() {
        Result r = train("--task", "xor", "--activation", "relux", "--out", tmp.resolve("never").toString());

        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).startsWith(PREFIX + "--activation: unknown function 'relux'; did you mean relu")
                .endsWith("(activation-lab list shows all)" + System.lineSeparator())
                .containsOnlyOnce(System.lineSeparator());
    }

    @Test
    void anEmptyOutputOrDataPathIsRefusedAndNothingIsWritten() throws IOException {
        for (String[] args : List.of(new String[] {"--task", "xor", "--steps", "1", "--out", ""},
                new String[] {"--task", "xor", "--steps", "1", "--out", "  "},
                new String[] {"--data", "", "--out", tmp.resolve("never").toString()})) {
            Result r = train(args);

            String option = args[0].equals("--data") ? "--data" : "--out";
            assertThat(r.exit()).isEqualTo(2);
            assertThat(r.out()).isEmpty();
            assertThat(r.err()).isEqualTo(PREFIX + "Invalid value for option '" + option + "': the value is empty;"
                    + " name a file or folder (use . for the current folder)" + System.lineSeparator());
        }
        assertThat(Files.exists(Path.of("data.csv").toAbsolutePath())).as("nothing in the current folder").isFalse();
    }

    @Test
    void anOutputPathThatIsAFileIsRefused() throws IOException {
        Path file = Files.writeString(tmp.resolve("taken"), "x");

        Result r = train("--task", "xor", "--out", file.toString());

        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).isEqualTo(PREFIX + "--out: " + file + " exists and is not a directory" + System.lineSeparator());
    }

    @Test
    void helpListsTheOptionsAndExits0() {
        Result r = train("--help");

        assertThat(r.exit()).isZero();
        assertThat(r.out()).contains("Usage: activation-lab train", "--task", "--hidden", "--activation", "--param", "--init", "--lr",
                "--steps", "--seed", "--out", "--points", "--noise", "--optimizer", "--batch", "--l2", "--bias-init");
    }

    private static String[] concat(String[] a, String... b) {
        return Stream.concat(Stream.of(a), Stream.of(b)).toArray(String[]::new);
    }
}
