package org.activationlab.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Supplier;
import org.activationlab.export.AtomicFiles;
import org.activationlab.export.ExportException;
import org.activationlab.export.ExportFormat;
import org.activationlab.export.FigureExporter;
import org.activationlab.model.Numbers;
import org.activationlab.nn.Initializer;
import org.activationlab.nn.NetworkSpec;
import org.activationlab.nn.OptimizerKind;
import org.activationlab.nn.Task;
import org.activationlab.nn.UnitKind;
import org.activationlab.plot.RenderOptions;
import org.activationlab.plot.shootout.ShootoutFigures;
import org.activationlab.shootout.Contender;
import org.activationlab.shootout.DataFile;
import org.activationlab.shootout.ShootoutCsv;
import org.activationlab.shootout.ShootoutPlan;
import org.activationlab.shootout.ShootoutResult;
import org.activationlab.shootout.ShootoutRunner;
import org.activationlab.shootout.ShootoutTask;
import org.activationlab.shootout.Verdicts;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code shootout}: trains every activation on every task (built-in tasks of {@code --task}, CSV files of
 * {@code --data}, repeatable) with many seeds (see {@link ShootoutPlan})
 * on {@code --threads} threads and writes {@code runs.csv}, {@code curves.csv} and {@code summary.csv}
 * ({@link ShootoutCsv}) atomically to the output directory; prints the verdicts ({@link Verdicts}) in
 * the chosen language. The same arguments give byte-identical files for any number of threads.
 * With {@code --figure FILE} it also draws the distributions ({@link ShootoutFigures#overview}) as
 * PNG, SVG or PDF.
 */
@Command(name = "shootout", sortOptions = false, sortSynopsis = false)
final class ShootoutCommand implements Callable<Integer> {
    /** The most seeds. */
    static final int MAX_SEEDS = 100;
    /** The most threads. */
    static final int MAX_THREADS = 256;
    /** The formats {@code --figure} writes. */
    private static final Set<ExportFormat> FIGURE_FORMATS = Set.of(ExportFormat.PNG, ExportFormat.SVG, ExportFormat.PDF);
    /** The width of the {@code --figure} drawing, in units (pixels, points). */
    static final int FIGURE_WIDTH = 1000;
    /** Its height per panel. */
    static final int PANEL_HEIGHT = 260;
    /** Its height for the title and the activations' names. */
    static final int FIGURE_TOP = 110;

    @Spec
    private CommandSpec spec;

    @Option(names = "--activations", paramLabel = "NAMES", split = ",", preprocessor = CommaList.class,
            descriptionKey = "shootout.activations")
    private List<String> activations = new ArrayList<>();

    @Option(names = "--formula", paramLabel = "EXPR", descriptionKey = "shootout.formula")
    private List<String> formulas = new ArrayList<>();

    @Mixin
    private ParameterOptions parameters;

    @Option(names = "--task", paramLabel = "TASKS", split = ",", preprocessor = CommaList.class,
            descriptionKey = "shootout.task")
    private List<String> tasks = new ArrayList<>();

    @Option(names = "--data", paramLabel = "FILE", converter = PathConverter.class, descriptionKey = "shootout.data")
    private List<Path> dataFiles = new ArrayList<>();

    @Option(names = "--hidden", paramLabel = "UNITS", split = ",", defaultValue = "8,8", preprocessor = CommaList.class,
            descriptionKey = "shootout.hidden")
    private List<Integer> hidden;

    @Option(names = "--points", paramLabel = "N", defaultValue = "200", descriptionKey = "shootout.points")
    private int points;

    @Option(names = "--steps", paramLabel = "N", defaultValue = "1000", descriptionKey = "shootout.steps")
    private int steps;

    @Option(names = "--seeds", paramLabel = "N", defaultValue = "10", descriptionKey = "shootout.seeds")
    private int seeds;

    @Option(names = "--lr", paramLabel = "RATE", defaultValue = "0.1", converter = FiniteDoubleConverter.class,
            descriptionKey = "shootout.lr")
    private double learningRate;

    @Option(names = "--lr-grid", paramLabel = "RATES", split = ",", preprocessor = CommaList.class,
            converter = FiniteDoubleConverter.class, descriptionKey = "shootout.lr-grid")
    private List<Double> grid = new ArrayList<>();

    @Option(names = "--init", paramLabel = "default|he|xavier|lecun", defaultValue = "default",
            descriptionKey = "shootout.init")
    private String init;

    @Option(names = "--optimizer", paramLabel = "NAME", defaultValue = "gd", descriptionKey = "shootout.optimizer")
    private String optimizer;

    @Option(names = "--batch", paramLabel = "N", descriptionKey = "shootout.batch")
    private Integer batch;

    @Option(names = "--target-accuracy", paramLabel = "A", defaultValue = "0.95", converter = FiniteDoubleConverter.class,
            descriptionKey = "shootout.target-accuracy")
    private double targetAccuracy;

    @Option(names = "--baseline", paramLabel = "NAME", descriptionKey = "shootout.baseline")
    private String baseline;

    @Option(names = "--threads", paramLabel = "N", descriptionKey = "shootout.threads")
    private Integer threads;

    @Option(names = "--out", paramLabel = "DIR", required = true, converter = PathConverter.class,
            descriptionKey = "shootout.out")
    private Path out;

    @Option(names = "--figure", paramLabel = "FILE", converter = PathConverter.class, descriptionKey = "shootout.figure")
    private Path figure;

    @Option(names = "--match-params", descriptionKey = "shootout.match-params")
    private boolean matchParameters;

    @Override
    public Integer call() {
        ShootoutPlan plan = plan();
        checkFigureFormat();
        int threadCount = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
        if (threadCount < 1 || threadCount > MAX_THREADS) {
            throw fail(CliTexts.format("error.integerRange", "--threads", 1, MAX_THREADS, threadCount));
        }
        Path directory = outputDirectory();
        ExecutorService pool = Executors.newFixedThreadPool(threadCount, runnable -> {
            Thread t = new Thread(runnable, "shootout");
            t.setDaemon(true);
            return t;
        });
        ShootoutResult result;
        try {
            result = ShootoutRunner.run(plan, pool, () -> false, (run, done, total) -> { });
        } finally {
            pool.shutdownNow();
        }
        write(directory.resolve("runs.csv"), ShootoutCsv.runs(result));
        write(directory.resolve("curves.csv"), ShootoutCsv.curves(result));
        write(directory.resolve("summary.csv"), ShootoutCsv.summary(result));
        if (figure != null) {
            writeFigure(result);
        }
        PrintWriter stdout = spec.commandLine().getOut();
        Verdicts.of(result, Locale.getDefault()).forEach(stdout::println);
        stdout.println(CliTexts.format("shootout.wrote", result.runs().size(), directory));
        if (figure != null) {
            stdout.println(CliTexts.format("shootout.wroteFigure", figure));
        }
        stdout.flush();
        if (stdout.checkError()) {
            return OneLineErrors.outputFailed(spec.commandLine());
        }
        return 0;
    }

    /** The plan from the options, every value checked as {@code train} checks it. */
    private ShootoutPlan plan() {
        List<Contender> contenders = contenders();
        List<ShootoutTask> chosenTasks = tasks();
        checked("--hidden", () -> NetworkSpec.of(chosenTasks.get(0).type(), contenders.get(0).spec(),
                hidden.stream().mapToInt(Integer::intValue).toArray()));
        range("--points", points, TrainCommand.MIN_POINTS, TrainCommand.MAX_POINTS);
        range("--steps", steps, 1, TrainCommand.MAX_STEPS);
        range("--seeds", seeds, 1, MAX_SEEDS);
        List<Double> rates = rates();
        Optional<Initializer> initializer = initializer();
        OptimizerKind kind = checked("--optimizer", () -> OptimizerKind.byName(optimizer));
        if (batch != null && batch < 1) {
            throw fail(CliTexts.format("error.train.batch", batch));
        }
        if (!(targetAccuracy > 0 && targetAccuracy <= 1)) {
            throw fail(CliTexts.format("error.shootout.target", Numbers.format(targetAccuracy)));
        }
        int base = 0;
        if (baseline != null) {
            List<String> labels = contenders.stream().map(Contender::label).toList();
            base = labels.indexOf(baseline.strip());
            if (base < 0) {
                throw fail(CliTexts.format("error.shootout.baseline", baseline, String.join(", ", labels)));
            }
        }
        return new ShootoutPlan(contenders, chosenTasks, hidden, points, steps, seeds, rates, initializer, kind,
                batch == null ? 0 : batch, targetAccuracy, base, matchParameters);
    }

    private List<Contender> contenders() {
        if (activations.isEmpty() && formulas.isEmpty()) {
            throw fail(CliTexts.get("error.shootout.noActivation"));
        }
        if (!parameters.keys().isEmpty() && formulas.isEmpty()) {
            throw fail(CliTexts.get("error.shootout.paramWithoutFormula"));
        }
        List<Contender> contenders = new ArrayList<>();
        for (String name : activations) {
            Contender c = checked("--activations", () -> Contender.parse(name));
            Set<String> used = UnitKind.of(c.spec().resolve()).networkParameters().keySet();
            List<String> learned = Contender.changedParameters(c.spec()).keySet().stream()
                    .filter(key -> !used.contains(key)).toList();
            if (!learned.isEmpty()) {
                throw fail(CliTexts.format("error.train.learnedParameters", c.spec().name(), String.join(", ", used),
                        String.join(", ", learned)));
            }
            contenders.add(c);
        }
        for (String formula : formulas) {
            contenders.add(Contender.of(parameters.declareFor(formula)));
        }
        Set<String> labels = new HashSet<>();
        for (Contender c : contenders) {
            if (!labels.add(c.label())) {
                throw fail(CliTexts.format("error.shootout.twice", "--activations", c.label()));
            }
        }
        return contenders;
    }

    /**
     * The built-in tasks of {@code --task}, then the files of {@code --data}, each read once and checked as
     * {@code train --data} reads it; {@code --points} only with {@code --task}.
     */
    private List<ShootoutTask> tasks() {
        if (tasks.isEmpty() && dataFiles.isEmpty()) {
            throw fail(CliTexts.format("error.train.noData", Task.names()));
        }
        if (tasks.isEmpty() && spec.commandLine().getParseResult().hasMatchedOption("--points")) {
            throw fail(CliTexts.format("error.train.onlyForTask", "--points"));
        }
        List<Task> builtIn = new ArrayList<>();
        for (String name : tasks) {
            Task t = checked("--task", () -> Task.byName(name.strip()));
            if (builtIn.contains(t)) {
                throw fail(CliTexts.format("error.shootout.twice", "--task", t.cliName()));
            }
            builtIn.add(t);
        }
        List<DataFile> files = new ArrayList<>();
        for (Path file : dataFiles) {
            files.add(DataFiles.read(spec.commandLine(), file));
        }
        return checked("--data", () -> ShootoutTask.of(builtIn, files));
    }

    private List<Double> rates() {
        boolean both = spec.commandLine().getParseResult().hasMatchedOption("--lr") && !grid.isEmpty();
        if (both) {
            throw fail(CliTexts.format("picocli.exclusive", "--lr=RATE, --lr-grid=RATES"));
        }
        List<Double> rates = grid.isEmpty() ? List.of(learningRate) : grid;
        for (double rate : rates) {
            if (!(rate > 0)) {
                throw fail(CliTexts.format("error.shootout.rate", grid.isEmpty() ? "--lr" : "--lr-grid",
                        Numbers.format(rate)));
            }
        }
        if (new HashSet<>(rates).size() < rates.size()) {
            throw fail(CliTexts.format("error.shootout.twice", "--lr-grid", grid));
        }
        return rates;
    }

    /** Empty for {@code default} (the per-activation table), else the one initialiser for all. */
    private Optional<Initializer> initializer() {
        return switch (init.strip().toLowerCase(Locale.ROOT)) {
            case "default" -> Optional.empty();
            case "he" -> Optional.of(Initializer.heNormal());
            case "xavier" -> Optional.of(Initializer.xavierUniform());
            case "lecun" -> Optional.of(Initializer.lecunNormal());
            default -> throw fail(CliTexts.format("error.shootout.init", init));
        };
    }

    private void range(String option, int value, int min, int max) {
        if (value < min || value > max) {
            throw fail(CliTexts.format("error.integerRange", option, min, max, value));
        }
    }

    private Path outputDirectory() {
        try {
            return Files.createDirectories(out);
        } catch (FileAlreadyExistsException e) {
            throw fail(CliTexts.format("error.train.notDirectory", out));
        } catch (IOException e) {
            throw fail(CliTexts.format("error.train.cannotCreate", out, e.getMessage()));
        }
    }

    /** Refuses a {@code --figure} whose extension is not png, svg or pdf, before anything runs. */
    private void checkFigureFormat() {
        if (figure == null) {
            return;
        }
        try {
            if (FIGURE_FORMATS.contains(ExportFormat.of(figure))) {
                return;
            }
        } catch (ExportException e) {
            // the message below names the value and the allowed extensions
        }
        throw fail(CliTexts.format("error.shootout.figure", figure));
    }

    /**
     * Draws {@link ShootoutFigures#overview} to {@code --figure} through the export path of the
     * {@code export} command ({@link FigureExporter}, written atomically), {@value #FIGURE_WIDTH} units
     * wide and {@value #PANEL_HEIGHT} high per panel.
     */
    private void writeFigure(ShootoutResult result) {
        if (System.getProperty("java.awt.headless") == null) {
            System.setProperty("java.awt.headless", "true");
        }
        int height = FIGURE_TOP + PANEL_HEIGHT * ShootoutFigures.overviewPanels(result.plan());
        try {
            FigureExporter.export(ShootoutFigures.overview(result), null, figure,
                    new FigureExporter.Settings(FIGURE_WIDTH, height, 1, RenderOptions.DEFAULT));
        } catch (ExportException e) {
            throw fail("--figure: " + e.getMessage());
        }
    }

    private void write(Path file, String text) {
        try {
            AtomicFiles.writeText(file, w -> w.write(text));
        } catch (ExportException e) {
            throw fail("--out: " + e.getMessage());
        }
    }

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
