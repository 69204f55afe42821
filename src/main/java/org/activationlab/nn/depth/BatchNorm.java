package org.activationlab.nn.depth;

/**
 * Batch normalisation in training mode with gamma = 1 and beta = 0, per feature over the batch
 * (Ioffe &amp; Szegedy 2015): y = (x - mean) / sqrt(var + eps) with the biased batch variance and
 * eps = {@value #EPSILON}, as PyTorch's {@code BatchNorm1d} at initialisation. Arrays are
 * row-major {@code [batch][n]}.
 */
final class BatchNorm {
    /** Added to the variance before the square root. */
    static final double EPSILON = 1e-5;

    private BatchNorm() {
    }

    /**
     * Normalises {@code x} in place, storing each feature's batch mean and 1 / sqrt(var + eps).
     */
    static void normalize(double[] x, int batch, int n, double[] mean, double[] invStd) {
        double[] sum = new double[n];
        for (int i = 0; i < batch; i++) {
            int row = i * n;
            for (int j = 0; j < n; j++) {
                sum[j] += x[row + j];
            }
        }
        for (int j = 0; j < n; j++) {
            mean[j] = sum[j] / batch;
        }
        double[] squares = new double[n];
        for (int i = 0; i < batch; i++) {
            int row = i * n;
            for (int j = 0; j < n; j++) {
                double d = x[row + j] - mean[j];
                squares[j] += d * d;
            }
        }
        for (int j = 0; j < n; j++) {
            invStd[j] = 1 / Math.sqrt(squares[j] / batch + EPSILON);
        }
        for (int i = 0; i < batch; i++) {
            int row = i * n;
            for (int j = 0; j < n; j++) {
                x[row + j] = normalized(x[row + j], mean[j], invStd[j]);
            }
        }
    }

    /** One normalised value, the same arithmetic as {@link #normalize}. */
    static double normalized(double x, double mean, double invStd) {
        return (x - mean) * invStd;
    }

    /**
     * The exact gradient with respect to the input: per feature,
     * dx = invStd (dy - mean(dy) - xhat mean(dy xhat)), where xhat is the normalised input.
     * {@code dx} may be {@code dy}.
     */
    static void backward(double[] dy, double[] xhat, double[] invStd, int batch, int n, double[] dx) {
        double[] meanDy = new double[n];
        double[] meanDyXhat = new double[n];
        for (int i = 0; i < batch; i++) {
            int row = i * n;
            for (int j = 0; j < n; j++) {
                meanDy[j] += dy[row + j];
                meanDyXhat[j] += dy[row + j] * xhat[row + j];
            }
        }
        for (int j = 0; j < n; j++) {
            meanDy[j] /= batch;
            meanDyXhat[j] /= batch;
        }
        for (int i = 0; i < batch; i++) {
            int row = i * n;
            for (int j = 0; j < n; j++) {
                dx[row + j] = invStd[j] * (dy[row + j] - meanDy[j] - xhat[row + j] * meanDyXhat[j]);
            }
        }
    }
}
