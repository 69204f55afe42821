package org.activationlab.nn;

import org.activationlab.model.Numbers;

/**
 * Everything that decides a training run apart from the data. The same configuration and data
 * always give the same run.
 *
 * @param network the architecture
 * @param initializer how hidden and output weights start
 * @param biasInit the starting bias of every hidden unit (and Maxout piece); the output bias
 *                 starts at 0. A negative value such as -3 makes ReLU units start dead.
 * @param optimizer the update rule
 * @param learningRate the step size, finite and &gt; 0
 * @param momentum the momentum coefficient of {@link OptimizerKind#MOMENTUM}, in [0, 1)
 * @param batchSize points per update; 0 (or at least the training set size) means full batch
 * @param regularization the L1 and L2 penalties on weights
 * @param seed seeds the weights and the mini-batch order
 */
public record TrainingConfig(NetworkSpec network, Initializer initializer, double biasInit, OptimizerKind optimizer,
                             double learningRate, double momentum, int batchSize, Regularization regularization,
                             long seed) {
    /** The default learning rate. */
    public static final double DEFAULT_LEARNING_RATE = 0.1;
    /** The default momentum coefficient. */
    public static final double DEFAULT_MOMENTUM = 0.9;
    /** The default seed. */
    public static final long DEFAULT_SEED = 1;

    /**
     * @throws IllegalArgumentException naming the value that is out of range
     */
    public TrainingConfig {
        checkLearningRate(learningRate);
        if (!Double.isFinite(biasInit)) {
            throw new IllegalArgumentException(NnTexts.format("error.config.bias", Numbers.format(biasInit)));
        }
        if (!(momentum >= 0 && momentum < 1)) {
            throw new IllegalArgumentException(NnTexts.format("error.config.momentum", Numbers.format(momentum)));
        }
        if (batchSize < 0) {
            throw new IllegalArgumentException(NnTexts.format("error.config.batch", batchSize));
        }
    }

    /** He-normal weights, zero biases, full-batch gradient descent at lr 0.1, no penalty, seed 1. */
    public static TrainingConfig defaults(NetworkSpec network) {
        return new TrainingConfig(network, Initializer.heNormal(), 0, OptimizerKind.GD, DEFAULT_LEARNING_RATE,
                DEFAULT_MOMENTUM, 0, Regularization.NONE, DEFAULT_SEED);
    }

    /** @throws IllegalArgumentException unless {@code learningRate} is finite and &gt; 0 */
    static void checkLearningRate(double learningRate) {
        if (!(learningRate > 0 && Double.isFinite(learningRate))) {
            throw new IllegalArgumentException(NnTexts.format("error.config.learningRate", Numbers.format(learningRate)));
        }
    }

    public TrainingConfig withInitializer(Initializer value) {
        return new TrainingConfig(network, value, biasInit, optimizer, learningRate, momentum, batchSize, regularization, seed);
    }

    public TrainingConfig withBiasInit(double value) {
        return new TrainingConfig(network, initializer, value, optimizer, learningRate, momentum, batchSize, regularization, seed);
    }

    public TrainingConfig withOptimizer(OptimizerKind value) {
        return new TrainingConfig(network, initializer, biasInit, value, learningRate, momentum, batchSize, regularization, seed);
    }

    public TrainingConfig withLearningRate(double value) {
        return new TrainingConfig(network, initializer, biasInit, optimizer, value, momentum, batchSize, regularization, seed);
    }

    public TrainingConfig withMomentum(double value) {
        return new TrainingConfig(network, initializer, biasInit, optimizer, learningRate, value, batchSize, regularization, seed);
    }

    public TrainingConfig withBatchSize(int value) {
        return new TrainingConfig(network, initializer, biasInit, optimizer, learningRate, momentum, value, regularization, seed);
    }

    public TrainingConfig withRegularization(Regularization value) {
        return new TrainingConfig(network, initializer, biasInit, optimizer, learningRate, momentum, batchSize, value, seed);
    }

    public TrainingConfig withSeed(long value) {
        return new TrainingConfig(network, initializer, biasInit, optimizer, learningRate, momentum, batchSize, regularization, value);
    }
}
