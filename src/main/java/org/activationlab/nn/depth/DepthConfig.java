package org.activationlab.nn.depth;

import java.util.Objects;
import org.activationlab.model.Activation;
import org.activationlab.nn.Initializer;
import org.activationlab.nn.NnTexts;
import org.activationlab.nn.UnitKind;

/**
 * One run of the depth study: a stack of {@code layers} fully connected N x N layers
 * ({@code width} = N) with zero biases, fed a batch of {@value #BATCH_SIZE} inputs drawn from N(0, 1).
 *
 * @param activation the activation of every layer, applied unit by unit, or a gated unit's diagonal
 *        (then every layer is a gated {@code Linear(N, 2N)}, see {@link DeepNetwork}; batch norm must be off)
 * @param init the weight initialiser
 * @param std the standard deviation of {@link WeightInit#NORMAL} weights; ignored by the other initialisers
 * @param layers the number of layers L, from {@value #MIN_LAYERS} to {@value #MAX_LAYERS}
 * @param width the number of units per layer N (and of inputs), from {@value #MIN_WIDTH} to {@value #MAX_WIDTH}
 * @param batchNorm where batch normalisation sits
 * @param seed fixes the inputs, the weights and the output gradient
 */
public record DepthConfig(Activation activation, WeightInit init, double std, int layers, int width,
                          BatchNormMode batchNorm, long seed) {
    /** The fewest layers. */
    public static final int MIN_LAYERS = 2;
    /** The most layers. */
    public static final int MAX_LAYERS = 100;
    /** The narrowest layer. */
    public static final int MIN_WIDTH = 10;
    /** The widest layer. */
    public static final int MAX_WIDTH = 500;
    /**
     * The number of inputs in the batch: enough for batch statistics and for a unit to be
     * called dead only when no input reaches it, and small enough that 100 layers of 500 units
     * (about 100 MB of pre-activations kept for the backward pass) run in seconds.
     */
    public static final int BATCH_SIZE = 256;
    /** The standard deviation the views start {@link WeightInit#NORMAL} with. */
    public static final double DEFAULT_STD = 0.05;
    /** The seed used when none is given. */
    public static final long DEFAULT_SEED = 1;

    /**
     * @throws IllegalArgumentException naming the value and what is allowed
     */
    public DepthConfig {
        Objects.requireNonNull(activation, "activation");
        Objects.requireNonNull(init, "init");
        Objects.requireNonNull(batchNorm, "batchNorm");
        if (layers < MIN_LAYERS || layers > MAX_LAYERS) {
            throw new IllegalArgumentException(NnTexts.format("error.depth.layers", MIN_LAYERS, MAX_LAYERS, layers));
        }
        if (width < MIN_WIDTH || width > MAX_WIDTH) {
            throw new IllegalArgumentException(NnTexts.format("error.depth.width", MIN_WIDTH, MAX_WIDTH, width));
        }
        init.initializer(std);
        if (batchNorm != BatchNormMode.OFF && UnitKind.of(activation).gated()) {
            throw new IllegalArgumentException(NnTexts.format("error.depth.gatedBatchNorm", activation.name()));
        }
    }

    /** The weight distribution. */
    public Initializer initializer() {
        return init.initializer(std);
    }

    /** A copy with another seed. */
    public DepthConfig withSeed(long value) {
        return new DepthConfig(activation, init, std, layers, width, batchNorm, value);
    }
}
