package org.activationlab.cli;

import java.io.PrintWriter;
import java.util.Arrays;
import java.util.concurrent.Callable;
import org.activationlab.model.Activation;
import org.activationlab.model.EvenGrid;
import org.activationlab.model.Numbers;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code sample}: the function and its derivative on an even grid, as CSV with header
 * {@code x,f,df} and x_i = A + i (B - A) / (N - 1), i = 0 .. N-1 ({@link EvenGrid}, which keeps
 * huge ranges finite and within [A, B]), every double printed so that it reads back exactly
 * ({@link Double#toString}).
 */
@Command(name = "sample", sortOptions = false, sortSynopsis = false)
final class SampleCommand implements Callable<Integer> {
    /** The most points one call prints (about 600 MB of CSV). */
    static final int MAX_POINTS = 10_000_000;
    /** Points evaluated and written at a time. */
    private static final int CHUNK = 4096;

    @Spec
    private CommandSpec spec;

    @Mixin
    private FunctionOptions function;

    @Option(names = "--from", required = true, paramLabel = "A", converter = FiniteDoubleConverter.class,
            descriptionKey = "sample.from")
    private double from;

    @Option(names = "--to", required = true, paramLabel = "B", converter = FiniteDoubleConverter.class,
            descriptionKey = "sample.to")
    private double to;

    @Option(names = "--points", required = true, paramLabel = "N",
            descriptionKey = "sample.points")
    private int points;

    @Override
    public Integer call() {
        validate();
        Activation a = function.spec().resolve();
        PrintWriter out = spec.commandLine().getOut();
        out.println("x,f,df");
        double[] xs = new double[CHUNK];
        double[] values = new double[CHUNK];
        double[] derivatives = new double[CHUNK];
        StringBuilder text = new StringBuilder(CHUNK * 64);
        EvenGrid grid = new EvenGrid(from, to, points);
        for (int start = 0; start < points; start += CHUNK) {
            int n = Math.min(CHUNK, points - start);
            for (int j = 0; j < n; j++) {
                xs[j] = grid.x(start + j);
            }
            double[] chunk = n == CHUNK ? xs : Arrays.copyOf(xs, n);
            a.fill(chunk, values, derivatives);
            text.setLength(0);
            for (int j = 0; j < n; j++) {
                text.append(chunk[j]).append(',').append(values[j]).append(',').append(derivatives[j]).append('\n');
            }
            out.write(text.toString());
            if (out.checkError()) {
                return OneLineErrors.outputFailed(spec.commandLine());
            }
        }
        out.flush();
        return 0;
    }

    private void validate() {
        if (!(from < to)) {
            fail(CliTexts.format("error.sample.fromAboveTo", Numbers.format(from), Numbers.format(to)));
        }
        if (!Double.isFinite(to - from)) {
            fail(CliTexts.format("error.sample.spanNotFinite", Numbers.format(to), Numbers.format(from),
                    Numbers.format(to - from)));
        }
        if (points < 2 || points > MAX_POINTS) {
            fail(CliTexts.format("error.integerRange", "--points", 2, MAX_POINTS, points));
        }
    }

    private void fail(String message) {
        throw new ParameterException(spec.commandLine(), message);
    }
}
