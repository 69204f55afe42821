package org.activationlab.nn;

/**
 * Forward and backward passes over flat parameter and buffer arrays, allocation-free.
 *
 * <p>Buffers are feature-major: the values of row (or unit, or input feature) r for all
 * {@code n} points are contiguous at {@code [r * n, r * n + n)}, so the inner loops run over
 * points and vectorise. The arithmetic per point is still that of a plain loop: a layer
 * computes z = (w_0 x_0 + w_1 x_1 + ... + w_last x_last) + b (products summed over inputs in
 * order, then the bias, as {@code addmm} does; {@link WeightedSum}), then its outputs from z (see
 * {@link UnitKind}: one call per layer, whose loops run over the layer's arrays). The backward pass is exact reverse-mode differentiation of that: per
 * layer dL/dz from dL/d(output), dL/dW[j][m] = sum over points (in order) of dL/dz_j x_m,
 * dL/db_j = sum over points of dL/dz_j, dL/dx_m = sum over rows j (in order) of W[j][m] dL/dz_j,
 * and the unit kind's own gradient of a learned alpha.
 */
final class Propagation {
    private Propagation() {
    }

    /** Point-major values ({@code features} per point) rearranged feature by feature. */
    static double[] featureMajor(double[] pointMajor, int features) {
        int n = pointMajor.length / features;
        double[] t = new double[pointMajor.length];
        for (int i = 0; i < n; i++) {
            for (int f = 0; f < features; f++) {
                t[f * n + i] = pointMajor[i * features + f];
            }
        }
        return t;
    }

    /**
     * Runs the {@code w.size} points of {@code x} (feature-major) through the network. With
     * {@code derivatives}, also stores f'(z) of every hidden unit (needed for the backward pass
     * and the dead and saturated counts).
     */
    static void forward(Layout layout, double[] p, double[] x, Workspace w, boolean derivatives) {
        forward(layout, p, x, w, derivatives, null);
    }

    /**
     * As {@link #forward(Layout, double[], double[], Workspace, boolean)}; with {@code noise}, a
     * training-mode pass (units that are random in training, RReLU, draw from it), without it
     * an evaluation pass.
     */
    static void forward(Layout layout, double[] p, double[] x, Workspace w, boolean derivatives, Rng noise) {
        double[] in = x;
        for (int l = 0; l < layout.hiddenCount(); l++) {
            LayerShape s = layout.layer(l);
            double[] z = w.z[l];
            affine(p, s, in, w, z);
            double[] derivative = derivatives ? w.derivative[l] : null;
            if (noise == null) {
                s.unitKind().forward(alpha(p, s), z, s.units(), w.size, w.a[l], derivative, w.route[l]);
            } else {
                s.unitKind().forwardTraining(alpha(p, s), z, s.units(), w.size, w.a[l], derivative, w.route[l],
                        noise);
            }
            in = w.a[l];
        }
        affine(p, layout.output(), in, w, w.out);
    }

    /** z_j = (sum_m W[j][m] in_m) + b_j for every point ({@link WeightedSum}, the bias as its last term). */
    private static void affine(double[] p, LayerShape s, double[] in, Workspace w, double[] z) {
        WeightedSum.compute(p, s.weightOffset(), s.inputs(), 1, s.rows(), s.inputs(), in, s.biasOffset(), w, z);
    }

    /** The layer's learned alpha, NaN if it has none. */
    private static double alpha(double[] p, LayerShape s) {
        return s.hasAlpha() ? p[s.alphaOffset()] : Double.NaN;
    }

    /**
     * Back-propagates {@code w.outGradient} (dL/d(out), set by the loss) through the network
     * after a {@link #forward} with derivatives, writing dL/d(parameter) into {@code grad}.
     */
    static void backward(Layout layout, double[] p, double[] x, Workspace w, double[] grad) {
        int last = layout.hiddenCount();
        LayerShape out = layout.output();
        ParameterGradient.compute(out, w.outGradient, last == 0 ? x : w.a[last - 1], w.ones, w.size, grad);
        if (last > 0) {
            inputGradient(p, out, w.outGradient, w, w.outputGradient[last - 1]);
        }
        for (int l = last - 1; l >= 0; l--) {
            LayerShape s = layout.layer(l);
            double[] dz = w.preActivationGradient[l];
            double[] dy = w.outputGradient[l];
            double alphaGradient = s.unitKind().backward(w.z[l], dy, w.derivative[l], w.route[l], s.units(), w.size,
                    dz);
            if (s.hasAlpha()) {
                grad[s.alphaOffset()] = alphaGradient;
            }
            ParameterGradient.compute(s, dz, l == 0 ? x : w.a[l - 1], w.ones, w.size, grad);
            if (l > 0) {
                inputGradient(p, s, dz, w, w.outputGradient[l - 1]);
            }
        }
    }

    /** dL/d(in)_m = sum_j W[j][m] dz_j, rows summed in order. */
    private static void inputGradient(double[] p, LayerShape s, double[] dz, Workspace w, double[] din) {
        WeightedSum.compute(p, s.weightOffset(), 1, s.inputs(), s.inputs(), s.rows(), dz, -1, w, din);
    }
}
