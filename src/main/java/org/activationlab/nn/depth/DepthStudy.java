package org.activationlab.nn.depth;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import org.activationlab.nn.Histogram;
import org.activationlab.nn.Rng;
import org.activationlab.nn.UnitHealth;

/**
 * Runs a batch through a deep stack of layers at initialisation and measures, layer by layer,
 * how activations and back-propagated gradients grow, shrink, saturate or die (source text,
 * sections 3 and 6; Glorot &amp; Bengio 2010, He et al. 2015, Ioffe &amp; Szegedy 2015,
 * Klambauer et al. 2017).
 *
 * <p>The inputs h_0 are a batch of {@value DepthConfig#BATCH_SIZE} rows of N values drawn from
 * N(0, 1). The loss is L = sum over the batch and units of g * h_L with g drawn from N(0, 1), so
 * the output gradient dL/dh_L = g has unit variance; it is back-propagated exactly, through
 * batch normalisation too, to dL/dh_l of every layer (see {@link DeepNetwork} for the layers).
 * The inputs, g and each layer's weights come from independent {@link Rng#stream streams} of the
 * seed.
 */
public final class DepthStudy {
    /** The number of histogram bins per layer. */
    public static final int HISTOGRAM_BINS = 40;
    private static final long INPUT_STREAM = 0;
    private static final long OUTPUT_GRADIENT_STREAM = 1;

    /** Receives the share of the work done, from 0 to 1. */
    @FunctionalInterface
    public interface Progress {
        void done(double fraction);
    }

    private DepthStudy() {
    }

    /** Runs {@code config}. Deterministic: the same config gives the same numbers, bit for bit. */
    public static DepthResult run(DepthConfig config) {
        return run(config, fraction -> { });
    }

    /**
     * Runs {@code config}, reporting progress after each layer of the forward and backward passes.
     *
     * @throws CancellationException if the calling thread is interrupted (the interrupt flag is cleared)
     */
    public static DepthResult run(DepthConfig config, Progress progress) {
        int n = config.width();
        int layers = config.layers();
        int values = DepthConfig.BATCH_SIZE * n;
        DeepNetwork network = new DeepNetwork(config);
        List<ForwardStats> forward = new ArrayList<>(layers);
        network.forward(gaussians(Rng.stream(config.seed(), INPUT_STREAM), values), (layer, pre, out, derivative) -> {
            forward.add(new ForwardStats(Moments.of(pre), Moments.of(out), saturatedFraction(derivative, n),
                    deadFraction(derivative, n), histogram(out), nonFiniteFraction(out)));
            step(progress, layer, layers);
        });
        double[] gradientStd = new double[layers];
        network.backward(gaussians(Rng.stream(config.seed(), OUTPUT_GRADIENT_STREAM), values), 1, (layer, dh) -> {
            gradientStd[layer - 1] = Moments.of(dh).std();
            step(progress, 2 * layers - layer + 1, layers);
        });
        List<DepthLayerStats> stats = new ArrayList<>(layers);
        for (int l = 0; l < layers; l++) {
            ForwardStats s = forward.get(l);
            stats.add(new DepthLayerStats(l + 1, s.pre.mean(), s.pre.std(), s.act.mean(), s.act.std(), gradientStd[l],
                    s.saturated, s.dead, s.histogram, s.nonFinite));
        }
        return new DepthResult(config, stats);
    }

    private record ForwardStats(Moments pre, Moments act, double saturated, double dead, Histogram histogram,
                                double nonFinite) {
    }

    /** The share of {@code values} that are infinite or NaN. */
    private static double nonFiniteFraction(double[] values) {
        int count = 0;
        for (double v : values) {
            if (!Double.isFinite(v)) {
                count++;
            }
        }
        return (double) count / values.length;
    }

    private static double[] gaussians(Rng rng, int count) {
        double[] values = new double[count];
        for (int k = 0; k < count; k++) {
            values[k] = rng.nextGaussian();
        }
        return values;
    }

    /** The share of the n units saturated over the batch ({@link UnitHealth#isSaturated}). */
    private static double saturatedFraction(double[] derivative, int n) {
        int[] counts = new int[n];
        for (int k = 0; k < derivative.length; k++) {
            if (UnitHealth.saturates(derivative[k])) {
                counts[k % n]++;
            }
        }
        int batch = derivative.length / n;
        int units = 0;
        for (int count : counts) {
            if (UnitHealth.isSaturated(count, batch)) {
                units++;
            }
        }
        return (double) units / n;
    }

    /** The share of the n units dead over the batch ({@link UnitHealth#isDead}). */
    private static double deadFraction(double[] derivative, int n) {
        int[] counts = new int[n];
        for (int k = 0; k < derivative.length; k++) {
            if (derivative[k] == 0) {
                counts[k % n]++;
            }
        }
        int batch = derivative.length / n;
        int units = 0;
        for (int count : counts) {
            if (UnitHealth.isDead(count, batch)) {
                units++;
            }
        }
        return (double) units / n;
    }

    /**
     * The histogram of {@code values} over [min, max] of the finite ones; a constant layer gets a
     * range of +-0.5 (or +-1e-6 relative) around its value, a layer with no finite value [-0.5, 0.5).
     */
    private static Histogram histogram(double[] values) {
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (double v : values) {
            if (Double.isFinite(v)) {
                min = Math.min(min, v);
                max = Math.max(max, v);
            }
        }
        if (min > max) {
            return Histogram.of(values, -0.5, 0.5, HISTOGRAM_BINS);
        }
        if (min == max) {
            double half = Math.max(0.5, Math.abs(min) * 1e-6);
            return Histogram.of(values, min - half, max + half, HISTOGRAM_BINS);
        }
        double upper = Math.nextUp(max);
        return Histogram.of(values, min, Double.isFinite(upper) ? upper : max, HISTOGRAM_BINS);
    }

    private static void step(Progress progress, int done, int layers) {
        if (Thread.interrupted()) {
            throw new CancellationException("the depth study was cancelled");
        }
        progress.done(done / (2.0 * layers));
    }
}
