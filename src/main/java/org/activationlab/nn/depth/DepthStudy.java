package org.activationlab.nn.depth;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import org.activationlab.model.Activation;
import org.activationlab.nn.Histogram;
import org.activationlab.nn.Initializer;
import org.activationlab.nn.Rng;
import org.activationlab.nn.UnitHealth;

/**
 * Runs a batch through a deep stack of layers at initialisation and measures, layer by layer,
 * how activations and back-propagated gradients grow, shrink, saturate or die (source text,
 * sections 3 and 6; Glorot &amp; Bengio 2010, He et al. 2015, Ioffe &amp; Szegedy 2015,
 * Klambauer et al. 2017).
 *
 * <p>The network: h_0 = x, a batch of {@value DepthConfig#BATCH_SIZE} inputs with N entries
 * drawn from N(0, 1); layer l computes z_l = W_l h_{l-1} (N x N weights, zero biases) and
 * outputs h_l = f(z_l), f(BN(z_l)) or BN(f(z_l)) depending on {@link BatchNormMode}.
 * The loss is L = sum over the batch and units of g * h_L with g drawn from N(0, 1), so the
 * output gradient dL/dh_L = g has unit variance; it is back-propagated exactly (through batch
 * normalisation too) to dL/dh_l for every layer.
 *
 * <p>Random numbers come from independent {@link Rng#stream streams} of the seed: one for the
 * inputs, one for g, and one per layer for its weights (drawn row by row in {@code W[out][in]}
 * order), so layer l has the same weights whatever the depth. Weights are drawn again for the
 * backward pass rather than kept; only each layer's pre-activations are kept.
 */
public final class DepthStudy {
    /** The number of histogram bins per layer. */
    public static final int HISTOGRAM_BINS = 40;
    private static final long INPUT_STREAM = 0;
    private static final long OUTPUT_GRADIENT_STREAM = 1;
    /** Layer l draws its weights from stream {@code WEIGHT_STREAM_BASE + l}. */
    private static final long WEIGHT_STREAM_BASE = 1;

    /** Receives the share of the work done, from 0 to 1. */
    @FunctionalInterface
    public interface Progress {
        void done(double fraction);
    }

    private final DepthConfig config;
    private final Activation f;
    private final int batch = DepthConfig.BATCH_SIZE;
    private final int n;
    private final int layers;
    private final Progress progress;
    /** Per layer: what the activation function received (z, or BN(z) when BN comes before). */
    private final double[][] kept;
    /** Per layer, with BN: the batch means and 1 / sqrt(var + eps) of each feature. */
    private final double[][] bnMean;
    private final double[][] bnInvStd;

    private DepthStudy(DepthConfig config, Progress progress) {
        this.config = config;
        this.f = config.activation();
        this.n = config.width();
        this.layers = config.layers();
        this.progress = progress;
        this.kept = new double[layers][];
        this.bnMean = new double[layers][];
        this.bnInvStd = new double[layers][];
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
        return new DepthStudy(config, progress).compute();
    }

    private DepthResult compute() {
        ForwardStats[] forward = new ForwardStats[layers];
        double[] h = gaussians(Rng.stream(config.seed(), INPUT_STREAM), batch * n);
        for (int l = 0; l < layers; l++) {
            double[] z = new double[batch * n];
            DenseLayer.forward(h, weights(l), batch, n, z);
            double[] out = new double[batch * n];
            double[] derivative = new double[batch * n];
            switch (config.batchNorm()) {
                case OFF -> f.fill(z, out, derivative);
                case BEFORE -> {
                    normalize(l, z);
                    f.fill(z, out, derivative);
                }
                case AFTER -> {
                    f.fill(z, out, derivative);
                    normalize(l, out);
                }
            }
            kept[l] = z;
            forward[l] = new ForwardStats(Moments.of(z), Moments.of(out), saturatedFraction(derivative),
                    deadFraction(derivative), histogram(out));
            h = out;
            step(l + 1);
        }
        double[] gradientStd = backward();
        List<DepthLayerStats> stats = new ArrayList<>(layers);
        for (int l = 0; l < layers; l++) {
            ForwardStats s = forward[l];
            stats.add(new DepthLayerStats(l + 1, s.pre.mean(), s.pre.std(), s.act.mean(), s.act.std(), gradientStd[l],
                    s.saturated, s.dead, s.histogram));
        }
        return new DepthResult(config, stats);
    }

    private record ForwardStats(Moments pre, Moments act, double saturated, double dead, Histogram histogram) {
    }

    /** The standard deviation of dL/dh_l for each layer, from dL/dh_L = g. */
    private double[] backward() {
        double[] gradientStd = new double[layers];
        double[] dh = gaussians(Rng.stream(config.seed(), OUTPUT_GRADIENT_STREAM), batch * n);
        double[] value = new double[batch * n];
        double[] derivative = new double[batch * n];
        for (int l = layers - 1; l >= 0; l--) {
            gradientStd[l] = Moments.of(dh).std();
            if (l == 0) {
                break;
            }
            double[] pre = kept[l];
            f.fill(pre, value, derivative);
            double[] dz = dh;
            switch (config.batchNorm()) {
                case OFF -> multiply(dz, derivative);
                case BEFORE -> {
                    multiply(dz, derivative);
                    BatchNorm.backward(dz, pre, bnInvStd[l], batch, n, dz);
                }
                case AFTER -> {
                    BatchNorm.backward(dz, normalizedAgain(l, value), bnInvStd[l], batch, n, dz);
                    multiply(dz, derivative);
                }
            }
            kept[l] = null;
            double[] previous = new double[batch * n];
            DenseLayer.backward(dz, weights(l), batch, n, previous);
            dh = previous;
            step(2 * layers - l);
        }
        return gradientStd;
    }

    private void normalize(int layer, double[] x) {
        bnMean[layer] = new double[n];
        bnInvStd[layer] = new double[n];
        BatchNorm.normalize(x, batch, n, bnMean[layer], bnInvStd[layer]);
    }

    /** The forward pass's BN(f(z)) of {@code layer}, recomputed in place from f(z). */
    private double[] normalizedAgain(int layer, double[] activations) {
        double[] mean = bnMean[layer];
        double[] invStd = bnInvStd[layer];
        for (int i = 0; i < batch; i++) {
            int row = i * n;
            for (int j = 0; j < n; j++) {
                activations[row + j] = BatchNorm.normalized(activations[row + j], mean[j], invStd[j]);
            }
        }
        return activations;
    }

    private static void multiply(double[] a, double[] b) {
        for (int i = 0; i < a.length; i++) {
            a[i] *= b[i];
        }
    }

    /** The weights of layer {@code layer} (0-based), {@code W[out][in]}, the same every time. */
    private double[] weights(int layer) {
        Rng rng = Rng.stream(config.seed(), WEIGHT_STREAM_BASE + layer + 1);
        Initializer init = config.initializer();
        double[] w = new double[n * n];
        for (int k = 0; k < w.length; k++) {
            w[k] = init.sample(n, n, rng);
        }
        return w;
    }

    private static double[] gaussians(Rng rng, int count) {
        double[] values = new double[count];
        for (int k = 0; k < count; k++) {
            values[k] = rng.nextGaussian();
        }
        return values;
    }

    private double saturatedFraction(double[] derivative) {
        int[] counts = new int[n];
        for (int k = 0; k < derivative.length; k++) {
            if (UnitHealth.saturates(derivative[k])) {
                counts[k % n]++;
            }
        }
        int units = 0;
        for (int count : counts) {
            if (UnitHealth.isSaturated(count, batch)) {
                units++;
            }
        }
        return (double) units / n;
    }

    private double deadFraction(double[] derivative) {
        int[] counts = new int[n];
        for (int k = 0; k < derivative.length; k++) {
            if (derivative[k] == 0) {
                counts[k % n]++;
            }
        }
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

    private void step(int done) {
        if (Thread.interrupted()) {
            throw new CancellationException("the depth study was cancelled");
        }
        progress.done(done / (2.0 * layers));
    }
}
