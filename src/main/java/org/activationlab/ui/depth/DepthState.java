package org.activationlab.ui.depth;

import java.util.Objects;
import org.activationlab.model.ActivationSpec;
import org.activationlab.nn.depth.BatchNormMode;
import org.activationlab.nn.depth.BornDeadConfig;
import org.activationlab.nn.depth.DepthConfig;
import org.activationlab.nn.depth.WeightInit;

/**
 * Everything the Depth tab is set to, as one value: the view model's only state and the tab's
 * part of a session file. The depth study's settings are checked by {@link DepthConfig}, the
 * born-dead curve's here and by {@link BornDeadConfig}.
 *
 * @param activation the activation of every layer
 * @param init the weight initialiser
 * @param std the standard deviation of {@link WeightInit#NORMAL} weights (a number &gt; 0)
 * @param layers L, from {@value DepthConfig#MIN_LAYERS} to {@value DepthConfig#MAX_LAYERS}
 * @param width N, from {@value DepthConfig#MIN_WIDTH} to {@value DepthConfig#MAX_WIDTH}
 * @param batchNorm where batch normalisation sits
 * @param seed the seed of inputs, weights and output gradient, and of the born-dead networks
 * @param bornDeadWidth the born-dead networks' width, 1 to {@value #BORN_DEAD_MAX_WIDTH}
 * @param bornDeadDepth the deepest born-dead network, {@value #BORN_DEAD_MIN_DEPTH} to {@value BornDeadConfig#MAX_DEPTH}
 * @param bornDeadTrials networks drawn per depth, {@value #BORN_DEAD_MIN_TRIALS} to {@value #BORN_DEAD_MAX_TRIALS}
 */
public record DepthState(ActivationSpec activation, WeightInit init, double std, int layers, int width,
                         BatchNormMode batchNorm, long seed, int bornDeadWidth, int bornDeadDepth,
                         int bornDeadTrials) {
    /** The born-dead curve's widest network, shallowest deepest network and trial count range. */
    public static final int BORN_DEAD_MAX_WIDTH = 8;
    public static final int BORN_DEAD_MIN_DEPTH = 2;
    public static final int BORN_DEAD_MIN_TRIALS = 100;
    public static final int BORN_DEAD_MAX_TRIALS = 10_000;
    /** The state of a new tab: the {@link DepthPreset#TANH_SMALL} claim, born-dead ReLU networks of width 2. */
    public static final DepthState INITIAL = new DepthState(ActivationSpec.of("tanh"), WeightInit.NORMAL,
            DepthConfig.DEFAULT_STD, 30, 100, BatchNormMode.OFF, DepthConfig.DEFAULT_SEED, 2, 30, 2000);

    public DepthState {
        Objects.requireNonNull(activation, "activation");
        Objects.requireNonNull(init, "init");
        Objects.requireNonNull(batchNorm, "batchNorm");
        new DepthConfig(activation.resolve(), init, std, layers, width, batchNorm, seed);
        requireRange("the born-dead width", bornDeadWidth, 1, BORN_DEAD_MAX_WIDTH);
        requireRange("the born-dead depth", bornDeadDepth, BORN_DEAD_MIN_DEPTH, BornDeadConfig.MAX_DEPTH);
        requireRange("the born-dead trial count", bornDeadTrials, BORN_DEAD_MIN_TRIALS, BORN_DEAD_MAX_TRIALS);
    }

    private static void requireRange(String name, int value, int min, int max) {
        if (value < min || value > max) {
            throw new IllegalArgumentException(name + " must be a whole number from " + min + " to " + max + ", got " + value);
        }
    }

    /** The depth study these settings run. */
    public DepthConfig study() {
        return new DepthConfig(activation.resolve(), init, std, layers, width, batchNorm, seed);
    }

    /** The born-dead curve these settings estimate. */
    public BornDeadConfig bornDead() {
        return new BornDeadConfig(bornDeadWidth, bornDeadDepth, bornDeadTrials, seed);
    }

    /** Whether {@code other} runs the same depth study (its born-dead settings aside). */
    public boolean sameStudy(DepthState other) {
        return activation.equals(other.activation) && init == other.init && Double.compare(std, other.std) == 0
                && layers == other.layers && width == other.width && batchNorm == other.batchNorm
                && seed == other.seed;
    }

    /** Whether {@code other} estimates the same born-dead curve. */
    public boolean sameBornDead(DepthState other) {
        return bornDead().equals(other.bornDead());
    }

    /** This state with every layer's activation {@code a}. */
    public DepthState withActivation(ActivationSpec a) {
        return new DepthState(a, init, std, layers, width, batchNorm, seed, bornDeadWidth, bornDeadDepth, bornDeadTrials);
    }

    /** This state with initialiser {@code w}. */
    public DepthState withInit(WeightInit w) {
        return new DepthState(activation, w, std, layers, width, batchNorm, seed, bornDeadWidth, bornDeadDepth,
                bornDeadTrials);
    }

    /** This state with the standard deviation {@code s} of normal weights. */
    public DepthState withStd(double s) {
        return new DepthState(activation, init, s, layers, width, batchNorm, seed, bornDeadWidth, bornDeadDepth,
                bornDeadTrials);
    }

    /** This state with {@code l} layers. */
    public DepthState withLayers(int l) {
        return new DepthState(activation, init, std, l, width, batchNorm, seed, bornDeadWidth, bornDeadDepth,
                bornDeadTrials);
    }

    /** This state with {@code n} units per layer. */
    public DepthState withWidth(int n) {
        return new DepthState(activation, init, std, layers, n, batchNorm, seed, bornDeadWidth, bornDeadDepth,
                bornDeadTrials);
    }

    /** This state with batch normalisation {@code m}. */
    public DepthState withBatchNorm(BatchNormMode m) {
        return new DepthState(activation, init, std, layers, width, m, seed, bornDeadWidth, bornDeadDepth,
                bornDeadTrials);
    }

    /** This state with seed {@code s}, for the study and the born-dead networks alike. */
    public DepthState withSeed(long s) {
        return new DepthState(activation, init, std, layers, width, batchNorm, s, bornDeadWidth, bornDeadDepth,
                bornDeadTrials);
    }

    /** This state with born-dead networks {@code n} units wide. */
    public DepthState withBornDeadWidth(int n) {
        return new DepthState(activation, init, std, layers, width, batchNorm, seed, n, bornDeadDepth, bornDeadTrials);
    }

    /** This state with born-dead networks up to {@code l} layers deep. */
    public DepthState withBornDeadDepth(int l) {
        return new DepthState(activation, init, std, layers, width, batchNorm, seed, bornDeadWidth, l, bornDeadTrials);
    }

    /** This state with {@code t} born-dead networks per depth. */
    public DepthState withBornDeadTrials(int t) {
        return new DepthState(activation, init, std, layers, width, batchNorm, seed, bornDeadWidth, bornDeadDepth, t);
    }
}
