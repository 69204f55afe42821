package org.activationlab.ui.shootout;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.activationlab.model.ActivationSpec;
import org.activationlab.nn.Initializer;
import org.activationlab.nn.NetworkSpec;
import org.activationlab.nn.OptimizerKind;
import org.activationlab.nn.Task;
import org.activationlab.shootout.Contender;
import org.activationlab.shootout.ShootoutPlan;
import org.activationlab.shootout.ShootoutTask;

/**
 * What the Shoot-out tab is set to run: the contenders (catalogue functions with their parameters,
 * formulas, gated units), the tasks and network, the initialiser, optimiser, batch, steps, seeds,
 * one learning rate or a grid to tune over, the baseline and the target accuracy. The points per built-in
 * task are the {@code shootout} command's default, {@value #POINTS}; a CSV file's runs use all of its points.
 *
 * @param activations the contenders in the order chosen, no two equal
 * @param tasks the built-in tasks in the order chosen
 * @param files the CSV files chosen as tasks, in the order added, no file twice; they come after the
 *              built-in tasks, and a file whose points could not be read is left out of the runs
 * @param layers hidden layers, each of {@code units} units
 * @param units units per hidden layer
 * @param matchParameters whether gated units get fewer units, to the element-wise network's parameter count
 * @param initializer one initialiser for all, or empty for each activation's default
 * @param optimizer the optimiser
 * @param batch the mini-batch size, 0 for the whole training set
 * @param steps updates per run
 * @param seeds runs per activation and task, seeds 1 to this
 * @param learningRate the learning rate of every run, when the rate is not tuned
 * @param rateGrid the rates tried when the rate is tuned, at least two, ascending
 * @param tuneRate whether each activation gets the best rate of {@code rateGrid} on a validation split
 * @param baseline the contender the others are compared with; the first chosen when it is not chosen
 * @param targetAccuracy the training accuracy that counts as reached
 */
public record ShootoutState(List<ActivationSpec> activations, List<Task> tasks, List<TaskFile> files, int layers,
                            int units,
                            boolean matchParameters, Optional<Initializer> initializer, OptimizerKind optimizer,
                            int batch, int steps, int seeds, double learningRate, List<Double> rateGrid,
                            boolean tuneRate, ActivationSpec baseline, double targetAccuracy) {
    /** Points per task, training and test together: the command's default. */
    public static final int POINTS = 200;
    /** The most seeds. */
    public static final int MAX_SEEDS = 100;
    /** The most steps a run may take here (a shoot-out multiplies them by the runs). */
    public static final int MAX_STEPS = 20_000;
    /** The most hidden layers. */
    public static final int MAX_LAYERS = 4;
    /** The most units per hidden layer: a network's limit ({@link NetworkSpec#MAX_UNITS}), as in the Training tab. */
    public static final int MAX_UNITS = NetworkSpec.MAX_UNITS;
    /** The learning rates offered, alone or in the grid. */
    public static final List<Double> RATES = List.of(0.001, 0.003, 0.01, 0.03, 0.1, 0.3, 1.0);
    /** The grid a user starts from. */
    public static final List<Double> DEFAULT_GRID = List.of(0.01, 0.03, 0.1, 0.3);
    /** The target accuracies offered. */
    public static final List<Double> TARGETS = List.of(0.8, 0.9, 0.95, 0.99);
    /** The initialisers offered for all activations (those without a number, as {@code --init} names them). */
    public static final List<Initializer> INITIALIZERS = List.of(Initializer.heNormal(), Initializer.heUniform(),
            Initializer.xavierUniform(), Initializer.xavierNormal(), Initializer.lecunNormal());
    /** The batch sizes offered; 0 is the whole training set. */
    public static final List<Integer> BATCHES = List.of(0, 8, 16, 32, 64);

    /** ReLU against tanh on the circle with 10 seeds: the question the issue starts from. */
    public static final ShootoutState INITIAL = new ShootoutState(
            List.of(ActivationSpec.of("relu"), ActivationSpec.of("tanh")), List.of(Task.CIRCLE), 2, 8, false,
            Optional.empty(), OptimizerKind.GD, 0, 1000, 10, 0.1, DEFAULT_GRID, false, ActivationSpec.of("relu"), 0.95);

    /** @throws IllegalArgumentException naming the first value out of range and what is allowed */
    public ShootoutState {
        activations = List.copyOf(activations);
        tasks = List.copyOf(tasks);
        files = List.copyOf(files);
        rateGrid = List.copyOf(rateGrid);
        Objects.requireNonNull(initializer, "initializer");
        Objects.requireNonNull(optimizer, "optimizer");
        Objects.requireNonNull(baseline, "baseline");
        check(activations.stream().distinct().count() == activations.size(), "activations", "no activation twice",
                activations);
        check(tasks.stream().distinct().count() == tasks.size(), "tasks", "no task twice", tasks);
        check(files.stream().map(TaskFile::identity).distinct().count() == files.size(),
                "files", "no file twice", files.stream().map(TaskFile::path).toList());
        check(layers >= 1 && layers <= MAX_LAYERS, "layers", "1 to " + MAX_LAYERS, layers);
        check(units >= 1 && units <= MAX_UNITS, "units", "1 to " + MAX_UNITS, units);
        check(batch >= 0, "batch", "0 (the whole set) or more", batch);
        check(steps >= 1 && steps <= MAX_STEPS, "steps", "1 to " + MAX_STEPS, steps);
        check(seeds >= 1 && seeds <= MAX_SEEDS, "seeds", "1 to " + MAX_SEEDS, seeds);
        check(learningRate > 0 && Double.isFinite(learningRate), "learningRate", "a finite number > 0", learningRate);
        check(rateGrid.size() >= 2 && rateGrid.stream().allMatch(r -> r > 0 && Double.isFinite(r))
                && rateGrid.equals(rateGrid.stream().distinct().sorted().toList()), "rateGrid",
                "two or more different finite rates > 0, ascending", rateGrid);
        check(targetAccuracy > 0 && targetAccuracy <= 1, "targetAccuracy", "a number in (0, 1]", targetAccuracy);
    }

    /** The settings {@code activations} to {@code targetAccuracy} with no CSV file among the tasks. */
    public ShootoutState(List<ActivationSpec> activations, List<Task> tasks, int layers, int units,
                         boolean matchParameters, Optional<Initializer> initializer, OptimizerKind optimizer,
                         int batch, int steps, int seeds, double learningRate, List<Double> rateGrid,
                         boolean tuneRate, ActivationSpec baseline, double targetAccuracy) {
        this(activations, tasks, List.of(), layers, units, matchParameters, initializer, optimizer, batch, steps,
                seeds, learningRate, rateGrid, tuneRate, baseline, targetAccuracy);
    }

    private static void check(boolean ok, String field, String allowed, Object got) {
        if (!ok) {
            throw new IllegalArgumentException(field + ": expected " + allowed + ", got " + got);
        }
    }

    /** This state with {@code activation} added at the end (unchanged when it is there already). */
    public ShootoutState withActivationAdded(ActivationSpec activation) {
        if (activations.contains(activation)) {
            return this;
        }
        List<ActivationSpec> more = new ArrayList<>(activations);
        more.add(activation);
        return withActivations(more);
    }

    /** This state without {@code activation}. */
    public ShootoutState withActivationRemoved(ActivationSpec activation) {
        return withActivations(activations.stream().filter(a -> !a.equals(activation)).toList());
    }

    /**
     * This state with contender {@code index} replaced by {@code now} (e.g. with other parameters);
     * the baseline follows it. Unchanged when {@code now} is another contender already.
     */
    public ShootoutState withActivationAt(int index, ActivationSpec now) {
        if (activations.contains(now)) {
            return this;
        }
        ActivationSpec old = activations.get(index);
        List<ActivationSpec> replaced = new ArrayList<>(activations);
        replaced.set(index, now);
        return new ShootoutState(replaced, tasks, files, layers, units, matchParameters, initializer, optimizer, batch, steps,
                seeds, learningRate, rateGrid, tuneRate, baseline.equals(old) ? now : baseline, targetAccuracy);
    }

    public ShootoutState withActivations(List<ActivationSpec> value) {
        return new ShootoutState(value, tasks, files, layers, units, matchParameters, initializer, optimizer, batch, steps,
                seeds, learningRate, rateGrid, tuneRate, baseline, targetAccuracy);
    }

    /** This state with {@code task} chosen or not, keeping the tasks' order. */
    public ShootoutState withTask(Task task, boolean chosen) {
        List<Task> chosenTasks = List.of(Task.values()).stream()
                .filter(t -> t == task ? chosen : tasks.contains(t)).toList();
        return withTasks(chosenTasks);
    }

    public ShootoutState withTasks(List<Task> value) {
        return new ShootoutState(activations, value, files, layers, units, matchParameters, initializer, optimizer, batch,
                steps, seeds, learningRate, rateGrid, tuneRate, baseline, targetAccuracy);
    }

    /** Whether {@code path} is among the files already. */
    public boolean hasFile(Path path) {
        return files.stream().anyMatch(f -> f.isFile(path));
    }

    /** This state with {@code file} added after the other files. */
    public ShootoutState withFileAdded(TaskFile file) {
        List<TaskFile> more = new ArrayList<>(files);
        more.add(file);
        return withFiles(more);
    }

    /** This state without file {@code index}. */
    public ShootoutState withFileRemoved(int index) {
        List<TaskFile> fewer = new ArrayList<>(files);
        fewer.remove(index);
        return withFiles(fewer);
    }

    public ShootoutState withFiles(List<TaskFile> value) {
        return new ShootoutState(activations, tasks, value, layers, units, matchParameters, initializer, optimizer,
                batch, steps, seeds, learningRate, rateGrid, tuneRate, baseline, targetAccuracy);
    }

    public ShootoutState withLayers(int value) {
        return new ShootoutState(activations, tasks, files, value, units, matchParameters, initializer, optimizer, batch,
                steps, seeds, learningRate, rateGrid, tuneRate, baseline, targetAccuracy);
    }

    public ShootoutState withUnits(int value) {
        return new ShootoutState(activations, tasks, files, layers, value, matchParameters, initializer, optimizer, batch,
                steps, seeds, learningRate, rateGrid, tuneRate, baseline, targetAccuracy);
    }

    public ShootoutState withMatchParameters(boolean value) {
        return new ShootoutState(activations, tasks, files, layers, units, value, initializer, optimizer, batch, steps, seeds,
                learningRate, rateGrid, tuneRate, baseline, targetAccuracy);
    }

    public ShootoutState withInitializer(Optional<Initializer> value) {
        return new ShootoutState(activations, tasks, files, layers, units, matchParameters, value, optimizer, batch, steps,
                seeds, learningRate, rateGrid, tuneRate, baseline, targetAccuracy);
    }

    public ShootoutState withOptimizer(OptimizerKind value) {
        return new ShootoutState(activations, tasks, files, layers, units, matchParameters, initializer, value, batch, steps,
                seeds, learningRate, rateGrid, tuneRate, baseline, targetAccuracy);
    }

    public ShootoutState withBatch(int value) {
        return new ShootoutState(activations, tasks, files, layers, units, matchParameters, initializer, optimizer, value,
                steps, seeds, learningRate, rateGrid, tuneRate, baseline, targetAccuracy);
    }

    public ShootoutState withSteps(int value) {
        return new ShootoutState(activations, tasks, files, layers, units, matchParameters, initializer, optimizer, batch,
                value, seeds, learningRate, rateGrid, tuneRate, baseline, targetAccuracy);
    }

    public ShootoutState withSeeds(int value) {
        return new ShootoutState(activations, tasks, files, layers, units, matchParameters, initializer, optimizer, batch,
                steps, value, learningRate, rateGrid, tuneRate, baseline, targetAccuracy);
    }

    public ShootoutState withLearningRate(double value) {
        return new ShootoutState(activations, tasks, files, layers, units, matchParameters, initializer, optimizer, batch,
                steps, seeds, value, rateGrid, tuneRate, baseline, targetAccuracy);
    }

    /** This state with {@code rate} in the grid or not, the grid kept ascending (refused below two rates). */
    public ShootoutState withGridRate(double rate, boolean chosen) {
        List<Double> grid = RATES.stream().filter(r -> r == rate ? chosen : rateGrid.contains(r)).toList();
        return new ShootoutState(activations, tasks, files, layers, units, matchParameters, initializer, optimizer, batch,
                steps, seeds, learningRate, grid, tuneRate, baseline, targetAccuracy);
    }

    public ShootoutState withTuneRate(boolean value) {
        return new ShootoutState(activations, tasks, files, layers, units, matchParameters, initializer, optimizer, batch,
                steps, seeds, learningRate, rateGrid, value, baseline, targetAccuracy);
    }

    public ShootoutState withBaseline(ActivationSpec value) {
        return new ShootoutState(activations, tasks, files, layers, units, matchParameters, initializer, optimizer, batch,
                steps, seeds, learningRate, rateGrid, tuneRate, value, targetAccuracy);
    }

    public ShootoutState withTargetAccuracy(double value) {
        return new ShootoutState(activations, tasks, files, layers, units, matchParameters, initializer, optimizer, batch,
                steps, seeds, learningRate, rateGrid, tuneRate, baseline, value);
    }

    /** Whether there is something to run: an activation and a task (a built-in one or a file that was read). */
    public boolean runnable() {
        return !activations.isEmpty() && !plannedTasks().isEmpty();
    }

    /** The tasks the runs use: the built-in ones, then the files whose points were read. */
    public List<ShootoutTask> plannedTasks() {
        return ShootoutTask.of(tasks, files.stream().flatMap(f -> f.data().stream()).toList());
    }

    /** The baseline that counts: the chosen one when it is among the activations, else the first activation. */
    public ActivationSpec effectiveBaseline() {
        return activations.contains(baseline) || activations.isEmpty() ? baseline : activations.get(0);
    }

    /** The rates the runs use: the grid when the rate is tuned, else the one rate. */
    public List<Double> learningRates() {
        return tuneRate ? rateGrid : List.of(learningRate);
    }

    /** The plan of these settings, as {@code activation-lab shootout} with the same options would run it. */
    public ShootoutPlan plan() {
        if (!runnable()) {
            throw new IllegalStateException("choose an activation and a task first");
        }
        List<Contender> contenders = activations.stream().map(Contender::of).toList();
        return new ShootoutPlan(contenders, plannedTasks(), Collections.nCopies(layers, units), POINTS, steps, seeds,
                learningRates(), initializer, optimizer, batch, targetAccuracy,
                activations.indexOf(effectiveBaseline()), matchParameters);
    }
}
