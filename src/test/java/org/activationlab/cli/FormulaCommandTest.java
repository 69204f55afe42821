package org.activationlab.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@code --formula} on sample, properties, depth, export and train, and its one-line errors in both languages. */
class FormulaCommandTest {
    @TempDir
    Path dir;

    private record Run(int status, String out, String err) {
    }

    private static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int status = Cli.execute(new PrintWriter(out), new PrintWriter(err), args);
        return new Run(status, out.toString(), err.toString());
    }

    @Test
    void sampleOfAFormulaPrintsTheSameAsTheBuiltIn() {
        Run formula = run("sample", "--formula", "x * tanh(softplus(x))", "--from", "-3", "--to", "3", "--points", "7");
        Run builtin = run("sample", "--function", "mish", "--from", "-3", "--to", "3", "--points", "7");
        assertThat(formula.status()).isZero();
        String[] a = formula.out().split("\\R");
        String[] b = builtin.out().split("\\R");
        assertThat(a[0]).isEqualTo("x,f,df");
        assertThat(a).hasSize(8);
        for (int i = 1; i < a.length; i++) {
            String[] fa = a[i].split(",");
            String[] fb = b[i].split(",");
            for (int j = 0; j < 3; j++) {
                double got = Double.parseDouble(fa[j]);
                double want = Double.parseDouble(fb[j]);
                assertThat(Math.abs(got - want)).isLessThanOrEqualTo(1e-12 * (1 + Math.abs(want)));
            }
        }
    }

    @Test
    void parametersAreDeclaredWithParamAndUndefinedValuesAreNaN() {
        Run r = run("sample", "--formula", "log(a * x)", "--param", "a=2", "--from", "-1", "--to", "1", "--points", "3");
        assertThat(r.status()).isZero();
        assertThat(r.out()).isEqualTo(String.join(System.lineSeparator(), "x,f,df", "-1.0,NaN,-1.0",
                "0.0,-Infinity,Infinity", "1.0,0.6931471805599453,1.0", ""));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "sample --formula x* --from 0 --to 1 --points 2 | activation-lab sample: formula 'x*': expected a number, x, a parameter, a function or '(' at position 3",
        "sample --formula a*x+b --param a=1 --from 0 --to 1 --points 2 | activation-lab sample: formula 'a*x+b': unknown name 'b'; the declared parameters are a at position 5",
        "properties --formula max(x) | activation-lab properties: formula 'max(x)': the function max takes 2 arguments, got 1 at position 1",
        "depth --formula tanh(x --init he --layers 3 --width 10 | activation-lab depth: formula 'tanh(x': expected an operator, ',' or ')' at position 7",
        "sample --formula x --param x=1 --from 0 --to 1 --points 2 | activation-lab sample: 'x' cannot name a parameter: a name starts with a letter or '_' and x, pi, e, if and the function names are taken",
        "sample --function relu --formula x --from 0 --to 1 --points 2 | activation-lab sample: Error: --function=NAME, --formula=EXPR are mutually exclusive (specify only one)",
        "export --formula x --param b=1 --out OUT | activation-lab export: --param b: no --formula uses b; a listed function's parameter is written NAME.KEY=VALUE",
        "export --out OUT | activation-lab export: nothing to draw: give --functions NAME,... or --formula EXPR (or both)",
        "train --task xor --formula 0<x<1 --out OUT | activation-lab train: formula '0<x<1': comparisons do not chain; write (a < b) * (b < c) at position 4",
    })
    void badFormulasExitTwoWithOneLine(String args, String line) {
        Run r = run(args.replace("OUT", dir.resolve("out.csv").toString()).split(" "));
        assertThat(r.status()).isEqualTo(2);
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).isEqualTo(line + System.lineSeparator());
    }

    @Test
    void theErrorIsChineseWithLangZh() {
        Run r = run("--lang", "zh", "sample", "--formula", "x*", "--from", "0", "--to", "1", "--points", "2");
        assertThat(r.status()).isEqualTo(2);
        assertThat(r.err()).startsWith("activation-lab sample: 公式 'x*'：").contains("第 3 个字符处");
    }

    @Test
    void propertiesOfAFormulaFindItsKinks() {
        Run r = run("properties", "--formula", "max(0, x - 1)", "--json");
        assertThat(r.status()).isZero();
        assertThat(r.out()).contains("\"function\" : \"max(0, x - 1)\"").containsPattern("\"kinks\" : \\[ 1.0 \\]");
    }

    @Test
    void exportWritesAColumnNamedByTheFormula() throws Exception {
        Path csv = dir.resolve("f.csv");
        Run r = run("export", "--functions", "relu", "--formula", "x * sigmoid(a * x)", "--formula", "min(x, 0)",
                "--param", "a=2", "--points", "3", "--out", csv.toString());
        assertThat(r.status()).isZero();
        assertThat(Files.readAllLines(csv).get(0))
                .isEqualTo("x,relu,drelu,x * sigmoid(a * x),dx * sigmoid(a * x),\"min(x, 0)\",\"dmin(x, 0)\"");
    }

    @Test
    void trainWritesTheFormulaAndItsParameters() throws Exception {
        Run r = run("train", "--task", "xor", "--formula", "x * sigmoid(a * x)", "--param", "a=1.5", "--steps", "5",
                "--out", dir.toString());
        assertThat(r.status()).isZero();
        assertThat(Files.readString(dir.resolve("init.json")))
                .startsWith("{\"activation\":{\"formula\":\"x * sigmoid(a * x)\",\"params\":{\"a\":1.5}},\"layers\":[");
        assertThat(Files.readString(dir.resolve("final.json"))).startsWith("{\"activation\":{\"formula\":");
    }

    @Test
    void depthTakesAFormula() {
        Run formula = run("depth", "--formula", "tanh(x)", "--init", "xavier", "--layers", "3", "--width", "10");
        Run builtin = run("depth", "--activation", "tanh", "--init", "xavier", "--layers", "3", "--width", "10");
        assertThat(formula.status()).isZero();
        assertThat(formula.out()).isEqualTo(builtin.out());
    }
}
