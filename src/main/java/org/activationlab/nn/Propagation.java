package org.activationlab.nn;

import java.util.Arrays;

/**
 * Forward and backward passes over flat parameter and buffer arrays, allocation-free.
 *
 * <p>A layer computes z = W a + b for every point (the dot product summed over inputs in order,
 * then the bias added, as {@code addmm} does), then its outputs from z (see {@link LayerKind}).
 * The backward pass is exact reverse-mode differentiation of that computation: for each layer,
 * dL/dz from dL/d(output), then dL/dW = sum over points of dL/dz x input, dL/db = sum over
 * points of dL/dz, dL/d(input) = W^T dL/dz, and for PReLU dL/dalpha = sum over points and
 * units with z &lt;= 0 of dL/dy z.
 */
final class Propagation {
    private Propagation() {
    }

    /**
     * Runs {@code w.size} points {@code x} (point-major) through the network. With
     * {@code derivatives}, also stores f'(z) of every hidden unit (needed for the backward pass
     * and the dead and saturated counts).
     */
    static void forward(Layout layout, double[] p, double[] x, Workspace w, boolean derivatives) {
        double[] in = x;
        for (int l = 0; l < layout.hiddenCount(); l++) {
            LayerShape s = layout.layer(l);
            double[] z = w.z[l];
            affine(p, s, in, w.size, z);
            switch (s.kind()) {
                case FUNCTION -> s.activation().fill(z, w.a[l], derivatives ? w.derivative[l] : null);
                case PRELU -> prelu(p[s.alphaOffset()], z, w.a[l], derivatives ? w.derivative[l] : null);
                case MAXOUT -> maxout(z, s.units(), s.pieces(), w.size, w.a[l], w.winner[l]);
                case OUTPUT -> throw new IllegalStateException("the output layer is not hidden");
            }
            in = w.a[l];
        }
        affine(p, layout.output(), in, w.size, w.out);
    }

    /** z[i][j] = sum_m W[j][m] in[i][m] + b[j]. */
    private static void affine(double[] p, LayerShape s, double[] in, int size, double[] z) {
        int rows = s.rows();
        int cols = s.inputs();
        int wOff = s.weightOffset();
        int bOff = s.biasOffset();
        for (int i = 0; i < size; i++) {
            int inBase = i * cols;
            int zBase = i * rows;
            for (int j = 0; j < rows; j++) {
                int wBase = wOff + j * cols;
                double sum = 0;
                for (int m = 0; m < cols; m++) {
                    sum += p[wBase + m] * in[inBase + m];
                }
                z[zBase + j] = sum + p[bOff + j];
            }
        }
    }

    private static void prelu(double alpha, double[] z, double[] a, double[] derivative) {
        for (int i = 0; i < z.length; i++) {
            double v = z[i];
            boolean positive = v > 0;
            a[i] = positive ? v : alpha * v;
            if (derivative != null) {
                derivative[i] = positive ? 1 : alpha;
            }
        }
    }

    private static void maxout(double[] z, int units, int pieces, int size, double[] a, int[] winner) {
        for (int i = 0; i < size; i++) {
            for (int u = 0; u < units; u++) {
                int base = (i * units + u) * pieces;
                int best = 0;
                double max = z[base];
                for (int j = 1; j < pieces; j++) {
                    if (z[base + j] > max) {
                        max = z[base + j];
                        best = j;
                    }
                }
                a[i * units + u] = max;
                winner[i * units + u] = best;
            }
        }
    }

    /**
     * Back-propagates {@code w.outGradient} (dL/d(out), set by the loss) through the network
     * after a {@link #forward} with derivatives, writing dL/d(parameter) into {@code grad}.
     */
    static void backward(Layout layout, double[] p, double[] x, Workspace w, double[] grad) {
        Arrays.fill(grad, 0);
        int last = layout.hiddenCount();
        LayerShape out = layout.output();
        double[] lastInput = last == 0 ? x : w.a[last - 1];
        accumulateParameterGradient(out, w.outGradient, lastInput, w.size, grad);
        if (last > 0) {
            inputGradient(p, out, w.outGradient, w.size, w.outputGradient[last - 1]);
        }
        for (int l = last - 1; l >= 0; l--) {
            LayerShape s = layout.layer(l);
            double[] dz = w.preActivationGradient[l];
            double[] dy = w.outputGradient[l];
            switch (s.kind()) {
                case FUNCTION -> multiply(dy, w.derivative[l], dz);
                case PRELU -> {
                    multiply(dy, w.derivative[l], dz);
                    grad[s.alphaOffset()] = alphaGradient(dy, w.z[l]);
                }
                case MAXOUT -> routeToWinners(dy, w.winner[l], s.pieces(), dz);
                case OUTPUT -> throw new IllegalStateException("the output layer is not hidden");
            }
            double[] in = l == 0 ? x : w.a[l - 1];
            accumulateParameterGradient(s, dz, in, w.size, grad);
            if (l > 0) {
                inputGradient(p, s, dz, w.size, w.outputGradient[l - 1]);
            }
        }
    }

    private static void multiply(double[] a, double[] b, double[] out) {
        for (int i = 0; i < out.length; i++) {
            out[i] = a[i] * b[i];
        }
    }

    /** sum over z &lt;= 0 of dL/dy z (PyTorch's prelu backward). */
    private static double alphaGradient(double[] dy, double[] z) {
        double sum = 0;
        for (int i = 0; i < z.length; i++) {
            if (z[i] <= 0) {
                sum += dy[i] * z[i];
            }
        }
        return sum;
    }

    private static void routeToWinners(double[] dy, int[] winner, int pieces, double[] dz) {
        Arrays.fill(dz, 0);
        for (int i = 0; i < dy.length; i++) {
            dz[i * pieces + winner[i]] = dy[i];
        }
    }

    /** dL/dW[j][m] += sum_i dz[i][j] in[i][m]; dL/db[j] += sum_i dz[i][j]. */
    private static void accumulateParameterGradient(LayerShape s, double[] dz, double[] in, int size, double[] grad) {
        int rows = s.rows();
        int cols = s.inputs();
        int wOff = s.weightOffset();
        int bOff = s.biasOffset();
        for (int i = 0; i < size; i++) {
            int inBase = i * cols;
            int zBase = i * rows;
            for (int j = 0; j < rows; j++) {
                double g = dz[zBase + j];
                grad[bOff + j] += g;
                int wBase = wOff + j * cols;
                for (int m = 0; m < cols; m++) {
                    grad[wBase + m] += g * in[inBase + m];
                }
            }
        }
    }

    /** dL/d(in)[i][m] = sum_j dz[i][j] W[j][m]. */
    private static void inputGradient(double[] p, LayerShape s, double[] dz, int size, double[] din) {
        int rows = s.rows();
        int cols = s.inputs();
        int wOff = s.weightOffset();
        for (int i = 0; i < size; i++) {
            int dBase = i * cols;
            int zBase = i * rows;
            for (int m = 0; m < cols; m++) {
                din[dBase + m] = 0;
            }
            for (int j = 0; j < rows; j++) {
                double g = dz[zBase + j];
                int wBase = wOff + j * cols;
                for (int m = 0; m < cols; m++) {
                    din[dBase + m] += g * p[wBase + m];
                }
            }
        }
    }
}
