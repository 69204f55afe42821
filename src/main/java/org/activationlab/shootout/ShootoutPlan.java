package org.activationlab.shootout;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import org.activationlab.model.ActivationSpec;
import org.activationlab.model.FormulaSpec;
import org.activationlab.model.GatedSpec;
import org.activationlab.nn.DataSplit;
import org.activationlab.nn.Initializer;
import org.activationlab.nn.NetworkSpec;
import org.activationlab.nn.OptimizerKind;
import org.activationlab.nn.ParameterMatch;
import org.activationlab.nn.TrainingConfig;

/**
 * What a shoot-out runs: every contender on every task with every seed (and every learning rate of a
 * grid), each run exactly the run of {@code activation-lab train} with the options {@link #command}
 * writes: the same data (a built-in task's points generated with {@value #NOISE} noise, or a CSV
 * file's points, with a test fraction of {@value #TEST_FRACTION}, train's defaults; see
 * {@link ShootoutTask}), the same network, initialiser, optimiser, batch size, learning rate and seed.
 * Runs are numbered in a fixed order, contender first, then task, rate and seed, which is the order of
 * every file.
 *
 * <p>With more than one learning rate the plan tunes the rate: for every run it also trains a
 * validation run (see {@link #validationData}) and each contender gets, per task, the rate with the
 * lowest median validation loss over the seeds; the test points never take part in that choice.
 *
 * @param contenders the activations, at least one
 * @param tasks the built-in tasks and data files, at least one, no two of the same name
 * @param hidden units per hidden layer
 * @param points points per built-in task, training and test together (a data file has its own)
 * @param steps updates per run, at least 1
 * @param seeds runs per contender, task and rate, with seeds 1 to {@code seeds}
 * @param learningRates one rate, or a grid to tune over
 * @param initializer one initialiser for all, or empty for {@link DefaultInitializer}'s per activation
 * @param optimizer the optimiser
 * @param batch the mini-batch size, 0 for the whole training set
 * @param targetAccuracy the training accuracy that counts as reached, in (0, 1]
 * @param baseline index of the contender the others are compared with
 * @param matchParameters whether a gated contender's layers shrink to the parameter count of the
 *                        element-wise network of {@code hidden} ({@link ParameterMatch#matched},
 *                        {@code train --match-params}); element-wise contenders keep {@code hidden}
 */
public record ShootoutPlan(List<Contender> contenders, List<ShootoutTask> tasks, List<Integer> hidden, int points, int steps,
                           int seeds, List<Double> learningRates, Optional<Initializer> initializer,
                           OptimizerKind optimizer, int batch, double targetAccuracy, int baseline,
                           boolean matchParameters) {
    /** Noise of the generated points: {@code train}'s default. */
    public static final double NOISE = 0.1;
    /** Share of the points held out for testing: {@code train}'s default. */
    public static final double TEST_FRACTION = 0.2;
    /** Share of a run's training points a validation run holds out when the rate is tuned. */
    public static final double VALIDATION_FRACTION = 0.25;
    /** Intervals of the recorded loss curve: {@value} + 1 steps at most, evenly spread from 0 to the last. */
    public static final int CURVE_INTERVALS = 100;

    public ShootoutPlan {
        contenders = List.copyOf(contenders);
        tasks = List.copyOf(tasks);
        hidden = List.copyOf(hidden);
        learningRates = List.copyOf(learningRates);
        if (contenders.isEmpty() || tasks.isEmpty() || learningRates.isEmpty()) {
            throw new IllegalArgumentException("a shoot-out needs a contender, a task and a learning rate");
        }
        if (steps < 1 || seeds < 1 || batch < 0 || !(targetAccuracy > 0 && targetAccuracy <= 1)) {
            throw new IllegalArgumentException("steps and seeds must be positive, the batch not negative and the target"
                    + " accuracy in (0, 1]");
        }
        if (baseline < 0 || baseline >= contenders.size()) {
            throw new IllegalArgumentException("no contender " + baseline);
        }
        if (tasks.stream().map(ShootoutTask::name).distinct().count() < tasks.size()) {
            throw new IllegalArgumentException("two tasks share a name: " + tasks);
        }
    }

    /** A plan where every contender has the layers {@code hidden}, gated or not. */
    public ShootoutPlan(List<Contender> contenders, List<ShootoutTask> tasks, List<Integer> hidden, int points, int steps,
                        int seeds, List<Double> learningRates, Optional<Initializer> initializer,
                        OptimizerKind optimizer, int batch, double targetAccuracy, int baseline) {
        this(contenders, tasks, hidden, points, steps, seeds, learningRates, initializer, optimizer, batch,
                targetAccuracy, baseline, false);
    }

    /** The number of runs (validation runs not counted). */
    public int runCount() {
        return contenders.size() * tasks.size() * learningRates.size() * seeds;
    }

    /** The run at {@code index} of the fixed order. */
    public RunKey key(int index) {
        int seed = index % seeds;
        int rest = index / seeds;
        int rate = rest % learningRates.size();
        rest /= learningRates.size();
        int task = rest % tasks.size();
        return new RunKey(index, rest / tasks.size(), task, rate, seed + 1L);
    }

    /** The index of a run in the fixed order. */
    public int index(int contender, int task, int rate, long seed) {
        return ((contender * tasks.size() + task) * learningRates.size() + rate) * seeds + (int) (seed - 1);
    }

    /** Whether the rate is tuned on validation runs (more than one rate). */
    public boolean tunesRate() {
        return learningRates.size() > 1;
    }

    /** Whether {@code contender}'s layers are shrunk to the element-wise parameter count (a gated unit, when matching). */
    private boolean matches(Contender contender) {
        return matchParameters && contender.spec() instanceof GatedSpec;
    }

    /** The initialiser of {@code contender}'s runs. */
    public Initializer initializerOf(Contender contender) {
        return initializer.orElseGet(() -> DefaultInitializer.of(contender.spec()));
    }

    /** The training and test points of run {@code key}, as {@code train} makes them. */
    public DataSplit data(RunKey key) {
        return tasks.get(key.task()).split(points, key.seed());
    }

    /**
     * The points of {@code key}'s validation run: the run's training points split by
     * {@link DataSplit#split} with fraction {@value #VALIDATION_FRACTION} and the run's seed; the
     * held-out part (the split's "test" set) is the validation set.
     */
    public DataSplit validationData(RunKey key) {
        return DataSplit.split(data(key).train(), VALIDATION_FRACTION, key.seed());
    }

    /** The configuration of run {@code key}, as {@code train} builds it from {@link #command}'s options. */
    public TrainingConfig config(RunKey key) {
        Contender contender = contenders.get(key.contender());
        ShootoutTask task = tasks.get(key.task());
        NetworkSpec asGiven = new NetworkSpec(task.type(), hidden, Collections.nCopies(hidden.size(), contender.spec()));
        NetworkSpec network = matches(contender) ? ParameterMatch.matched(asGiven) : asGiven;
        return TrainingConfig.defaults(network).withLearningRate(learningRates.get(key.rate()))
                .withInitializer(initializerOf(contender)).withOptimizer(optimizer).withBatchSize(batch)
                .withSeed(key.seed());
    }

    /**
     * The complete {@code activation-lab train} command of run {@code key}, writing to
     * {@code shootout-run-N} (N = index + 1) in the current directory; its {@code metrics.csv} ends
     * with the run's final loss, bit for bit.
     */
    public String command(RunKey key) {
        Contender contender = contenders.get(key.contender());
        List<String> words = new ArrayList<>(List.of("activation-lab", "train"));
        words.addAll(tasks.get(key.task()).trainOptions(points));
        words.addAll(List.of("--hidden", String.join(",", hidden.stream().map(String::valueOf).toList())));
        ActivationSpec spec = contender.spec();
        words.add(spec instanceof FormulaSpec ? "--formula" : "--activation");
        words.add(spec.name());
        Contender.changedParameters(spec).forEach((k, v) -> {
            words.add("--param");
            words.add(k + "=" + v);
        });
        if (matches(contender)) {
            words.add("--match-params");
        }
        words.addAll(List.of("--init", initializerOf(contender).toString(), "--optimizer", optimizer.cliName()));
        if (batch > 0) {
            words.addAll(List.of("--batch", Integer.toString(batch)));
        }
        words.addAll(List.of("--lr", Double.toString(learningRates.get(key.rate())), "--steps", Integer.toString(steps),
                "--seed", Long.toString(key.seed()), "--out", "shootout-run-" + (key.index() + 1)));
        return ShellWords.join(words);
    }

    /** The steps whose loss the curves record: 0 to {@link #steps()}, at most {@value #CURVE_INTERVALS} + 1, evenly spread. */
    public int[] recordedSteps() {
        TreeSet<Integer> chosen = new TreeSet<>();
        int intervals = Math.min(CURVE_INTERVALS, steps);
        for (int k = 0; k <= intervals; k++) {
            chosen.add((int) Math.round((double) k * steps / intervals));
        }
        return chosen.stream().mapToInt(Integer::intValue).toArray();
    }

    /** The baseline contender. */
    public Contender baselineContender() {
        return contenders.get(baseline);
    }
}
