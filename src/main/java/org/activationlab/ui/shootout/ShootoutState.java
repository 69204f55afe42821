package org.activationlab.ui.shootout;

import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.activationlab.model.ActivationSpec;
import org.activationlab.model.Catalogue;
import org.activationlab.nn.OptimizerKind;
import org.activationlab.nn.Task;
import org.activationlab.shootout.Contender;
import org.activationlab.shootout.ShootoutPlan;

/**
 * What the Shoot-out tab is set to run: the chosen catalogue activations, tasks and network, the
 * steps, seeds and learning rate, the baseline and the target accuracy. Everything else is the
 * {@code shootout} command's default: {@value #POINTS} points, each activation's default
 * initialiser, plain gradient descent on the whole training set.
 *
 * @param activations catalogue names in the order chosen
 * @param tasks the tasks in the order chosen
 * @param layers hidden layers, each of {@code units} units
 * @param units units per hidden layer
 * @param steps updates per run
 * @param seeds runs per activation and task, seeds 1 to this
 * @param learningRate the one learning rate of every run
 * @param baseline the catalogue name the others are compared with; the first chosen when it is not chosen
 * @param targetAccuracy the training accuracy that counts as reached
 */
public record ShootoutState(List<String> activations, List<Task> tasks, int layers, int units, int steps, int seeds,
                            double learningRate, String baseline, double targetAccuracy) {
    /** Points per task, training and test together: the command's default. */
    public static final int POINTS = 200;
    /** The most seeds. */
    public static final int MAX_SEEDS = 100;
    /** The most steps a run may take here (a shoot-out multiplies them by the runs). */
    public static final int MAX_STEPS = 20_000;
    /** The most hidden layers. */
    public static final int MAX_LAYERS = 4;
    /** The most units per hidden layer. */
    public static final int MAX_UNITS = 32;
    /** The learning rates offered. */
    public static final List<Double> RATES = List.of(0.001, 0.003, 0.01, 0.03, 0.1, 0.3, 1.0);
    /** The target accuracies offered. */
    public static final List<Double> TARGETS = List.of(0.8, 0.9, 0.95, 0.99);

    /** ReLU against tanh on the circle with 10 seeds: the question the issue starts from. */
    public static final ShootoutState INITIAL = new ShootoutState(List.of("relu", "tanh"), List.of(Task.CIRCLE), 2, 8,
            1000, 10, 0.1, "relu", 0.95);

    public ShootoutState {
        activations = List.copyOf(activations);
        tasks = List.copyOf(tasks);
        if (layers < 1 || layers > MAX_LAYERS || units < 1 || units > MAX_UNITS || steps < 1 || steps > MAX_STEPS
                || seeds < 1 || seeds > MAX_SEEDS || !(learningRate > 0) || !(targetAccuracy > 0 && targetAccuracy <= 1)) {
            throw new IllegalArgumentException("shoot-out settings out of range: layers " + layers + ", units " + units
                    + ", steps " + steps + ", seeds " + seeds + ", rate " + learningRate + ", target " + targetAccuracy);
        }
    }

    /** This state with {@code name} chosen or not, keeping the catalogue's order. */
    public ShootoutState withActivation(String name, boolean chosen) {
        List<String> names = Catalogue.names().stream()
                .filter(n -> n.equals(name) ? chosen : activations.contains(n)).toList();
        return new ShootoutState(names, tasks, layers, units, steps, seeds, learningRate, baseline, targetAccuracy);
    }

    /** This state with {@code task} chosen or not, keeping the tasks' order. */
    public ShootoutState withTask(Task task, boolean chosen) {
        List<Task> chosenTasks = List.of(Task.values()).stream()
                .filter(t -> t == task ? chosen : tasks.contains(t)).toList();
        return new ShootoutState(activations, chosenTasks, layers, units, steps, seeds, learningRate, baseline,
                targetAccuracy);
    }

    public ShootoutState withLayers(int value) {
        return new ShootoutState(activations, tasks, value, units, steps, seeds, learningRate, baseline, targetAccuracy);
    }

    public ShootoutState withUnits(int value) {
        return new ShootoutState(activations, tasks, layers, value, steps, seeds, learningRate, baseline, targetAccuracy);
    }

    public ShootoutState withSteps(int value) {
        return new ShootoutState(activations, tasks, layers, units, value, seeds, learningRate, baseline, targetAccuracy);
    }

    public ShootoutState withSeeds(int value) {
        return new ShootoutState(activations, tasks, layers, units, steps, value, learningRate, baseline, targetAccuracy);
    }

    public ShootoutState withLearningRate(double value) {
        return new ShootoutState(activations, tasks, layers, units, steps, seeds, value, baseline, targetAccuracy);
    }

    public ShootoutState withBaseline(String value) {
        return new ShootoutState(activations, tasks, layers, units, steps, seeds, learningRate, value, targetAccuracy);
    }

    public ShootoutState withTargetAccuracy(double value) {
        return new ShootoutState(activations, tasks, layers, units, steps, seeds, learningRate, baseline, value);
    }

    /** Whether there is something to run: an activation and a task. */
    public boolean runnable() {
        return !activations.isEmpty() && !tasks.isEmpty();
    }

    /** The baseline that counts: the chosen one when it is among the activations, else the first activation. */
    public String effectiveBaseline() {
        return activations.contains(baseline) || activations.isEmpty() ? baseline : activations.get(0);
    }

    /** The plan of these settings, as {@code activation-lab shootout} with the same options would run it. */
    public ShootoutPlan plan() {
        if (!runnable()) {
            throw new IllegalStateException("choose an activation and a task first");
        }
        List<Contender> contenders = activations.stream().map(n -> Contender.of(ActivationSpec.of(n))).toList();
        return new ShootoutPlan(contenders, tasks, Collections.nCopies(layers, units), POINTS, steps, seeds,
                List.of(learningRate), Optional.empty(), OptimizerKind.GD, 0, targetAccuracy,
                activations.indexOf(effectiveBaseline()));
    }
}
