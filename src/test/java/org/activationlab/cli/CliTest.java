package org.activationlab.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.activationlab.model.Activation;
import org.activationlab.model.ActivationSpec;
import org.activationlab.model.Catalogue;
import org.activationlab.model.Gate;
import org.activationlab.model.GatedSpec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The command line run in-process: output formats, exit statuses and the one-line messages. */
class CliTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** What one run printed and returned. */
    record Run(int status, String out, String err) {
        List<String> lines() {
            return out.lines().toList();
        }
    }

    static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int status = Cli.commandLine(new PrintWriter(out), new PrintWriter(err)).execute(args);
        return new Run(status, out.toString(), err.toString());
    }

    @Test
    void listPrintsOneLinePerFunctionWithDefaultsAndRanges() {
        Run r = run("list");
        assertThat(r.status()).isZero();
        assertThat(r.err()).isEmpty();
        int functions = Catalogue.names().size();
        assertThat(r.lines()).hasSize(functions + 2 + Gate.values().length);
        assertThat(r.lines().subList(0, functions).stream().map(line -> line.split("\\s+")[0]).toList())
                .isEqualTo(Catalogue.names());
        assertThat(r.lines()).contains(
                "identity      (no parameters)",
                "leaky_relu    slope=0.01 (any finite number)",
                "softplus      beta=1 (a finite number >= 1.0E-280)");
        assertThat(r.lines()).anyMatch(line -> line.startsWith("maxout        k=2 (an integer from 1 to 8), "
                + "w1=1 (any finite number), b1=0 (any finite number), w2=0"));
    }

    @Test
    void listShowsTheGatedUnitsInASectionOfTheirOwnAndJsonLeavesThemOut() throws Exception {
        List<String> lines = run("list").lines();
        int functions = Catalogue.names().size();
        assertThat(lines.subList(functions, lines.size())).containsExactly("",
                "gated units (two inputs, train --activation only):",
                "glu           h(a, b) = a * sigmoid(b) (no parameters)",
                "reglu         h(a, b) = a * relu(b) (no parameters)",
                "geglu         h(a, b) = a * gelu(b) (no parameters)",
                "swiglu        h(a, b) = a * silu(b) (no parameters)");
        assertThat(JSON.readTree(run("list", "--json").out()).findValuesAsText("name")).doesNotContain("swiglu");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "sample --function swiglu --from -1 --to 1 --points 3|swiglu is a gated unit of two inputs, h(a, b) = a * silu(b), not a function of x; for its diagonal a = b use --formula 'x * (x * sigmoid(x))'",
        "properties --function glu|glu is a gated unit of two inputs, h(a, b) = a * sigmoid(b), not a function of x; for its diagonal a = b use --formula 'x * sigmoid(x)'",
        "properties --function geglu --json|geglu is a gated unit of two inputs, h(a, b) = a * gelu(b), not a function of x; for its diagonal a = b use --formula 'x * (x * (1 + erf(x / sqrt(2))) / 2)'",
        "export --functions relu,reglu --out x.png|reglu is a gated unit of two inputs, h(a, b) = a * relu(b), not a function of x; for its diagonal a = b use --formula 'x * relu(x)'",
    })
    void elementWiseCommandsRefuseAGatedUnitInOneLineNamingItsDiagonal(String args, String message) {
        Run r = run(args.split(" "));
        assertThat(r.status()).isEqualTo(2);
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).isEqualTo("activation-lab " + args.split(" ")[0] + ": " + message + System.lineSeparator());
    }

    @Test
    void theDiagonalFormulaThatTheRefusalNamesIsTheUnitsDiagonal() {
        for (Gate g : Gate.values()) {
            Activation formula = ActivationSpec.formula(GatedSpec.of(g).diagonalFormula(), Map.of()).resolve();
            for (double x = -4; x <= 4; x += 0.25) {
                assertThat(formula.value(x)).as("%s at %s", g, x)
                        .isCloseTo(g.diagonal().value(x), offset(1e-12 * (1 + Math.abs(x * x))));
            }
        }
    }

    @Test
    void listJsonDescribesEveryParameter() throws Exception {
        Run r = run("list", "--json");
        assertThat(r.status()).isZero();
        JsonNode all = JSON.readTree(r.out());
        assertThat(all.size()).isEqualTo(Catalogue.names().size());
        JsonNode celu = all.get(9);
        assertThat(celu.get("name").asText()).isEqualTo("celu");
        JsonNode alpha = celu.get("parameters").get(0);
        assertThat(alpha.get("key").asText()).isEqualTo("alpha");
        assertThat(alpha.get("default").asDouble()).isEqualTo(1.0);
        assertThat(alpha.get("min").asDouble()).isEqualTo(0.0);
        assertThat(alpha.get("minInclusive").asBoolean()).isFalse();
        assertThat(alpha.get("max").isNull()).isTrue();
        assertThat(alpha.get("range").asText()).isEqualTo("a finite number > 0");
        JsonNode maxout = all.get(Catalogue.names().indexOf("maxout"));
        assertThat(maxout.get("parameters").size()).isEqualTo(5);
        assertThat(maxout.get("parameters").get(0).get("integer").asBoolean()).isTrue();
        assertThat(maxout.get("parameters").get(1).get("default").asDouble()).isEqualTo(1.0);
    }

    @ParameterizedTest(name = "{0} from {1} to {2}, {3} points {4}")
    @CsvSource(delimiter = ';', value = {
            "sigmoid;    -1;   1;    5;     ",
            "tanh;       -3;   2;    7;     ",
            "leaky_relu; -0.3; 0.7;  11;    slope=-0.25",
            "gelu;       -800; 800;  10001; ",
            "maxout;     -1e6; 1e-3; 4097;  k=3"})
    void sampleWritesExactGridValuesAndDerivatives(String name, double from, double to, int points, String param) {
        String[] base = {"sample", "--function", name, "--from", Double.toString(from), "--to", Double.toString(to),
            "--points", Integer.toString(points)};
        String[] args = param == null ? base : append(base, "--param", param);
        Activation a = param == null ? Catalogue.get(name)
                : Catalogue.create(name, Map.of(param.split("=")[0], Double.parseDouble(param.split("=")[1])));
        Run r = run(args);
        assertThat(r.status()).isZero();
        assertThat(r.err()).isEmpty();
        List<String> lines = r.lines();
        assertThat(lines.get(0)).isEqualTo("x,f,df");
        assertThat(lines).hasSize(points + 1);
        for (int i = 0; i < points; i++) {
            double x = from + i * (to - from) / (points - 1);
            assertThat(lines.get(i + 1)).isEqualTo(x + "," + a.value(x) + "," + a.derivative(x));
        }
    }

    /** A standard output whose reader went away (as after {@code | head -1}): every write fails. */
    private static PrintWriter closedPipe() {
        return new PrintWriter(new java.io.Writer() {
            @Override
            public void write(char[] buffer, int offset, int length) throws java.io.IOException {
                throw new java.io.IOException("Broken pipe");
            }

            @Override
            public void flush() throws java.io.IOException {
                throw new java.io.IOException("Broken pipe");
            }

            @Override
            public void close() {
            }
        });
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"sample --function relu --from -1 --to 1 --points 100000",
            "depth --activation relu --init he --layers 3 --width 10"})
    void aClosedOutputStopsWithExit2AndOneLine(String line) {
        StringWriter err = new StringWriter();
        PrintWriter out = closedPipe();

        int status = Cli.commandLine(out, new PrintWriter(err)).execute(line.split(" "));

        assertThat(out.checkError()).isTrue();
        assertThat(status).isEqualTo(2);
        assertThat(err.toString()).isEqualTo(line.split(" ")[0].replaceAll("^", "activation-lab ")
                + ": stopped: the output could not be written (it was closed, e.g. by head, or the disk is full)"
                + System.lineSeparator());
    }

    @Test
    void sampleOverAHugeRangeStaysFiniteAndEndsAtTheEnds() {
        assertThat(run("sample", "--function", "relu", "--from", "-8e307", "--to", "8e307", "--points", "5").lines())
                .containsExactly("x,f,df", "-8.0E307,0.0,0.0", "-4.0E307,0.0,0.0", "0.0,0.0,0.0",
                        "3.9999999999999994E307,3.9999999999999994E307,1.0", "8.0E307,8.0E307,1.0");
        assertThat(run("sample", "--function", "relu", "--from", "-1e308", "--to", "-800", "--points", "2").lines())
                .containsExactly("x,f,df", "-1.0E308,0.0,0.0", "-800.0,0.0,0.0");
    }

    @Test
    void sampleDoublesReadBackExactly() {
        Run r = run("sample", "--function", "sigmoid", "--from", "-0.1", "--to", "0.2", "--points", "4");
        for (String line : r.lines().subList(1, 5)) {
            for (String field : line.split(",")) {
                assertThat(Double.toString(Double.parseDouble(field))).isEqualTo(field);
            }
        }
        assertThat(r.lines().get(1)).startsWith("-0.1,");
    }

    @Test
    void propertiesPrintsTheTable() {
        Run r = run("properties", "--function", "sigmoid");
        assertThat(r.status()).isZero();
        assertThat(r.err()).isEmpty();
        assertThat(r.lines()).contains(
                "function         sigmoid (Sigmoid)",
                "range            (0, 1)",
                "bounded          below and above",
                "monotonic        yes, increasing",
                "f(0)             0.5",
                "f'(0)            0.25",
                "saturation       x < -6.9058, x > 6.9058 (where |f'| < 0.001)",
                "dead regions     none (where f' = 0)",
                "kinks            none",
                "smoothness       C-infinity",
                "parameter count  0");
        assertThat(r.lines()).anyMatch(line -> line.matches("relative cost    [0-9.]+ x relu .*"));
    }

    @Test
    void propertiesTableShowsParametersSetsAndDeadRegions() {
        assertThat(run("properties", "--function", "step").lines()).contains("range            {0, 1}");
        Run relu = run("properties", "--function", "leaky_relu", "--param", "slope=0");
        assertThat(relu.lines()).contains("parameters       slope=0", "dead regions     x <= 0 (where f' = 0)",
                "kinks            x = 0");
    }

    /** Issue 16, 4.11: the crossing of pieces near +-1e308 is found without overflow. */
    @Test
    void propertiesFindMaxoutsKinkAtExtremeParameters() {
        Run r = run("properties", "--function", "maxout", "--param", "w1=1e308", "--param", "b1=1e308",
                "--param", "w2=-1e308", "--param", "b2=-1e308");
        assertThat(r.status()).isZero();
        assertThat(r.lines()).contains("kinks            x = -1", "range            [0, inf)",
                "smoothness       C0 (kinks)");
    }

    /**
     * {@code relativeCost} is a timing, documented as such; everything else in
     * {@code properties --json} is the same bytes on every run (issue 16, 4.7).
     */
    @ParameterizedTest
    @ValueSource(strings = {"gelu", "maxout", "softplus", "relu"})
    void propertiesJsonIsByteStableApartFromTheMeasuredCost(String name) {
        String first = run("properties", "--function", name, "--json").out();
        String second = run("properties", "--function", name, "--json").out();
        String cost = "(?m)^  \"relativeCost\" : [0-9.Ee-]+$";
        assertThat(first).containsPattern(cost);
        assertThat(second.replaceAll(cost, "")).isEqualTo(first.replaceAll(cost, ""));
    }

    @Test
    void propertiesJsonHasTheComputedValues() throws Exception {
        JsonNode sigmoid = JSON.readTree(run("properties", "--function", "sigmoid", "--json").out());
        assertThat(sigmoid.get("function").asText()).isEqualTo("sigmoid");
        assertThat(sigmoid.get("range").get("lower").asDouble()).isZero();
        assertThat(sigmoid.get("range").get("lowerClosed").asBoolean()).isFalse();
        assertThat(sigmoid.get("range").get("text").asText()).isEqualTo("(0, 1)");
        assertThat(sigmoid.get("slopeAtZero").asDouble()).isEqualTo(0.25);
        assertThat(sigmoid.get("monotonic").asBoolean()).isTrue();
        assertThat(sigmoid.get("saturation").size()).isEqualTo(2);
        assertThat(sigmoid.get("saturation").get(0).get("lower").isNull()).isTrue();
        assertThat(sigmoid.get("saturation").get(0).get("upper").asDouble()).isBetween(-6.906, -6.905);
        assertThat(sigmoid.get("relativeCost").asDouble()).isPositive();

        JsonNode maxout = JSON.readTree(run("properties", "--function", "maxout", "--param", "k=3", "--json").out());
        assertThat(maxout.get("parameterCount").asInt()).isEqualTo(7);
        assertThat(maxout.get("parameters").get("k").asDouble()).isEqualTo(3.0);

        JsonNode step = JSON.readTree(run("properties", "--function", "step", "--json").out());
        assertThat(step.get("values").toString()).isEqualTo("[0.0,1.0]");
        assertThat(step.get("smoothness").asText()).isEqualTo("discontinuous");
        assertThat(step.get("kinks").toString()).isEqualTo("[]");
        assertThat(step.get("discontinuities").toString()).isEqualTo("[0.0]");
    }

    /** Issue 14: a jump of f is a discontinuity, not a kink. */
    @Test
    void propertiesNameJumpsAsDiscontinuitiesAndKinksAsKinks() {
        assertThat(run("properties", "--function", "hardshrink").lines()).contains(
                "kinks            none", "discontinuities  x = -0.5, 0.5", "smoothness       discontinuous");
        assertThat(run("properties", "--function", "softshrink", "--param", "lambd=2").lines()).contains(
                "kinks            x = -2, 2", "discontinuities  none", "smoothness       C0 (kinks)");
        assertThat(run("properties", "--function", "threshold", "--param", "threshold=1", "--param", "value=-2")
                .lines()).contains("kinks            none", "discontinuities  x = 1", "range            [-2, inf)");
    }

    /** Issue 14: rrelu's two ends may be set together in any order; lower > upper is one clear line. */
    @Test
    void rreluTakesBothEndsAndRefusesLowerAboveUpper() {
        Run both = run("sample", "--function", "rrelu", "--param", "lower=0.5", "--param", "upper=0.8",
                "--from", "-2", "--to", "-1", "--points", "2");
        assertThat(both.status()).isZero();
        assertThat(both.out()).contains("-0.65");
        Run wrong = run("sample", "--function", "rrelu", "--param", "lower=0.5", "--from", "-2", "--to", "-1",
                "--points", "2");
        assertThat(wrong.status()).isEqualTo(2);
        assertThat(wrong.err().strip()).isEqualTo(
                "activation-lab sample: rrelu needs lower <= upper, got lower = 0.5 and upper = 0.3333333333333333");
    }

    @Test
    void versionComesFromTheBuild() {
        Run r = run("--version");
        assertThat(r.status()).isZero();
        assertThat(r.out().strip()).matches("activation-lab \\d+\\.\\d+\\.\\d+(-SNAPSHOT)?");
    }

    @ParameterizedTest(name = "{0} --help")
    @CsvSource({"list", "sample", "properties"})
    void everyCommandHasHelp(String command) {
        Run r = run(command, "--help");
        assertThat(r.status()).isZero();
        assertThat(r.out()).startsWith("Usage: activation-lab " + command);
        assertThat(r.err()).isEmpty();
    }

    @Test
    void rootHelpListsTheCommands() {
        Run r = run("--help");
        assertThat(r.status()).isZero();
        assertThat(r.out()).contains("list", "sample", "properties", "Exit status");
    }

    @ParameterizedTest(name = "[{index}] {1}")
    @CsvSource(delimiter = '|', value = {
            "sample --function sigmod --from 0 --to 1 --points 3 | unknown function 'sigmod'; did you mean sigmoid, log_sigmoid, hard_sigmoid?",
            "sample --function leaky_relu --param slop=1 --from 0 --to 1 --points 3 | leaky_relu has no parameter 'slop'; it takes slope",
            "sample --function celu --param alpha=0 --from 0 --to 1 --points 3 | parameter 'alpha' of celu must be a finite number > 0, got 0",
            "sample --function maxout --param k=9 --from 0 --to 1 --points 3 | parameter 'k' of maxout must be an integer from 1 to 8, got 9",
            "sample --function sigmoid --from 0 --to 1 --points 1 | --points must be an integer from 2 to 10000000, got 1",
            "sample --function sigmoid --from 0 --to 1 --points 10000001 | --points must be an integer from 2 to 10000000, got 10000001",
            "sample --function sigmoid --from 0 --to 1 --points 1e6 | '1e6' is not an int",
            "sample --function sigmoid --from 1 --to 0 --points 3 | --from must be below --to, got --from 1 and --to 0",
            "sample --function sigmoid --from 1 --to 1 --points 3 | --from must be below --to, got --from 1 and --to 1",
            "sample --function sigmoid --from NaN --to 1 --points 3 | NaN is not a finite number",
            "sample --function sigmoid --from 0 --to inf --points 3 | inf is not a finite number",
            "sample --function sigmoid --from 0 --to 1e999 --points 3 | 1e999 is beyond the largest finite double",
            "sample --function sigmoid --from 0x1 --to 1 --points 3 | '0x1' is not a number",
            "sample --function sigmoid --from -1e308 --to 1e308 --points 3 | --to minus --from must be a finite number",
            "sample --function sigmoid --from 0 --to 1 | Missing required option: '--points=N'",
            "sample --function leaky_relu --param slope --from 0 --to 1 --points 3 | 'slope' is not KEY=VALUE (e.g. slope=0.1)",
            "sample --function leaky_relu --param slope=abc --from 0 --to 1 --points 3 | in slope=abc, 'abc' is not a number",
            "sample --function leaky_relu --param slope=NaN --from 0 --to 1 --points 3 | in slope=NaN, NaN is not a finite number",
            "sample --function leaky_relu --param =1 --from 0 --to 1 --points 3 | '=1' names no parameter before '='",
            "sample --function leaky_relu --param slope=1 --param slope=2 --from 0 --to 1 --points 3 | parameter 'slope' of leaky_relu is given more than once",
            "sample --function sigmoid --from 0 --to 1 --points 3 --fromm 2 | Unknown options: '--fromm', '2'; did you mean --from?",
            "properties --function tanhh | unknown function 'tanhh'; did you mean tanh",
            "properties --function relu --param slope=1 | relu has no parameter 'slope'; it takes none",
            "properties | Error: Missing required argument (specify one of these): (--function=NAME | --formula=EXPR)",
            "properties --function softplus --param beta=4.9e-324 | parameter 'beta' of softplus must be a finite number >= 1.0E-280, got 4.9E-324",
            "sampel | Unmatched argument at index 0: 'sampel'",
            "'' | a command is needed: list, sample, properties"})
    void badInputExitsTwoWithOneLineOnStderrAndNothingOnStdout(String commandLine, String message) {
        String[] args = commandLine.isEmpty() ? new String[0] : commandLine.split(" ");
        Run r = run(args);
        assertThat(r.status()).isEqualTo(2);
        assertThat(r.out()).isEmpty();
        assertThat(r.err().lines().toList()).hasSize(1);
        assertThat(r.err()).startsWith("activation-lab").contains(message).doesNotContain("Exception", "\tat ");
    }

    private static String[] append(String[] base, String... more) {
        String[] all = Arrays.copyOf(base, base.length + more.length);
        System.arraycopy(more, 0, all, base.length, more.length);
        return all;
    }
}
