package org.activationlab.ui.training;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import org.activationlab.model.ActivationSpec;
import org.activationlab.nn.DataSplit;
import org.activationlab.nn.Initializer;
import org.activationlab.nn.NetworkSpec;
import org.activationlab.nn.OptimizerKind;
import org.activationlab.nn.ParameterMatch;
import org.activationlab.nn.Regularization;
import org.activationlab.nn.Task;
import org.activationlab.nn.TrainingConfig;
import org.activationlab.nn.UnitKind;

/**
 * Everything the Training tab's settings decide, as one value: the data (task, points, noise,
 * test share, data seed), the network (hidden layers, each with its width and activation), the
 * run (initialiser, bias, optimiser, learning rate, batch size, L2, weight seed), the activation
 * of the network trained beside it and the speed. It is the view model's only state and, with
 * the step reached, the tab's part of a session file. The same state always gives the same data
 * and the same initial weights. A layer's {@link UnitKind unit kind} follows from its activation
 * inside {@code nn}, so it is not stored beside it.
 *
 * @param task the data set
 * @param points training plus test points, {@value #MIN_POINTS} to {@value #MAX_POINTS}
 * @param noise the data noise level (see {@link Task}), 0 to {@value #MAX_NOISE}
 * @param testFraction the share of points held out for testing, 0 to 0.9
 * @param dataSeed seeds the points
 * @param layers the hidden layers, input side first, 1 to {@link NetworkSpec#MAX_LAYERS}
 * @param initializer how weights start
 * @param biasInit the starting bias of the hidden units
 * @param optimizer the update rule
 * @param learningRate the step size
 * @param batchSize points per update, 0 for the full batch
 * @param l2 the L2 penalty (weight decay)
 * @param seed seeds the weights and the batch order
 * @param comparison the activation of every hidden layer of the network trained beside this one on the
 *                   same data, seeds and settings; empty when not comparing
 * @param comparisonUnits the widths of the compared network's hidden layers when they differ from
 *                        {@code layers}' (after {@link org.activationlab.nn.ParameterMatch matching}
 *                        the parameter counts), else empty; a change of the widths or of the compared
 *                        function through {@link #with} empties it
 * @param matchedFrom the widths of the element-wise network that {@link #matched} sized this network's
 *                    gated layers against, when they differ from {@code layers}' (a match shrank them),
 *                    else empty; a match of these widths must give {@code layers}' widths, and a change
 *                    through {@link #with} after which it no longer would (a new width or activation)
 *                    empties it. It makes a second match keep the widths the first one gave.
 * @param speed steps per frame, one of {@link #SPEEDS} ({@link TrainingRunner#MAX_SPEED} = as fast as possible)
 */
public record TrainingState(Task task, int points, double noise, double testFraction, long dataSeed,
                            List<Layer> layers, Initializer initializer, double biasInit, OptimizerKind optimizer,
                            double learningRate, int batchSize, double l2, long seed,
                            Optional<ActivationSpec> comparison, List<Integer> comparisonUnits,
                            List<Integer> matchedFrom, int speed) {

    /** The smallest and largest number of points. */
    public static final int MIN_POINTS = 20;
    public static final int MAX_POINTS = 1000;
    /** The largest noise level the slider offers. */
    public static final double MAX_NOISE = 0.5;
    /** The choices of the speed control, steps per frame; {@link TrainingRunner#MAX_SPEED} is "as fast as possible". */
    public static final List<Integer> SPEEDS = List.of(1, 2, 5, 10, 20, 50, 100, TrainingRunner.MAX_SPEED);
    /**
     * The state of a new tab, from which every scenario starts: circle data (200 points, noise 0.1,
     * a fifth for testing, data seed 1), two ReLU layers of 8, He init, full-batch GD at 0.1, seed 1,
     * not comparing, one step per frame.
     */
    public static final TrainingState INITIAL = new TrainingState(Task.CIRCLE, 200, 0.1, 0.2, 1,
            Collections.nCopies(2, new Layer(8, ActivationSpec.of("relu"))), Initializer.heNormal(), 0,
            OptimizerKind.GD, 0.1, 0, 0, 1, Optional.empty(), List.of(), List.of(), 1);

    /**
     * One hidden layer.
     *
     * @param units its width, 1 to {@link NetworkSpec#MAX_UNITS}
     * @param activation its activation with its parameters
     */
    public record Layer(int units, ActivationSpec activation) {
        public Layer {
            Objects.requireNonNull(activation, "activation");
            if (units < 1 || units > NetworkSpec.MAX_UNITS) {
                throw new IllegalArgumentException("a layer needs 1 to " + NetworkSpec.MAX_UNITS + " units, got " + units);
            }
        }
    }

    /**
     * @throws IllegalArgumentException naming the value that is out of range and what is allowed
     */
    public TrainingState {
        Objects.requireNonNull(task, "task");
        Objects.requireNonNull(initializer, "initializer");
        Objects.requireNonNull(optimizer, "optimizer");
        Objects.requireNonNull(comparison, "comparison");
        Objects.requireNonNull(comparisonUnits, "comparisonUnits");
        Objects.requireNonNull(matchedFrom, "matchedFrom");
        layers = List.copyOf(layers);
        comparisonUnits = comparison.isEmpty() || comparisonUnits.equals(widths(layers)) ? List.of()
                : List.copyOf(comparisonUnits);
        matchedFrom = matchedFrom.equals(widths(layers)) ? List.of() : List.copyOf(matchedFrom);
        if (layers.isEmpty() || layers.size() > NetworkSpec.MAX_LAYERS) {
            throw new IllegalArgumentException("a network needs 1 to " + NetworkSpec.MAX_LAYERS + " hidden layers, got "
                    + layers.size());
        }
        if (points < MIN_POINTS || points > MAX_POINTS) {
            throw new IllegalArgumentException("the number of points must be from " + MIN_POINTS + " to " + MAX_POINTS
                    + ", got " + points);
        }
        if (!(noise >= 0 && noise <= MAX_NOISE)) {
            throw new IllegalArgumentException("the noise must be from 0 to " + MAX_NOISE + ", got " + noise);
        }
        DataSplit.testSize(points, testFraction);
        config(task, layers, initializer, biasInit, optimizer, learningRate, batchSize, l2, seed);
        checkWidths(comparisonUnits, layers.size(), "the compared network");
        checkWidths(matchedFrom, layers.size(), "the network matched against");
        if (!matchedFrom.isEmpty() && !isMatchOf(matchedFrom, layers, task)) {
            throw new IllegalArgumentException("matching the parameter count of the widths " + matchedFrom + " gives "
                    + ParameterMatch.matched(network(task, matchedFrom, layers)).hiddenUnits() + ", not the layers' "
                    + widths(layers));
        }
        if (!SPEEDS.contains(speed)) {
            throw new IllegalArgumentException("the speed must be one of " + SPEEDS
                    + " steps per frame (0 = as fast as possible), got " + speed);
        }
    }

    /** Refuses {@code units} unless empty or {@code layers} widths of 1 to {@link NetworkSpec#MAX_UNITS}, naming {@code what}. */
    private static void checkWidths(List<Integer> units, int layers, String what) {
        if (units.isEmpty()) {
            return;
        }
        if (units.size() != layers) {
            throw new IllegalArgumentException(what + " needs " + layers + " hidden layers, as this one, got "
                    + units.size());
        }
        for (int u : units) {
            if (u < 1 || u > NetworkSpec.MAX_UNITS) {
                throw new IllegalArgumentException("a layer of " + what + " needs 1 to " + NetworkSpec.MAX_UNITS
                        + " units, got " + u);
            }
        }
    }

    /**
     * The fields of a state being changed by {@link #with}: set those that change. Writing one
     * method per field instead would repeat every field in each of them.
     */
    public static final class Edit {
        public Task task;
        public int points;
        public double noise;
        public double testFraction;
        public long dataSeed;
        public List<Layer> layers;
        public Initializer initializer;
        public double biasInit;
        public OptimizerKind optimizer;
        public double learningRate;
        public int batchSize;
        public double l2;
        public long seed;
        public Optional<ActivationSpec> comparison;
        public List<Integer> comparisonUnits;
        public List<Integer> matchedFrom;
        public int speed;

        private Edit(TrainingState s) {
            task = s.task;
            points = s.points;
            noise = s.noise;
            testFraction = s.testFraction;
            dataSeed = s.dataSeed;
            layers = s.layers;
            initializer = s.initializer;
            biasInit = s.biasInit;
            optimizer = s.optimizer;
            learningRate = s.learningRate;
            batchSize = s.batchSize;
            l2 = s.l2;
            seed = s.seed;
            comparison = s.comparison;
            comparisonUnits = s.comparisonUnits;
            matchedFrom = s.matchedFrom;
            speed = s.speed;
        }

        private TrainingState state() {
            return new TrainingState(task, points, noise, testFraction, dataSeed, layers, initializer, biasInit,
                    optimizer, learningRate, batchSize, l2, seed, comparison, comparisonUnits, matchedFrom, speed);
        }
    }

    /**
     * This state with the fields {@code change} sets, e.g. {@code s.with(e -> e.learningRate = 0.5)}.
     * Compared widths that {@code change} leaves as they were are dropped when it changes the
     * widths or the compared function, as they were sized for the old ones; the widths matched
     * against, when it changes the layers so that a match of those widths no longer gives theirs.
     *
     * @throws IllegalArgumentException if the changed state is invalid (see the constructor)
     */
    public TrainingState with(Consumer<Edit> change) {
        Edit edit = new Edit(this);
        change.accept(edit);
        boolean resized = !widths(edit.layers).equals(widths(layers))
                || !edit.comparison.map(ActivationSpec::name).equals(comparison.map(ActivationSpec::name));
        if (resized && edit.comparisonUnits == comparisonUnits) {
            edit.comparisonUnits = List.of();
        }
        if (edit.matchedFrom == matchedFrom && !matchedFrom.isEmpty() && !isMatchOf(matchedFrom, edit.layers, edit.task)) {
            edit.matchedFrom = List.of();
        }
        return edit.state();
    }

    /** The same layers with layer {@code index} replaced. */
    public TrainingState withLayer(int index, Layer value) {
        List<Layer> copy = new ArrayList<>(layers);
        copy.set(index, value);
        return with(e -> e.layers = copy);
    }

    /** The same network with {@code activation} in every hidden layer. */
    public TrainingState withActivationEverywhere(ActivationSpec activation) {
        return with(e -> e.layers = layers.stream().map(l -> new Layer(l.units(), activation)).toList());
    }

    /**
     * Whether {@code other} trains the same run as this state: it differs at most in what a
     * running training takes from its next step (learning rate, L2) and in the speed.
     */
    public boolean sameRun(TrainingState other) {
        return with(e -> {
            e.learningRate = other.learningRate;
            e.l2 = other.l2;
            e.speed = other.speed;
        }).equals(other);
    }

    /** The network and training settings for the trainer: the one place a {@link TrainingConfig} is made from the tab's settings. */
    public TrainingConfig config() {
        return config(task, layers, initializer, biasInit, optimizer, learningRate, batchSize, l2, seed);
    }

    /**
     * The settings of the compared network, when comparing: the same but for the activation of
     * every hidden layer and, after a match of the parameter counts, the widths.
     */
    public Optional<TrainingConfig> comparisonConfig() {
        return comparison.map(a -> {
            List<Integer> units = comparisonUnits.isEmpty() ? widths(layers) : comparisonUnits;
            return config(task, units.stream().map(u -> new Layer(u, a)).toList(), initializer, biasInit, optimizer,
                    learningRate, batchSize, l2, seed);
        });
    }

    private static List<Integer> widths(List<Layer> layers) {
        return layers.stream().map(Layer::units).toList();
    }

    /** The network of {@code task} with {@code units} and the activations of {@code layers}. */
    private static NetworkSpec network(Task task, List<Integer> units, List<Layer> layers) {
        return new NetworkSpec(task.type(), units, layers.stream().map(Layer::activation).toList());
    }

    /** Whether matching the parameter count of {@code from}, with the activations of {@code layers}, gives their widths. */
    private static boolean isMatchOf(List<Integer> from, List<Layer> layers, Task task) {
        return from.size() == layers.size()
                && ParameterMatch.matched(network(task, from, layers)).hiddenUnits().equals(widths(layers));
    }

    private static TrainingConfig config(Task task, List<Layer> layers, Initializer initializer, double biasInit,
                                         OptimizerKind optimizer, double learningRate, int batchSize, double l2,
                                         long seed) {
        NetworkSpec spec = new NetworkSpec(task.type(), layers.stream().map(Layer::units).toList(),
                layers.stream().map(Layer::activation).toList());
        return new TrainingConfig(spec, initializer, biasInit, optimizer, learningRate, TrainingConfig.DEFAULT_MOMENTUM,
                batchSize, new Regularization(0, l2), seed);
    }

    /** The generated training and test points. */
    public DataSplit data() {
        return task.split(points, testFraction, noise, dataSeed);
    }

    /**
     * This state with its gated layers sized so that neither network, this one or the compared one,
     * has more parameters than the element-wise network of the widths matched against (see
     * {@link ParameterMatch#matched}): the current widths, or those of the last match when the
     * widths and activations have not changed since ({@link #matchedFrom}). This network's gated
     * layers shrink, and the compared network gets those widths when element-wise, or its gated
     * layers shrunk the same way. A matched state is its own match, so a second match changes nothing.
     */
    public TrainingState matched() {
        List<Integer> from = matchedFrom.isEmpty() ? widths(layers) : matchedFrom;
        List<Integer> units = ParameterMatch.matched(network(task, from, layers)).hiddenUnits();
        List<Layer> shrunk = new ArrayList<>();
        for (int l = 0; l < units.size(); l++) {
            shrunk.add(new Layer(units.get(l), layers.get(l).activation()));
        }
        List<Integer> compared = comparison.map(a -> ParameterMatch.matched(
                new NetworkSpec(task.type(), from, Collections.nCopies(from.size(), a))).hiddenUnits()).orElse(List.of());
        return with(e -> {
            e.layers = shrunk;
            e.comparisonUnits = compared;
            e.matchedFrom = from;
        });
    }

    /** The network's shape as text, e.g. {@code 2-8-8-1}. */
    public String shapeText() {
        return shapeText(config().network());
    }

    /** The shape of {@code network} as text, e.g. {@code 2-8-8-1}. */
    public static String shapeText(NetworkSpec network) {
        StringBuilder sb = new StringBuilder().append(network.type().inputs());
        network.hiddenUnits().forEach(u -> sb.append('-').append(u));
        return sb.append("-1").toString();
    }
}
