package org.activationlab.model;

/**
 * Whether f(Z) has mean zero for a standard normal Z, by the trapezoid rule on [-12, 12] with
 * step 1/128: the normal density is below 1e-31 beyond, so for functions that grow at most
 * linearly the rule is exact to rounding for smooth f and within about 1e-6 of the jump in f'
 * at a kink.
 */
final class GaussianMean {
    private static final double HALF_WIDTH = 12;
    private static final double STEP = 1.0 / 128;
    private static final double[] XS = grid();
    private static final double[] WEIGHTS = weights();
    /** |mean| at most this fraction of the RMS counts as zero. */
    private static final double ZERO = 1e-4;

    private GaussianMean() {
    }

    private static double[] grid() {
        int n = (int) Math.round(2 * HALF_WIDTH / STEP) + 1;
        double[] xs = new double[n];
        for (int i = 0; i < n; i++) {
            xs[i] = -HALF_WIDTH + i * STEP;
        }
        return xs;
    }

    private static double[] weights() {
        double[] w = new double[XS.length];
        double norm = STEP / Math.sqrt(2 * Math.PI);
        for (int i = 0; i < w.length; i++) {
            w[i] = norm * Math.exp(-XS[i] * XS[i] / 2);
        }
        w[0] /= 2;
        w[w.length - 1] /= 2;
        return w;
    }

    /**
     * Whether E[f(Z)] = 0 for a standard normal Z, within {@value #ZERO} of the RMS of f(Z):
     * the outputs are centred on zero for inputs centred on zero (tanh yes, sigmoid no; SELU by
     * construction, Klambauer et al. 2017).
     */
    static boolean zeroMean(Activation a) {
        double[] values = new double[XS.length];
        a.fill(XS, values, null);
        double scale = 0;
        for (double v : values) {
            scale = Math.max(scale, Math.abs(v));
        }
        if (scale == 0) {
            return true;
        }
        double mean = 0;
        double meanSquare = 0;
        for (int i = 0; i < values.length; i++) {
            double v = values[i] / scale;
            mean += WEIGHTS[i] * v;
            meanSquare += WEIGHTS[i] * v * v;
        }
        return Math.abs(mean) <= ZERO * Math.sqrt(meanSquare);
    }
}
