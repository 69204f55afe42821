package org.activationlab.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.activationlab.model.Activation;
import org.activationlab.model.Catalogue;
import org.activationlab.nn.DataCsv;
import org.activationlab.nn.DataFormatException;
import org.activationlab.nn.DataSplit;
import org.activationlab.nn.Dataset;
import org.activationlab.nn.Initializer;
import org.activationlab.nn.LayerKind;
import org.activationlab.nn.MetricsCsv;
import org.activationlab.nn.NetworkJson;
import org.activationlab.nn.NetworkSpec;
import org.activationlab.nn.OptimizerKind;
import org.activationlab.nn.ProblemType;
import org.activationlab.nn.Regularization;
import org.activationlab.nn.Task;
import org.activationlab.nn.Trainer;
import org.activationlab.nn.TrainingConfig;
import org.activationlab.nn.TrainingSnapshot;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code train}: trains a tiny network on a built-in task or a CSV file and writes
 * {@code data.csv}, {@code init.json}, {@code final.json} and {@code metrics.csv} to the output
 * directory (each atomically; an earlier run's files there are replaced). The same arguments
 * give byte-identical files.
 *
 * <p>Exit status: 0 after a finished run, {@value #EXIT_DIVERGED} when training diverged (the
 * files are still written, up to the diverging step), {@value #EXIT_USAGE} for bad arguments or
 * an unreadable or unwritable file, with one line on stderr.
 */
@Command(name = "train", sortOptions = false, usageHelpAutoWidth = true,
        description = {"Trains a tiny network (full-batch gradient descent by default) and writes",
            "DIR/data.csv, DIR/init.json, DIR/final.json and DIR/metrics.csv.",
            "Exit status: 0 done, 2 bad arguments, 3 training diverged."})
public final class TrainCommand implements Callable<Integer> {
    /** Exit status for bad arguments or files that cannot be read or written. */
    public static final int EXIT_USAGE = 2;
    /** Exit status of a run that diverged. */
    public static final int EXIT_DIVERGED = 3;
    /** The most steps one run may take. */
    public static final int MAX_STEPS = 1_000_000;
    /** The fewest and most generated points. */
    public static final int MIN_POINTS = 10;
    public static final int MAX_POINTS = DataCsv.MAX_ROWS;

    private static final int DEFAULT_POINTS = 200;
    private static final double DEFAULT_NOISE = 0.1;

    @Spec
    private CommandSpec spec;

    @Option(names = "--task", paramLabel = "TASK",
            description = "built-in data set: and, or, xor, circle, moons, spiral, gauss, checkerboard "
                    + "(classification) or sin, abs, step, cubic (1-D regression)")
    private String task;

    @Option(names = "--data", paramLabel = "FILE",
            description = "your own points instead of --task: CSV with header x1,x2,label (labels 0 or 1) or x,y")
    private Path dataFile;

    @Option(names = "--hidden", paramLabel = "UNITS", split = ",", defaultValue = "4,4",
            description = "units per hidden layer, 1 to 6 layers of 1 to 16 units (default: ${DEFAULT-VALUE})")
    private List<Integer> hidden;

    @Option(names = "--activation", paramLabel = "NAME", defaultValue = "relu",
            description = "activation of every hidden layer (default: ${DEFAULT-VALUE}); prelu learns its alpha, "
                    + "maxout learns k pieces per unit")
    private String activation;

    @Option(names = "--param", paramLabel = "KEY=VALUE", description = "a parameter of the activation, e.g. slope=0.1")
    private Map<String, Double> parameters = new LinkedHashMap<>();

    @Option(names = "--init", paramLabel = "SCHEME", defaultValue = "he",
            description = "initial weights: he, he_uniform, xavier, xavier_normal, lecun, uniform:A, normal:S, "
                    + "constant:C (default: ${DEFAULT-VALUE})")
    private String init;

    @Option(names = "--bias-init", paramLabel = "B", defaultValue = "0",
            description = "initial bias of every hidden unit (default: ${DEFAULT-VALUE}); -3 makes ReLU units die")
    private double biasInit;

    @Option(names = "--lr", paramLabel = "RATE", defaultValue = "0.1", description = "learning rate (default: ${DEFAULT-VALUE})")
    private double learningRate;

    @Option(names = "--steps", paramLabel = "N", defaultValue = "1000", description = "updates to make (default: ${DEFAULT-VALUE})")
    private int steps;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "1", description = "seeds data, weights and batches (default: ${DEFAULT-VALUE})")
    private long seed;

    @Option(names = "--out", paramLabel = "DIR", required = true, description = "directory for the four files (created if missing)")
    private Path out;

    @Option(names = "--points", paramLabel = "N", description = "points to generate, training and test together (default: 200)")
    private Integer points;

    @Option(names = "--noise", paramLabel = "SD", description = "standard deviation of the noise of generated points (default: 0.1)")
    private Double noise;

    @Option(names = "--test-fraction", paramLabel = "F", defaultValue = "0.2",
            description = "share of points held out for testing, 0 to 0.9 (default: ${DEFAULT-VALUE})")
    private double testFraction;

    @Option(names = "--optimizer", paramLabel = "NAME", defaultValue = "gd",
            description = "gd, momentum or adam (default: ${DEFAULT-VALUE})")
    private String optimizer;

    @Option(names = "--momentum", paramLabel = "MU", description = "momentum coefficient for --optimizer momentum (default: 0.9)")
    private Double momentum;

    @Option(names = "--batch", paramLabel = "N", description = "mini-batch size (default: the whole training set)")
    private Integer batch;

    @Option(names = "--l1", paramLabel = "C", defaultValue = "0", description = "L1 penalty on weights (default: ${DEFAULT-VALUE})")
    private double l1;

    @Option(names = "--l2", paramLabel = "C", defaultValue = "0",
            description = "L2 penalty on weights, as PyTorch's weight_decay (default: ${DEFAULT-VALUE})")
    private double l2;

    @Option(names = {"-h", "--help"}, usageHelp = true, description = "show this help and exit")
    private boolean help;

    /** A bad argument or file; the message is the one line for stderr. */
    private static final class UsageException extends Exception {
        UsageException(String message) {
            super(message);
        }
    }

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        try {
            return run(spec.commandLine().getOut(), err);
        } catch (UsageException e) {
            err.println(e.getMessage());
            err.flush();
            return EXIT_USAGE;
        }
    }

    private int run(PrintWriter stdout, PrintWriter stderr) throws UsageException {
        checkRange("--steps", steps, 0, MAX_STEPS);
        DataSplit data = data();
        TrainingConfig config = config(data.type());
        Path directory = outputDirectory();

        Trainer trainer = new Trainer(config, data);
        write(directory.resolve("data.csv"), w -> DataCsv.write(data.train(), w));
        String initial = NetworkJson.write(trainer.snapshot().weights());
        write(directory.resolve("init.json"), w -> w.write(initial));
        trainer.run(steps);
        TrainingSnapshot result = trainer.snapshot();
        write(directory.resolve("metrics.csv"), w -> MetricsCsv.write(result, w));
        write(directory.resolve("final.json"), w -> w.write(NetworkJson.write(result.weights())));

        if (result.divergence().isPresent()) {
            stderr.println("training " + result.divergence().get().message() + "; try a smaller --lr");
            stderr.flush();
            return EXIT_DIVERGED;
        }
        stdout.println(summary(result) + "; wrote data.csv, init.json, final.json, metrics.csv to " + directory);
        stdout.flush();
        return 0;
    }

    private DataSplit data() throws UsageException {
        if (task == null && dataFile == null) {
            throw new UsageException("give --task TASK (" + Task.names() + ") or --data FILE");
        }
        if (task != null && dataFile != null) {
            throw new UsageException("--task and --data exclude each other; give one");
        }
        try {
            if (task != null) {
                Task t = Task.byName(task);
                int n = points == null ? DEFAULT_POINTS : points;
                checkRange("--points", n, MIN_POINTS, MAX_POINTS);
                double sd = noise == null ? DEFAULT_NOISE : noise;
                requireNonNegative("--noise", sd);
                checkTestFraction();
                return t.split(n, testFraction, sd, seed);
            }
            if (points != null || noise != null) {
                throw new UsageException((points != null ? "--points" : "--noise")
                        + " applies to --task data sets, not to --data");
            }
            checkTestFraction();
            return DataSplit.split(readData(), testFraction, seed);
        } catch (IllegalArgumentException e) {
            throw new UsageException((task != null ? "--task: " : "--data " + dataFile + ": ") + e.getMessage());
        }
    }

    private Dataset readData() throws UsageException {
        try (Reader reader = Files.newBufferedReader(dataFile, StandardCharsets.UTF_8)) {
            return DataCsv.read(reader);
        } catch (NoSuchFileException e) {
            throw new UsageException("--data: no such file: " + dataFile);
        } catch (DataFormatException e) {
            throw new UsageException("--data " + dataFile + ": " + e.getMessage());
        } catch (IOException e) {
            throw new UsageException("--data: cannot read " + dataFile + ": " + describe(e));
        }
    }

    private TrainingConfig config(ProblemType type) throws UsageException {
        Activation function = activation();
        NetworkSpec network;
        try {
            network = new NetworkSpec(type, hidden, Collections.nCopies(hidden.size(), function));
        } catch (IllegalArgumentException e) {
            throw new UsageException("--hidden: " + e.getMessage());
        }
        Initializer initializer = parse("--init", () -> Initializer.parse(init));
        OptimizerKind kind = parse("--optimizer", () -> OptimizerKind.byName(optimizer));
        if (momentum != null && kind != OptimizerKind.MOMENTUM) {
            throw new UsageException("--momentum applies only to --optimizer momentum");
        }
        if (batch != null && batch < 1) {
            throw new UsageException("--batch: the batch size must be at least 1, got " + batch);
        }
        requireNonNegative("--l1", l1);
        requireNonNegative("--l2", l2);
        TrainingConfig defaults = TrainingConfig.defaults(network);
        TrainingConfig rate = parse("--lr", () -> defaults.withLearningRate(learningRate));
        TrainingConfig bias = parse("--bias-init", () -> rate.withBiasInit(biasInit));
        double mu = momentum == null ? TrainingConfig.DEFAULT_MOMENTUM : momentum;
        TrainingConfig withMomentum = parse("--momentum", () -> bias.withMomentum(mu));
        return withMomentum.withInitializer(initializer).withOptimizer(kind).withBatchSize(batch == null ? 0 : batch)
                .withRegularization(new Regularization(l1, l2)).withSeed(seed);
    }

    private Activation activation() throws UsageException {
        Activation function = parse("--activation", () -> Catalogue.get(activation));
        if (LayerKind.of(function) == LayerKind.MAXOUT) {
            List<String> pieces = new ArrayList<>(parameters.keySet());
            pieces.remove("k");
            if (!pieces.isEmpty()) {
                throw new UsageException("--param: in a network maxout learns its pieces; only k can be set, got "
                        + String.join(", ", pieces));
            }
        }
        return parse("--param", () -> function.with(parameters));
    }

    private Path outputDirectory() throws UsageException {
        try {
            return Files.createDirectories(out);
        } catch (FileAlreadyExistsException e) {
            throw new UsageException("--out: " + out + " exists and is not a directory");
        } catch (IOException e) {
            throw new UsageException("--out: cannot create " + out + ": " + describe(e));
        }
    }

    private void write(Path file, AtomicFiles.Content content) throws UsageException {
        try {
            AtomicFiles.write(file, content);
        } catch (IOException e) {
            throw new UsageException("--out: cannot write " + file + ": " + describe(e));
        }
    }

    private static String summary(TrainingSnapshot s) {
        StringBuilder sb = new StringBuilder("step " + s.step() + ": loss " + s.loss());
        boolean classification = s.weights().spec().type() == ProblemType.CLASSIFICATION;
        if (classification) {
            sb.append(", accuracy ").append(s.accuracy());
        }
        if (!s.data().test().isEmpty()) {
            sb.append(", test loss ").append(s.testLoss());
            if (classification) {
                sb.append(", test accuracy ").append(s.testAccuracy());
            }
        }
        return sb.toString();
    }

    private void checkTestFraction() throws UsageException {
        if (!(testFraction >= 0 && testFraction <= DataSplit.MAX_TEST_FRACTION)) {
            throw new UsageException("--test-fraction must be from 0 to " + DataSplit.MAX_TEST_FRACTION
                    + ", got " + testFraction);
        }
    }

    private static void checkRange(String option, int value, int min, int max) throws UsageException {
        if (value < min || value > max) {
            throw new UsageException(option + " must be an integer from " + min + " to " + max + ", got " + value);
        }
    }

    private static void requireNonNegative(String option, double value) throws UsageException {
        if (!(value >= 0 && Double.isFinite(value))) {
            throw new UsageException(option + " must be a finite number >= 0, got " + value);
        }
    }

    /** Why a file operation failed, in a few words. */
    private static String describe(IOException e) {
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof NoSuchFileException) {
            return "no such file or directory";
        }
        if (e instanceof FileSystemException f && f.getReason() != null) {
            return f.getReason();
        }
        return e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName();
    }

    @FunctionalInterface
    private interface Parser<T> {
        T parse();
    }

    /** Runs a model or nn parser, turning its IllegalArgumentException into a usage error for {@code option}. */
    private static <T> T parse(String option, Parser<T> parser) throws UsageException {
        try {
            return parser.parse();
        } catch (IllegalArgumentException e) {
            throw new UsageException(option + ": " + e.getMessage());
        }
    }
}
