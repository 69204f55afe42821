package org.activationlab.model;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The straight lines w_i x + b_i (i = 0..k-1) whose maximum is a piecewise-linear activation,
 * f(x) = max_i (w_i x + b_i): the view of such a function that its figure draws piece by piece
 * and its editor edits. The view also names the parameters that hold the pieces (for Maxout
 * {@code k}, {@code w1}, {@code b1}, ...), so that an editor changes them through
 * {@link Activation#with} without knowing the function. Immutable.
 */
public final class LinearPieces {
    private final String countParameter;
    private final String slopePrefix;
    private final String interceptPrefix;
    private final double[] slopes;
    private final double[] intercepts;

    /**
     * Pieces with slopes {@code slopes[i]} and intercepts {@code intercepts[i]} (at least one, as
     * many of each), held by the parameters {@code countParameter} and, for piece i (1-based),
     * {@code slopePrefix + i} and {@code interceptPrefix + i}.
     */
    LinearPieces(String countParameter, String slopePrefix, String interceptPrefix, double[] slopes,
                 double[] intercepts) {
        if (slopes.length == 0 || slopes.length != intercepts.length) {
            throw new IllegalArgumentException("pieces need as many slopes as intercepts, at least one: got "
                    + slopes.length + " and " + intercepts.length);
        }
        this.countParameter = countParameter;
        this.slopePrefix = slopePrefix;
        this.interceptPrefix = interceptPrefix;
        this.slopes = slopes.clone();
        this.intercepts = intercepts.clone();
    }

    /** The number of pieces k. */
    public int count() {
        return slopes.length;
    }

    /** The slope w_i of piece i (0-based). */
    public double slope(int i) {
        return slopes[i];
    }

    /** The intercept b_i of piece i (0-based). */
    public double intercept(int i) {
        return intercepts[i];
    }

    /** The parameter holding the number of pieces. */
    public String countParameter() {
        return countParameter;
    }

    /** The parameter holding the slope of piece i (0-based). */
    public String slopeParameter(int i) {
        return slopePrefix + (i + 1);
    }

    /** The parameter holding the intercept of piece i (0-based). */
    public String interceptParameter(int i) {
        return interceptPrefix + (i + 1);
    }

    /**
     * The parameter values that make pieces with these slopes and intercepts: the count first,
     * then each piece's slope and intercept, in order (as {@link Activation#with(Map)} applies them).
     */
    public Map<String, Double> parametersFor(double[] newSlopes, double[] newIntercepts) {
        if (newSlopes.length != newIntercepts.length) {
            throw new IllegalArgumentException(newSlopes.length + " slopes but " + newIntercepts.length + " intercepts");
        }
        Map<String, Double> values = new LinkedHashMap<>();
        values.put(countParameter, (double) newSlopes.length);
        for (int i = 0; i < newSlopes.length; i++) {
            values.put(slopeParameter(i), newSlopes[i]);
            values.put(interceptParameter(i), newIntercepts[i]);
        }
        return values;
    }

    /** w_i x + b_i. */
    public double value(int i, double x) {
        return slopes[i] * x + intercepts[i];
    }

    /**
     * The piece that attains the maximum at x, the first one on a tie (torch.max over the pieces
     * returns the first maximal index and sends the gradient there).
     */
    public int winner(double x) {
        int best = 0;
        double bestValue = value(0, x);
        for (int i = 1; i < slopes.length; i++) {
            double v = value(i, x);
            if (v > bestValue) {
                best = i;
                bestValue = v;
            }
        }
        return best;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof LinearPieces other && countParameter.equals(other.countParameter)
                && slopePrefix.equals(other.slopePrefix) && interceptPrefix.equals(other.interceptPrefix)
                && Arrays.equals(slopes, other.slopes)
                && Arrays.equals(intercepts, other.intercepts);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(slopes) + Arrays.hashCode(intercepts);
    }

    @Override
    public String toString() {
        return "LinearPieces[slopes=" + Arrays.toString(slopes) + ", intercepts=" + Arrays.toString(intercepts) + "]";
    }
}
