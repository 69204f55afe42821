package org.activationlab.nn.depth;

import java.util.stream.IntStream;

/**
 * The two matrix products of a bias-free square layer, on row-major arrays: a batch
 * {@code h[batch][n]} and weights {@code w[n][n]} laid out as {@code w[out][in]} (PyTorch's
 * {@code nn.Linear.weight}). Both products run as row updates (axpy) so the JIT can vectorise
 * them, batch rows in parallel; each row's sums run over their index in increasing order, so
 * results do not depend on the number of threads. The rows run on the fork/join pool of the
 * calling thread when it is a pool's worker (the app runs the depth study on its own pool), and on
 * the common pool otherwise.
 */
final class DenseLayer {
    private DenseLayer() {
    }

    /** z[i][j] = sum_m w[j][m] h[i][m], via the transpose of w. */
    static void forward(double[] h, double[] w, int batch, int n, double[] z) {
        double[] wt = transpose(w, n);
        IntStream.range(0, batch).parallel().forEach(i -> {
            int row = i * n;
            for (int j = 0; j < n; j++) {
                z[row + j] = 0;
            }
            for (int m = 0; m < n; m++) {
                double c = h[row + m];
                int wRow = m * n;
                for (int j = 0; j < n; j++) {
                    z[row + j] += c * wt[wRow + j];
                }
            }
        });
    }

    /** dh[i][m] = sum_j dz[i][j] w[j][m]: the gradient with respect to the layer's input. */
    static void backward(double[] dz, double[] w, int batch, int n, double[] dh) {
        IntStream.range(0, batch).parallel().forEach(i -> {
            int row = i * n;
            for (int m = 0; m < n; m++) {
                dh[row + m] = 0;
            }
            for (int j = 0; j < n; j++) {
                double c = dz[row + j];
                int wRow = j * n;
                for (int m = 0; m < n; m++) {
                    dh[row + m] += c * w[wRow + m];
                }
            }
        });
    }

    private static double[] transpose(double[] w, int n) {
        double[] t = new double[n * n];
        for (int j = 0; j < n; j++) {
            for (int m = 0; m < n; m++) {
                t[m * n + j] = w[j * n + m];
            }
        }
        return t;
    }
}
