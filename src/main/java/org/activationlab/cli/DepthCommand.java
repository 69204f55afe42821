package org.activationlab.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.activationlab.model.Activation;
import org.activationlab.nn.depth.BatchNormMode;
import org.activationlab.nn.depth.DepthConfig;
import org.activationlab.nn.depth.DepthLayerStats;
import org.activationlab.nn.depth.DepthResult;
import org.activationlab.nn.depth.DepthStudy;
import org.activationlab.nn.depth.WeightInit;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;

/**
 * {@code depth}: the depth study's per-layer statistics as CSV, header {@value #HEADER}, layer 1
 * first, doubles printed with {@link Double#toString} (see {@link DepthStudy} for the network
 * and {@link DepthLayerStats} for each column).
 */
@Command(name = "depth", sortOptions = false, sortSynopsis = false)
final class DepthCommand implements Callable<Integer> {
    /** The CSV header. */
    static final String HEADER = "layer,preact_mean,preact_std,act_mean,act_std,grad_std,saturated,dead,non_finite";

    @Spec
    private CommandSpec spec;

    @ArgGroup(exclusive = true, multiplicity = "1")
    private ActivationChoice activation;

    @Mixin
    private ParameterOptions parameters;

    @Option(names = "--init", required = true, paramLabel = "xavier|xavier_normal|he|lecun|normal",
            converter = WeightInitConverter.class,
            descriptionKey = "depth.init")
    private WeightInit init;

    @Option(names = "--layers", required = true, paramLabel = "L",
            descriptionKey = "depth.layers")
    private int layers;

    @Option(names = "--width", required = true, paramLabel = "N",
            descriptionKey = "depth.width")
    private int width;

    @Option(names = "--std", paramLabel = "S", converter = FiniteDoubleConverter.class,
            descriptionKey = "depth.std")
    private Double std;

    @Option(names = "--batch-norm", paramLabel = "off|before|after", converter = BatchNormConverter.class,
            defaultValue = "off",
            descriptionKey = "depth.batch-norm")
    private BatchNormMode batchNorm;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "" + DepthConfig.DEFAULT_SEED,
            descriptionKey = "depth.seed")
    private long seed;

    @Override
    public Integer call() {
        Activation f = (activation.formula != null ? parameters.declareFor(activation.formula)
                : parameters.applyToLayer(activation.name)).resolve();
        DepthResult result = DepthStudy.run(config(f));
        StringBuilder csv = new StringBuilder(HEADER).append('\n');
        for (DepthLayerStats s : result.layers()) {
            csv.append(s.layer()).append(',')
                    .append(s.preActivationMean()).append(',')
                    .append(s.preActivationStd()).append(',')
                    .append(s.activationMean()).append(',')
                    .append(s.activationStd()).append(',')
                    .append(s.gradientStd()).append(',')
                    .append(s.saturatedFraction()).append(',')
                    .append(s.deadFraction()).append(',')
                    .append(s.nonFiniteFraction()).append('\n');
        }
        PrintWriter out = spec.commandLine().getOut();
        out.write(csv.toString());
        out.flush();
        if (out.checkError()) {
            return OneLineErrors.outputFailed(spec.commandLine());
        }
        return 0;
    }

    private DepthConfig config(Activation f) {
        if (init.takesStd() && std == null) {
            fail(CliTexts.get("error.depth.stdMissing"));
        }
        if (!init.takesStd() && std != null) {
            fail(CliTexts.format("error.depth.stdNotNormal", init.cliName()));
        }
        try {
            return new DepthConfig(f, init, std == null ? Double.NaN : std, layers, width, batchNorm, seed);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
    }

    private void fail(String message) {
        throw new ParameterException(spec.commandLine(), message);
    }

    /** {@code --activation NAME} or {@code --formula EXPR}, exactly one. */
    static final class ActivationChoice {
        @Option(names = "--activation", required = true, paramLabel = "NAME", descriptionKey = "depth.activation")
        String name;

        @Option(names = "--formula", required = true, paramLabel = "EXPR", descriptionKey = "depth.formula")
        String formula;
    }

    /** Converts an initialiser name, naming the accepted ones when it is unknown. */
    static final class WeightInitConverter implements ITypeConverter<WeightInit> {
        @Override
        public WeightInit convert(String value) {
            try {
                return WeightInit.parse(value);
            } catch (IllegalArgumentException e) {
                throw new TypeConversionException(e.getMessage());
            }
        }
    }

    /** Converts a batch-norm mode, naming the accepted ones when it is unknown. */
    static final class BatchNormConverter implements ITypeConverter<BatchNormMode> {
        @Override
        public BatchNormMode convert(String value) {
            try {
                return BatchNormMode.parse(value);
            } catch (IllegalArgumentException e) {
                throw new TypeConversionException(e.getMessage());
            }
        }
    }
}
