package org.activationlab.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.activationlab.export.AtomicFiles;
import org.activationlab.export.ExportException;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import org.activationlab.json.NetworkJson;
import org.activationlab.model.ActivationSpec;
import org.activationlab.model.Gate;
import org.activationlab.model.GatedSpec;
import org.activationlab.model.Numbers;
import org.activationlab.nn.DataCsv;
import org.activationlab.nn.DataSplit;
import org.activationlab.nn.Dataset;
import org.activationlab.nn.Initializer;
import org.activationlab.nn.MetricsCsv;
import org.activationlab.nn.NetworkSpec;
import org.activationlab.nn.OptimizerKind;
import org.activationlab.nn.ParameterMatch;
import org.activationlab.nn.ProblemType;
import org.activationlab.nn.Regularization;
import org.activationlab.nn.Task;
import org.activationlab.nn.Trainer;
import org.activationlab.nn.TrainingConfig;
import org.activationlab.nn.TrainingSnapshot;
import org.activationlab.nn.UnitKind;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code train}: trains a tiny network on a built-in task or a CSV file and writes
 * {@code data.csv}, {@code init.json}, {@code final.json} and {@code metrics.csv} to the output
 * directory, each atomically (an earlier run's files there are replaced). The same arguments
 * give byte-identical files.
 *
 * <p>Bad arguments and unreadable or unwritable files are {@link ParameterException}s, which the
 * root command reports as one line and exit status 2. A run that diverges still writes its
 * files (up to the diverging step), prints one line naming the step and the reason, and exits
 * with {@value #EXIT_DIVERGED}.
 */
@Command(name = "train", sortOptions = false, sortSynopsis = false)
final class TrainCommand implements Callable<Integer> {
    /** Exit status of a run that diverged. */
    static final int EXIT_DIVERGED = 3;
    /** The most steps one run may take. */
    static final int MAX_STEPS = 1_000_000;
    /** The fewest generated points. */
    static final int MIN_POINTS = 10;
    /** The most generated points. */
    static final int MAX_POINTS = DataCsv.MAX_ROWS;

    /**
     * The most noise ({@code --noise}, a standard deviation) of generated points: the tasks' points
     * lie within about [-1.5, 1.5], so noise of 10 already hides every pattern; more would only
     * risk overflow.
     */
    static final double MAX_NOISE = 10;
    /**
     * The largest bound, standard deviation or constant of {@code --init uniform:A}, {@code normal:S}
     * and {@code constant:C}: with at most 6 hidden layers of 16 units, weights of this size keep
     * the first forward pass finite (so a run cannot "diverge" before its first step).
     */
    static final double MAX_INIT_VALUE = 100;

    private static final int DEFAULT_POINTS = 200;
    private static final double DEFAULT_NOISE = 0.1;

    @Spec
    private CommandSpec spec;

    @Option(names = "--task", paramLabel = "TASK",
            descriptionKey = "train.task")
    private String task;

    @Option(names = "--data", paramLabel = "FILE", converter = PathConverter.class,
            descriptionKey = "train.data")
    private Path dataFile;

    @Option(names = "--hidden", paramLabel = "UNITS", split = ",", defaultValue = "4,4", preprocessor = CommaList.class,
            descriptionKey = "train.hidden")
    private List<Integer> hidden;

    @Option(names = "--activation", paramLabel = "NAME", defaultValue = "relu",
            descriptionKey = "train.activation")
    private String activation;

    @Option(names = "--formula", paramLabel = "EXPR", descriptionKey = "train.formula")
    private String formula;

    @Mixin
    private ParameterOptions parameters;

    @Option(names = "--match-params", descriptionKey = "train.match-params")
    private boolean matchParameters;

    @Option(names = "--init", paramLabel = "SCHEME", defaultValue = "he",
            descriptionKey = "train.init")
    private String init;

    @Option(names = "--bias-init", paramLabel = "B", defaultValue = "0", converter = FiniteDoubleConverter.class,
            descriptionKey = "train.bias-init")
    private double biasInit;

    @Option(names = "--lr", paramLabel = "RATE", defaultValue = "0.1", converter = FiniteDoubleConverter.class,
            descriptionKey = "train.lr")
    private double learningRate;

    @Option(names = "--steps", paramLabel = "N", defaultValue = "1000",
            descriptionKey = "train.steps")
    private int steps;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "1",
            descriptionKey = "train.seed")
    private long seed;

    @Option(names = "--out", paramLabel = "DIR", required = true, converter = PathConverter.class,
            descriptionKey = "train.out")
    private Path out;

    @Option(names = "--points", paramLabel = "N",
            descriptionKey = "train.points")
    private Integer points;

    @Option(names = "--noise", paramLabel = "SD", converter = FiniteDoubleConverter.class,
            descriptionKey = "train.noise")
    private Double noise;

    @Option(names = "--test-fraction", paramLabel = "F", defaultValue = "0.2", converter = FiniteDoubleConverter.class,
            descriptionKey = "train.test-fraction")
    private double testFraction;

    @Option(names = "--optimizer", paramLabel = "NAME", defaultValue = "gd",
            descriptionKey = "train.optimizer")
    private String optimizer;

    @Option(names = "--momentum", paramLabel = "MU", converter = FiniteDoubleConverter.class,
            descriptionKey = "train.momentum")
    private Double momentum;

    @Option(names = "--batch", paramLabel = "N", descriptionKey = "train.batch")
    private Integer batch;

    @Option(names = "--l1", paramLabel = "C", defaultValue = "0", converter = FiniteDoubleConverter.class,
            descriptionKey = "train.l1")
    private double l1;

    @Option(names = "--l2", paramLabel = "C", defaultValue = "0", converter = FiniteDoubleConverter.class,
            descriptionKey = "train.l2")
    private double l2;

    @Override
    public Integer call() {
        if (steps < 0 || steps > MAX_STEPS) {
            throw fail(CliTexts.format("error.integerRange", "--steps", 0, MAX_STEPS, steps));
        }
        DataSplit data = data();
        TrainingConfig config = config(data.type());
        Path directory = outputDirectory();

        Trainer trainer = new Trainer(config, data);
        write(directory.resolve("data.csv"), w -> DataCsv.write(data.train(), w));
        String initial = NetworkJson.write(trainer.snapshot().weights());
        write(directory.resolve("init.json"), w -> w.write(initial));
        write(directory.resolve("metrics.csv"), w -> MetricsCsv.train(trainer, steps, List.of(), w));
        TrainingSnapshot result = trainer.snapshot();
        write(directory.resolve("final.json"), w -> w.write(NetworkJson.write(result.weights())));

        if (result.divergence().isPresent()) {
            PrintWriter err = spec.commandLine().getErr();
            err.println(spec.qualifiedName() + ": "
                    + CliTexts.format("train.diverged", result.divergence().get().message()));
            err.flush();
            return EXIT_DIVERGED;
        }
        PrintWriter stdout = spec.commandLine().getOut();
        stdout.println(CliTexts.format("train.wrote", summary(result), directory));
        stdout.flush();
        return 0;
    }

    private DataSplit data() {
        if (task == null && dataFile == null) {
            throw fail(CliTexts.format("error.train.noData", Task.names()));
        }
        if (task != null && dataFile != null) {
            throw fail(CliTexts.get("error.train.taskAndData"));
        }
        if (!(testFraction >= 0 && testFraction <= DataSplit.MAX_TEST_FRACTION)) {
            throw fail(CliTexts.format("error.train.testFraction", Numbers.format(DataSplit.MAX_TEST_FRACTION),
                    Numbers.format(testFraction)));
        }
        if (task == null) {
            if (points != null || noise != null) {
                throw fail(CliTexts.format("error.train.onlyForTask", points != null ? "--points" : "--noise"));
            }
            Dataset all = DataFiles.read(spec.commandLine(), dataFile).data();
            return checked("--data " + dataFile, () -> DataSplit.split(all, testFraction, seed));
        }
        Task t = checked("--task", () -> Task.byName(task));
        int n = points == null ? DEFAULT_POINTS : points;
        if (n < MIN_POINTS || n > MAX_POINTS) {
            throw fail(CliTexts.format("error.integerRange", "--points", MIN_POINTS, MAX_POINTS, n));
        }
        double sd = noise == null ? DEFAULT_NOISE : noise;
        if (sd < 0 || sd > MAX_NOISE) {
            throw fail(CliTexts.format("error.range", "--noise", Numbers.format(0.0), Numbers.format(MAX_NOISE),
                    Numbers.format(sd)));
        }
        return t.split(n, testFraction, sd, seed);
    }

    private TrainingConfig config(ProblemType type) {
        ActivationSpec function = activation();
        NetworkSpec asGiven = checked("--hidden", () -> new NetworkSpec(type, hidden,
                Collections.nCopies(hidden.size(), function)));
        if (matchParameters && !(function instanceof GatedSpec)) {
            throw fail(CliTexts.format("error.train.matchParams", function.name(), String.join(", ", Gate.names())));
        }
        NetworkSpec network = matchParameters ? ParameterMatch.matched(asGiven) : asGiven;
        Initializer initializer = checked("--init", () -> Initializer.parse(init));
        if (Math.abs(initializer.value()) > MAX_INIT_VALUE) {
            String scheme = initializer.scheme().cliName();
            throw fail(initializer.scheme() == Initializer.Scheme.CONSTANT
                    ? CliTexts.format("error.train.initConstant", scheme, Numbers.format(MAX_INIT_VALUE),
                            Numbers.format(initializer.value()))
                    : CliTexts.format("error.train.initScale", scheme, Numbers.format(MAX_INIT_VALUE),
                            Numbers.format(initializer.value())));
        }
        OptimizerKind kind = checked("--optimizer", () -> OptimizerKind.byName(optimizer));
        if (momentum != null && kind != OptimizerKind.MOMENTUM) {
            throw fail(CliTexts.get("error.train.momentum"));
        }
        if (batch != null && batch < 1) {
            throw fail(CliTexts.format("error.train.batch", batch));
        }
        if (l1 < 0 || l2 < 0) {
            throw fail(CliTexts.format("error.notNegative", l1 < 0 ? "--l1" : "--l2", Numbers.format(l1 < 0 ? l1 : l2)));
        }
        TrainingConfig defaults = TrainingConfig.defaults(network);
        TrainingConfig rate = checked("--lr", () -> defaults.withLearningRate(learningRate));
        double mu = momentum == null ? TrainingConfig.DEFAULT_MOMENTUM : momentum;
        TrainingConfig withMomentum = checked("--momentum", () -> rate.withMomentum(mu));
        return withMomentum.withBiasInit(biasInit).withInitializer(initializer).withOptimizer(kind)
                .withBatchSize(batch == null ? 0 : batch).withRegularization(new Regularization(l1, l2)).withSeed(seed);
    }

    private ActivationSpec activation() {
        if (formula != null) {
            if (spec.commandLine().getParseResult().hasMatchedOption("--activation")) {
                throw fail(CliTexts.format("picocli.exclusive", "--activation=NAME, --formula=EXPR"));
            }
            return parameters.declareFor(formula);
        }
        if (!ActivationSpec.isKnownName(activation)) {
            throw fail("--activation: " + ActivationSpec.unknownLayerName(activation).getMessage());
        }
        ActivationSpec function = checked("--param", () -> parameters.applyToLayer(activation));
        Set<String> used = UnitKind.of(function.resolve()).networkParameters().keySet();
        List<String> learned = parameters.keys().stream().filter(key -> !used.contains(key)).toList();
        if (!learned.isEmpty()) {
            throw fail(CliTexts.format("error.train.learnedParameters", function.name(), String.join(", ", used),
                    String.join(", ", learned)));
        }
        return function;
    }

    private Path outputDirectory() {
        try {
            return Files.createDirectories(out);
        } catch (FileAlreadyExistsException e) {
            throw fail(CliTexts.format("error.train.notDirectory", out));
        } catch (IOException e) {
            throw fail(CliTexts.format("error.train.cannotCreate", out, describe(e)));
        }
    }

    private void write(Path file, AtomicFiles.TextContent content) {
        try {
            AtomicFiles.writeText(file, content);
        } catch (ExportException e) {
            throw fail("--out: " + e.getMessage());
        }
    }

    private static String summary(TrainingSnapshot s) {
        StringBuilder sb = new StringBuilder(CliTexts.format("train.summary.loss", s.step(), s.loss()));
        boolean classification = s.weights().spec().type() == ProblemType.CLASSIFICATION;
        if (classification) {
            sb.append(CliTexts.format("train.summary.accuracy", s.accuracy()));
        }
        if (!s.data().test().isEmpty()) {
            sb.append(CliTexts.format("train.summary.testLoss", s.testLoss()));
            if (classification) {
                sb.append(CliTexts.format("train.summary.testAccuracy", s.testAccuracy()));
            }
        }
        return sb.toString();
    }

    /** Why a file operation failed, in a few words. */
    static String describe(IOException e) {
        if (e instanceof AccessDeniedException) {
            return CliTexts.get("io.permissionDenied");
        }
        if (e instanceof NoSuchFileException) {
            return CliTexts.get("io.noSuchFile");
        }
        if (e instanceof FileSystemException f && f.getReason() != null) {
            return f.getReason();
        }
        return e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName();
    }

    /** Runs a model or nn constructor or parser; its IllegalArgumentException becomes bad input for {@code what}. */
    private <T> T checked(String what, Supplier<T> step) {
        try {
            return step.get();
        } catch (IllegalArgumentException e) {
            throw fail(what + ": " + e.getMessage());
        }
    }

    private ParameterException fail(String message) {
        return new ParameterException(spec.commandLine(), message);
    }
}
