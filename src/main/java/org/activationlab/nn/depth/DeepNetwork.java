package org.activationlab.nn.depth;

import java.util.Arrays;
import org.activationlab.model.Activation;
import org.activationlab.nn.Initializer;
import org.activationlab.nn.Rng;
import org.activationlab.nn.UnitKind;

/**
 * The depth study's network at initialisation: L bias-free N x N layers, layer l computing
 * z_l = W_l h_{l-1} and outputting f(z_l), f(BN(z_l)) or BN(f(z_l)) (see {@link BatchNormMode}),
 * with exact reverse-mode differentiation. Arrays are row-major {@code [batch][N]}.
 *
 * <p>A gated activation ({@link UnitKind#gated()}: glu, reglu, geglu, swiglu) makes every layer
 * one {@code Linear(N, 2N)}: z = W h with W of 2N rows, a = its first N rows, b = its last N, and
 * the layer outputs h = a g(b) (batch normalisation is then off, {@link DepthConfig}). Its weights
 * are drawn as that one Linear's, fanIn = N and fanOut = 2N ({@link UnitKind#initFanOut}), W_a
 * first; "what the activation received" is then a followed by b, and "f'" the partials dh/da
 * followed by dh/db.
 *
 * <p>Layer l draws its weights from stream l + {@value #WEIGHT_STREAM_OFFSET} of the seed, row by
 * row in {@code W[out][in]} order, so it has the same weights whatever the depth. Weights are
 * drawn again for the backward pass rather than kept: only what each layer's activation
 * received (and its batch-norm statistics) is kept, one batch x N array per layer.
 */
final class DeepNetwork {
    /** Streams below this are free for the caller's inputs and output gradients. */
    static final long WEIGHT_STREAM_OFFSET = 2;

    /** Sees one layer of the forward pass. */
    @FunctionalInterface
    interface LayerVisitor {
        /**
         * @param layer 1-based
         * @param pre what the activation received
         * @param out the layer's output h
         * @param derivative f' at {@code pre}
         */
        void layer(int layer, double[] pre, double[] out, double[] derivative);
    }

    /** Sees dLoss/dh of one layer in the backward pass. */
    @FunctionalInterface
    interface GradientVisitor {
        /** @param layer 1-based, or 0 for the inputs */
        void gradient(int layer, double[] dh);
    }

    private final DepthConfig config;
    private final Activation f;
    /** The gated unit kind when every layer is gated, else null. */
    private final UnitKind gated;
    private final Initializer init;
    private final int n;
    private final int layers;
    private final double[][] kept;
    private final double[][] bnMean;
    private final double[][] bnInvStd;
    private int batch;

    DeepNetwork(DepthConfig config) {
        this.config = config;
        this.f = config.activation();
        UnitKind kind = UnitKind.of(f);
        this.gated = kind.gated() ? kind : null;
        this.init = config.initializer();
        this.n = config.width();
        this.layers = config.layers();
        this.kept = new double[layers][];
        this.bnMean = new double[layers][];
        this.bnInvStd = new double[layers][];
    }

    /** Runs the batch {@code x} (a multiple of N values, at least two rows) forward and returns h_L. */
    double[] forward(double[] x, LayerVisitor visitor) {
        if (x.length % n != 0 || x.length < 2 * n) {
            throw new IllegalArgumentException("the batch must hold at least two rows of " + n + " values, got "
                    + x.length + " values");
        }
        batch = x.length / n;
        double[] h = x;
        for (int l = 0; l < layers; l++) {
            if (gated != null) {
                h = gatedForward(l, h, visitor);
                continue;
            }
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
            visitor.layer(l + 1, z, out, derivative);
            h = out;
        }
        return h;
    }

    /**
     * Back-propagates dLoss/dh_L = {@code g} after {@link #forward}, down to layer {@code lowest}
     * (0 includes the gradient with respect to the inputs), releasing each layer's kept values.
     */
    void backward(double[] g, int lowest, GradientVisitor visitor) {
        double[] dh = g.clone();
        double[] value = new double[batch * n];
        double[] derivative = new double[batch * n];
        for (int l = layers - 1; l >= 0; l--) {
            visitor.gradient(l + 1, dh);
            if (l < lowest) {
                break;
            }
            double[] pre = kept[l];
            if (gated != null) {
                dh = gatedBackward(l, pre, dh);
                kept[l] = null;
                continue;
            }
            f.fill(pre, value, derivative);
            switch (config.batchNorm()) {
                case OFF -> multiply(dh, derivative);
                case BEFORE -> {
                    multiply(dh, derivative);
                    BatchNorm.backward(dh, pre, bnInvStd[l], batch, n, dh);
                }
                case AFTER -> {
                    BatchNorm.backward(dh, normalizedAgain(l, value), bnInvStd[l], batch, n, dh);
                    multiply(dh, derivative);
                }
            }
            kept[l] = null;
            double[] previous = new double[batch * n];
            DenseLayer.backward(dh, weights(l), batch, n, previous);
            dh = previous;
        }
        if (lowest == 0) {
            visitor.gradient(0, dh);
        }
    }

    /** h = a g(b) of a gated layer, with a = W_a h and b = W_b h, keeping [a; b]. */
    private double[] gatedForward(int l, double[] h, LayerVisitor visitor) {
        double[] w = weights(l);
        int size = batch * n;
        double[] za = new double[size];
        double[] zb = new double[size];
        DenseLayer.forward(h, Arrays.copyOfRange(w, 0, n * n), batch, n, za);
        DenseLayer.forward(h, Arrays.copyOfRange(w, n * n, 2 * n * n), batch, n, zb);
        double[] z = new double[2 * size];
        System.arraycopy(za, 0, z, 0, size);
        System.arraycopy(zb, 0, z, size, size);
        double[] out = new double[size];
        double[] partials = new double[2 * size];
        gated.forward(Double.NaN, z, n, batch, out, partials, null);
        kept[l] = z;
        visitor.layer(l + 1, z, out, partials);
        return out;
    }

    /** dL/dh of a gated layer's input: W_a^T (dh g(b)) + W_b^T (dh a g'(b)). */
    private double[] gatedBackward(int l, double[] z, double[] dh) {
        int size = batch * n;
        double[] out = new double[size];
        double[] partials = new double[2 * size];
        gated.forward(Double.NaN, z, n, batch, out, partials, null);
        double[] dz = new double[2 * size];
        gated.backward(z, dh, partials, null, n, batch, dz);
        double[] w = weights(l);
        double[] fromA = new double[size];
        double[] fromB = new double[size];
        DenseLayer.backward(Arrays.copyOfRange(dz, 0, size), Arrays.copyOfRange(w, 0, n * n), batch, n, fromA);
        DenseLayer.backward(Arrays.copyOfRange(dz, size, 2 * size), Arrays.copyOfRange(w, n * n, 2 * n * n), batch,
                n, fromB);
        for (int k = 0; k < size; k++) {
            fromA[k] += fromB[k];
        }
        return fromA;
    }

    private void normalize(int layer, double[] x) {
        bnMean[layer] = new double[n];
        bnInvStd[layer] = new double[n];
        BatchNorm.normalize(x, batch, n, bnMean[layer], bnInvStd[layer]);
    }

    /** The forward pass's BN(f(z)) of {@code layer}, recomputed in place from f(z) with the same arithmetic. */
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

    /** The weights of layer {@code layer} (0-based), {@code W[out][in]} (2N rows when gated), the same every time. */
    private double[] weights(int layer) {
        Rng rng = Rng.stream(config.seed(), WEIGHT_STREAM_OFFSET + layer);
        int rows = gated == null ? n : 2 * n;
        int fanOut = gated == null ? n : gated.initFanOut(n);
        double[] w = new double[rows * n];
        for (int k = 0; k < w.length; k++) {
            w[k] = init.sample(n, fanOut, rng);
        }
        return w;
    }
}
