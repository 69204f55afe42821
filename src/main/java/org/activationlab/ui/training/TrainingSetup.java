package org.activationlab.ui.training;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.activationlab.model.ActivationSpec;
import org.activationlab.model.Activation;
import org.activationlab.model.Catalogue;
import org.activationlab.nn.DataSplit;
import org.activationlab.nn.Initializer;
import org.activationlab.nn.NetworkSpec;
import org.activationlab.nn.OptimizerKind;
import org.activationlab.nn.Regularization;
import org.activationlab.nn.Task;
import org.activationlab.nn.TrainingConfig;

/**
 * Everything the training panel's controls decide, immutable: the data (task, points, noise,
 * test share, data seed) and the run (layers, initialiser, bias, optimiser, learning rate,
 * batch size, L2, weight seed). The same setup always gives the same data and the same initial
 * weights.
 *
 * @param task the data set
 * @param points training plus test points
 * @param noise the data noise level (see {@link Task})
 * @param testFraction the share of points held out for testing, 0 to 0.9
 * @param dataSeed seeds the points
 * @param layers the hidden layers, input side first
 * @param initializer how weights start
 * @param biasInit the starting bias of the hidden units
 * @param optimizer the update rule
 * @param learningRate the step size
 * @param batchSize points per update, 0 for the full batch
 * @param l2 the L2 penalty (weight decay)
 * @param seed seeds the weights and the batch order
 */
public record TrainingSetup(Task task, int points, double noise, double testFraction, long dataSeed,
                            List<Layer> layers, Initializer initializer, double biasInit, OptimizerKind optimizer,
                            double learningRate, int batchSize, double l2, long seed) {

    /** The smallest and largest number of points. */
    public static final int MIN_POINTS = 20;
    public static final int MAX_POINTS = 1000;
    /** The largest noise level the slider offers. */
    public static final double MAX_NOISE = 0.5;

    /**
     * One hidden layer.
     *
     * @param units its width, 1 to {@link NetworkSpec#MAX_UNITS}
     * @param activation its activation with its parameters
     */
    public record Layer(int units, Activation activation) {
        public Layer {
            if (units < 1 || units > NetworkSpec.MAX_UNITS) {
                throw new IllegalArgumentException("a layer needs 1 to " + NetworkSpec.MAX_UNITS + " units, got " + units);
            }
        }
    }

    public TrainingSetup {
        layers = List.copyOf(layers);
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
        config(learningRate, layers, initializer, biasInit, optimizer, batchSize, l2, seed, task);
    }

    /** Circle data (200 points, noise 0.1, a fifth for testing), 2 ReLU layers of 8, He init, GD at 0.1. */
    public static TrainingSetup defaults() {
        return new TrainingSetup(Task.CIRCLE, 200, 0.1, 0.2, 1, Collections.nCopies(2, new Layer(8, Catalogue.get("relu"))),
                Initializer.heNormal(), 0, OptimizerKind.GD, 0.1, 0, 0, 1);
    }

    /** The network and training settings for the trainer. */
    public TrainingConfig config() {
        return config(learningRate, layers, initializer, biasInit, optimizer, batchSize, l2, seed, task);
    }

    private static TrainingConfig config(double learningRate, List<Layer> layers, Initializer initializer, double biasInit,
                                         OptimizerKind optimizer, int batchSize, double l2, long seed, Task task) {
        NetworkSpec spec = new NetworkSpec(task.type(), layers.stream().map(Layer::units).toList(),
                layers.stream().map(layer -> ActivationSpec.of(layer.activation())).toList());
        return new TrainingConfig(spec, initializer, biasInit, optimizer, learningRate, TrainingConfig.DEFAULT_MOMENTUM,
                batchSize, new Regularization(0, l2), seed);
    }

    /** The generated training and test points. */
    public DataSplit data() {
        return task.split(points, testFraction, noise, dataSeed);
    }

    /** The hidden-layer sizes as text, e.g. {@code 2-8-8-1}. */
    public String shapeText() {
        StringBuilder sb = new StringBuilder().append(task.type().inputs());
        layers.forEach(l -> sb.append('-').append(l.units()));
        return sb.append("-1").toString();
    }

    public TrainingSetup withTask(Task value) {
        return new TrainingSetup(value, points, noise, testFraction, dataSeed, layers, initializer, biasInit, optimizer,
                learningRate, batchSize, l2, seed);
    }

    public TrainingSetup withPoints(int value) {
        return new TrainingSetup(task, value, noise, testFraction, dataSeed, layers, initializer, biasInit, optimizer,
                learningRate, batchSize, l2, seed);
    }

    public TrainingSetup withNoise(double value) {
        return new TrainingSetup(task, points, value, testFraction, dataSeed, layers, initializer, biasInit, optimizer,
                learningRate, batchSize, l2, seed);
    }

    public TrainingSetup withTestFraction(double value) {
        return new TrainingSetup(task, points, noise, value, dataSeed, layers, initializer, biasInit, optimizer,
                learningRate, batchSize, l2, seed);
    }

    public TrainingSetup withDataSeed(long value) {
        return new TrainingSetup(task, points, noise, testFraction, value, layers, initializer, biasInit, optimizer,
                learningRate, batchSize, l2, seed);
    }

    public TrainingSetup withLayers(List<Layer> value) {
        return new TrainingSetup(task, points, noise, testFraction, dataSeed, value, initializer, biasInit, optimizer,
                learningRate, batchSize, l2, seed);
    }

    /** The same layers with layer {@code index} replaced. */
    public TrainingSetup withLayer(int index, Layer value) {
        List<Layer> copy = new ArrayList<>(layers);
        copy.set(index, value);
        return withLayers(copy);
    }

    /** The same network with {@code activation} in every hidden layer. */
    public TrainingSetup withActivation(Activation activation) {
        return withLayers(layers.stream().map(l -> new Layer(l.units(), activation)).toList());
    }

    public TrainingSetup withInitializer(Initializer value) {
        return new TrainingSetup(task, points, noise, testFraction, dataSeed, layers, value, biasInit, optimizer,
                learningRate, batchSize, l2, seed);
    }

    public TrainingSetup withBiasInit(double value) {
        return new TrainingSetup(task, points, noise, testFraction, dataSeed, layers, initializer, value, optimizer,
                learningRate, batchSize, l2, seed);
    }

    public TrainingSetup withOptimizer(OptimizerKind value) {
        return new TrainingSetup(task, points, noise, testFraction, dataSeed, layers, initializer, biasInit, value,
                learningRate, batchSize, l2, seed);
    }

    public TrainingSetup withLearningRate(double value) {
        return new TrainingSetup(task, points, noise, testFraction, dataSeed, layers, initializer, biasInit, optimizer,
                value, batchSize, l2, seed);
    }

    public TrainingSetup withBatchSize(int value) {
        return new TrainingSetup(task, points, noise, testFraction, dataSeed, layers, initializer, biasInit, optimizer,
                learningRate, value, l2, seed);
    }

    public TrainingSetup withL2(double value) {
        return new TrainingSetup(task, points, noise, testFraction, dataSeed, layers, initializer, biasInit, optimizer,
                learningRate, batchSize, value, seed);
    }

    public TrainingSetup withSeed(long value) {
        return new TrainingSetup(task, points, noise, testFraction, dataSeed, layers, initializer, biasInit, optimizer,
                learningRate, batchSize, l2, value);
    }
}
