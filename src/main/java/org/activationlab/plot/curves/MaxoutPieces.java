package org.activationlab.plot.curves;

import java.util.Map;
import java.util.Optional;
import org.activationlab.model.Activation;

/**
 * The linear pieces w_i x + b_i of a Maxout unit, f(x) = max_i (w_i x + b_i) (Goodfellow et al.,
 * "Maxout Networks", 2013), read from its parameters k, w1..wk, b1..bk.
 */
public final class MaxoutPieces {
    /** The catalogue name of Maxout. */
    public static final String MAXOUT = "maxout";

    private final double[] weights;
    private final double[] biases;

    private MaxoutPieces(double[] weights, double[] biases) {
        this.weights = weights;
        this.biases = biases;
    }

    /** The pieces of {@code activation} if it is Maxout. */
    public static Optional<MaxoutPieces> of(Activation activation) {
        if (!MAXOUT.equals(activation.name())) {
            return Optional.empty();
        }
        Map<String, Double> p = activation.parameterValues();
        int k = (int) Math.round(p.get("k"));
        double[] w = new double[k];
        double[] b = new double[k];
        for (int i = 0; i < k; i++) {
            w[i] = p.get("w" + (i + 1));
            b[i] = p.get("b" + (i + 1));
        }
        return Optional.of(new MaxoutPieces(w, b));
    }

    /** The number of pieces k. */
    public int count() {
        return weights.length;
    }

    /** The slope of piece i (0-based). */
    public double weight(int i) {
        return weights[i];
    }

    /** The intercept of piece i (0-based). */
    public double bias(int i) {
        return biases[i];
    }

    /** w_i x + b_i. */
    public double piece(int i, double x) {
        return weights[i] * x + biases[i];
    }

    /** The piece that attains the maximum at x (the first one on a tie). */
    public int winner(double x) {
        int best = 0;
        for (int i = 1; i < weights.length; i++) {
            if (piece(i, x) > piece(best, x)) {
                best = i;
            }
        }
        return best;
    }
}
