package org.activationlab.nn.depth;

import org.activationlab.model.Activation;
import org.activationlab.nn.Initializer;
import org.activationlab.nn.Rng;

/**
 * The depth study's network at initialisation: L bias-free N x N layers, layer l computing
 * z_l = W_l h_{l-1} and outputting f(z_l), f(BN(z_l)) or BN(f(z_l)) (see {@link BatchNormMode}),
 * with exact reverse-mode differentiation. Arrays are row-major {@code [batch][N]}.
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

    /** The weights of layer {@code layer} (0-based), {@code W[out][in]}, the same every time. */
    private double[] weights(int layer) {
        Rng rng = Rng.stream(config.seed(), WEIGHT_STREAM_OFFSET + layer);
        double[] w = new double[n * n];
        for (int k = 0; k < w.length; k++) {
            w[k] = init.sample(n, n, rng);
        }
        return w;
    }
}
