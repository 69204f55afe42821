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
@Command(name = "depth", sortOptions = false, sortSynopsis = false,
        description = {"Run a batch of " + DepthConfig.BATCH_SIZE + " N(0, 1) inputs through L layers of N units at "
                + "initialisation and print per-layer statistics as CSV:",
            "layer,preact_mean,preact_std,act_mean,act_std,grad_std,saturated,dead",
            "preact is what the activation receives, act the layer's output, grad_std the standard deviation of the "
                + "loss gradient with respect to that output for a unit-variance output gradient; saturated and dead "
                + "are fractions of units (|f'| < 0.01 on at least 90%% of the batch; f' = 0 on all of it)."})
final class DepthCommand implements Callable<Integer> {
    /** The CSV header. */
    static final String HEADER = "layer,preact_mean,preact_std,act_mean,act_std,grad_std,saturated,dead";

    @Spec
    private CommandSpec spec;

    @Option(names = "--activation", required = true, paramLabel = "NAME",
            description = "The activation of every layer, e.g. tanh ('activation-lab list' shows all).")
    private String activation;

    @Mixin
    private ParameterOptions parameters;

    @Option(names = "--init", required = true, paramLabel = "xavier|xavier_normal|he|lecun|normal",
            converter = WeightInitConverter.class,
            description = "The weight initialiser; normal needs --std.")
    private WeightInit init;

    @Option(names = "--layers", required = true, paramLabel = "L",
            description = "Number of layers, from " + DepthConfig.MIN_LAYERS + " to " + DepthConfig.MAX_LAYERS + ".")
    private int layers;

    @Option(names = "--width", required = true, paramLabel = "N",
            description = "Units per layer (and inputs), from " + DepthConfig.MIN_WIDTH + " to " + DepthConfig.MAX_WIDTH
                    + ".")
    private int width;

    @Option(names = "--std", paramLabel = "S", converter = FiniteDoubleConverter.class,
            description = "Standard deviation of the weights for --init normal (a finite number > 0).")
    private Double std;

    @Option(names = "--batch-norm", paramLabel = "off|before|after", converter = BatchNormConverter.class,
            defaultValue = "off",
            description = "Batch normalisation before or after each activation, or off (default: ${DEFAULT-VALUE}).")
    private BatchNormMode batchNorm;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "" + DepthConfig.DEFAULT_SEED,
            description = "Seed of the inputs, weights and output gradient (default: ${DEFAULT-VALUE}).")
    private long seed;

    @Override
    public Integer call() {
        Activation f = parameters.applyTo(activation);
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
                    .append(s.deadFraction()).append('\n');
        }
        PrintWriter out = spec.commandLine().getOut();
        out.write(csv.toString());
        out.flush();
        if (out.checkError()) {
            spec.commandLine().getErr().println(spec.qualifiedName() + ": could not write the output");
            return OneLineErrors.FAILURE;
        }
        return 0;
    }

    private DepthConfig config(Activation f) {
        if (init.takesStd() && std == null) {
            fail("--init normal needs --std S, the standard deviation of the weights (a finite number > 0)");
        }
        if (!init.takesStd() && std != null) {
            fail("--std applies only to --init normal, not to --init " + init.cliName());
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
