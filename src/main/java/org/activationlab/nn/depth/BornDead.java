package org.activationlab.nn.depth;

import org.activationlab.nn.Initializer;
import org.activationlab.nn.Rng;

/**
 * Monte-Carlo estimate of the probability that a deep narrow ReLU network is "born dead": a
 * constant function at initialisation, so no gradient can ever change what it computes
 * (Lu, Shin, Su &amp; Karniadakis 2019, "Dying ReLU and initialization: theory and numerical
 * examples"). Their theorem: with weights drawn from symmetric distributions, the probability
 * tends to 1 as the depth grows, the faster the narrower the network.
 *
 * <p>Setup: one input x in [-1, 1], hidden layers of the configured width computing
 * h_l = relu(W_l h_{l-1}) with He-normal weights (symmetric) and zero biases. A network with L
 * hidden layers is born dead when h_L is the same for every input, so any output layer gives
 * a constant. Zero biases make the network positively homogeneous (h_L(t x) = t h_L(x) for
 * t &gt; 0) with h_L(0) = 0, so it is born dead exactly when h_L(-1) = h_L(1) = 0: two inputs
 * decide it, and the weight scale does not matter. Once a layer outputs zero for both inputs
 * every deeper layer does too, so each trial draws one network of the greatest depth and
 * counts as dead for every depth from the first all-zero layer on (each depth's estimate is
 * unbiased; the curve is non-decreasing by construction).
 *
 * <p>With width 1 the answer is known exactly: layer 1 is alive, and each further layer dies
 * when its one weight is negative, so P(dead at depth L) = 1 - 2^-(L-1).
 */
public final class BornDead {
    private static final Initializer WEIGHTS = Initializer.heNormal();

    private BornDead() {
    }

    /** Runs {@code config.trials()} networks. Deterministic for a given config. */
    public static BornDeadCurve estimate(BornDeadConfig config) {
        int maxDepth = config.maxDepth();
        int[] firstDeadCounts = new int[maxDepth + 1];
        Rng rng = new Rng(config.seed());
        for (int t = 0; t < config.trials(); t++) {
            firstDeadCounts[firstDeadLayer(config.width(), maxDepth, rng)]++;
        }
        int[] deadCounts = new int[maxDepth];
        int dead = 0;
        for (int depth = 1; depth <= maxDepth; depth++) {
            dead += firstDeadCounts[depth];
            deadCounts[depth - 1] = dead;
        }
        return new BornDeadCurve(config, deadCounts);
    }

    /** The first hidden layer of a fresh network that outputs zero for x = 1 and x = -1, or 0 if none. */
    private static int firstDeadLayer(int width, int maxDepth, Rng rng) {
        double[] plus = {1};
        double[] minus = {-1};
        for (int depth = 1; depth <= maxDepth; depth++) {
            double[] w = weights(plus.length, width, rng);
            plus = reluLayer(w, plus, width);
            minus = reluLayer(w, minus, width);
            if (allZero(plus) && allZero(minus)) {
                return depth;
            }
        }
        return 0;
    }

    /** He-normal weights {@code w[out][in]}, row-major. */
    private static double[] weights(int inputs, int width, Rng rng) {
        double[] w = new double[width * inputs];
        for (int k = 0; k < w.length; k++) {
            w[k] = WEIGHTS.sample(inputs, width, rng);
        }
        return w;
    }

    private static double[] reluLayer(double[] w, double[] in, int width) {
        double[] out = new double[width];
        for (int j = 0; j < width; j++) {
            double z = 0;
            for (int m = 0; m < in.length; m++) {
                z += w[j * in.length + m] * in[m];
            }
            out[j] = Math.max(0, z);
        }
        return out;
    }

    private static boolean allZero(double[] values) {
        for (double v : values) {
            if (v != 0) {
                return false;
            }
        }
        return true;
    }
}
