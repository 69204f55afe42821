package org.activationlab.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.Map;
import org.activationlab.model.ActivationSpec;
import org.activationlab.model.Catalogue;
import org.activationlab.nn.depth.BatchNormMode;
import org.activationlab.nn.depth.DepthConfig;
import org.activationlab.nn.depth.DepthLayerStats;
import org.activationlab.nn.depth.DepthResult;
import org.activationlab.nn.depth.DepthStudy;
import org.activationlab.nn.depth.WeightInit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The {@code depth} command's contract: flags, CSV header and rows, exit statuses, one-line errors. */
class DepthCommandTest {

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
    void printsTheHeaderAndOneRowPerLayerWithTheStudysNumbers() {
        Run r = run("depth", "--activation", "leaky_relu", "--param", "slope=0.2", "--init", "he", "--layers", "4",
                "--width", "12", "--batch-norm", "after", "--seed", "9");
        assertThat(r.status()).isZero();
        assertThat(r.err()).isEmpty();
        assertThat(r.lines()).hasSize(5);
        assertThat(r.lines().get(0)).isEqualTo("layer,preact_mean,preact_std,act_mean,act_std,grad_std,saturated,dead,non_finite");
        DepthResult expected = DepthStudy.run(new DepthConfig(Catalogue.create("leaky_relu", Map.of("slope", 0.2)),
                WeightInit.HE, Double.NaN, 4, 12, BatchNormMode.AFTER, 9));
        for (int l = 1; l <= 4; l++) {
            DepthLayerStats s = expected.layer(l);
            assertThat(r.lines().get(l)).isEqualTo(l + "," + s.preActivationMean() + "," + s.preActivationStd() + ","
                    + s.activationMean() + "," + s.activationStd() + "," + s.gradientStd() + ","
                    + s.saturatedFraction() + "," + s.deadFraction() + "," + s.nonFiniteFraction());
        }
    }

    @Test
    void aGatedUnitRunsAsOneLinearOfTwiceTheWidthAndRefusesBatchNorm() {
        Run r = run("depth", "--activation", "swiglu", "--init", "he", "--layers", "3", "--width", "10");
        assertThat(r.status()).as(r.err()).isZero();
        DepthResult expected = DepthStudy.run(new DepthConfig(ActivationSpec.of("swiglu").resolve(), WeightInit.HE, 0,
                3, 10, BatchNormMode.OFF, 1));
        assertThat(r.lines().get(1)).startsWith("1," + expected.layers().get(0).preActivationMean() + ",");
        Run refused = run("depth", "--activation", "swiglu", "--init", "he", "--layers", "3", "--width", "10",
                "--batch-norm", "after");
        assertThat(refused.status()).isEqualTo(2);
        assertThat(refused.err().lines().toList()).hasSize(1);
    }

    @Test
    void defaultsAreNoBatchNormAndSeedOne() {
        Run defaults = run("depth", "--activation", "tanh", "--init", "normal", "--std", "0.3", "--layers", "3",
                "--width", "10");
        Run explicit = run("depth", "--activation", "tanh", "--init", "normal", "--std", "0.3", "--layers", "3",
                "--width", "10", "--batch-norm", "off", "--seed", "1");
        assertThat(defaults.status()).isZero();
        assertThat(defaults.out()).isEqualTo(explicit.out());
        Run otherSeed = run("depth", "--activation", "tanh", "--init", "normal", "--std", "0.3", "--layers", "3",
                "--width", "10", "--seed", "2");
        assertThat(otherSeed.lines().get(1)).isNotEqualTo(defaults.lines().get(1));
    }

    @Test
    void everyFieldReadsBackExactly() {
        Run r = run("depth", "--activation", "selu", "--init", "lecun", "--layers", "2", "--width", "10");
        for (String line : r.lines().subList(1, 3)) {
            String[] fields = line.split(",");
            assertThat(fields).hasSize(9);
            for (String field : List.of(fields).subList(1, 9)) {
                assertThat(Double.toString(Double.parseDouble(field))).isEqualTo(field);
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', value = {
            "--activation tanhh --init he --layers 3 --width 10;"
                    + "activation-lab depth: unknown function 'tanhh'; did you mean tanh?",
            "--activation tanh --init glorot --layers 3 --width 10;"
                    + "activation-lab depth: Invalid value for option '--init': unknown initialiser 'glorot'; "
                    + "choose one of xavier|xavier_normal|he|lecun|normal",
            "--activation tanh --init normal --layers 3 --width 10;"
                    + "activation-lab depth: --init normal needs --std S, the standard deviation of the weights "
                    + "(a finite number > 0)",
            "--activation tanh --init he --std 0.1 --layers 3 --width 10;"
                    + "activation-lab depth: --std applies only to --init normal, not to --init he",
            "--activation tanh --init normal --std -0.1 --layers 3 --width 10;"
                    + "activation-lab depth: the standard deviation of normal weights must be a finite number > 0, got -0.1",
            "--activation tanh --init normal --std nan --layers 3 --width 10;"
                    + "activation-lab depth: Invalid value for option '--std': nan is not a finite number",
            "--activation tanh --init he --layers 1 --width 10;"
                    + "activation-lab depth: the number of layers must be an integer from 2 to 100, got 1",
            "--activation tanh --init he --layers 101 --width 10;"
                    + "activation-lab depth: the number of layers must be an integer from 2 to 100, got 101",
            "--activation tanh --init he --layers 3 --width 9;"
                    + "activation-lab depth: the width must be an integer from 10 to 500, got 9",
            "--activation tanh --init he --layers 3 --width 501;"
                    + "activation-lab depth: the width must be an integer from 10 to 500, got 501",
            "--activation tanh --init he --layers 3 --width 10 --batch-norm middle;"
                    + "activation-lab depth: Invalid value for option '--batch-norm': unknown batch-norm mode 'middle'; "
                    + "choose one of off|before|after",
            "--activation elu --param alpha=x --init he --layers 3 --width 10;"
                    + "activation-lab depth: Invalid value for option '--param'",
            "--activation elu --param beta=1 --init he --layers 3 --width 10;activation-lab depth: ",
            "--activation tanh --init he --layers three --width 10;"
                    + "activation-lab depth: Invalid value for option '--layers': 'three' is not an int",
            "--activation tanh --init he --layers 3;activation-lab depth: Missing required option: '--width=N'",
            "--init he --layers 3 --width 10;activation-lab depth: Error: Missing required argument (specify one of these): (--activation=NAME | --formula=EXPR)"})
    void badInputExitsTwoWithOneLineAndNoOutput(String args, String messageStart) {
        Run r = run(("depth " + args).split(" "));
        assertThat(r.status()).isEqualTo(2);
        assertThat(r.out()).isEmpty();
        assertThat(r.err().lines()).hasSize(1);
        assertThat(r.err()).startsWith(messageStart);
    }

    /** An overflowing network reports where its values overflow, not dead units (issue 16, 4.12). */
    @Test
    void layersThatOverflowShowTheirNonFiniteShareAndNoInventedDeadUnits() {
        Run r = run("depth", "--activation", "relu", "--init", "normal", "--std", "1e10", "--layers", "40",
                "--width", "50");
        assertThat(r.status()).isZero();
        List<String[]> rows = r.lines().stream().skip(1).map(line -> line.split(",")).toList();
        assertThat(rows.get(0)[8]).isEqualTo("0.0");
        assertThat(rows.get(39)[8]).isEqualTo("1.0");
        for (String[] row : rows) {
            if (row[8].equals("1.0")) {
                assertThat(row[3]).isEqualTo("NaN");
                assertThat(row[7]).as("dead share of an overflowed layer %s", row[0]).isEqualTo("0.0");
                assertThat(row[6]).as("saturated share of an overflowed layer %s", row[0]).isEqualTo("0.0");
            }
        }
    }

    @Test
    void helpListsTheFlags() {
        Run r = run("depth", "--help");
        assertThat(r.status()).isZero();
        assertThat(r.out()).contains("--activation=NAME", "--param=KEY=VALUE", "--init=xavier|xavier_normal|he|lecun|normal",
                "--layers=L", "--width=N", "--std=S", "--batch-norm=off|before|after", "--seed=S",
                "layer,preact_mean,preact_std,act_mean,act_std,grad_std,saturated,dead,non_finite");
    }
}
