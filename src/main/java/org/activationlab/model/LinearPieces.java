package org.activationlab.model;

import java.util.Arrays;

/**
 * The straight lines w_i x + b_i (i = 0..k-1) whose maximum is a piecewise-linear activation,
 * f(x) = max_i (w_i x + b_i): the view of such a function that its figure draws piece by piece
 * and its editor edits. Immutable.
 */
public final class LinearPieces {
    private final double[] slopes;
    private final double[] intercepts;

    /** Pieces with slopes {@code slopes[i]} and intercepts {@code intercepts[i]} (at least one, as many of each). */
    LinearPieces(double[] slopes, double[] intercepts) {
        if (slopes.length == 0 || slopes.length != intercepts.length) {
            throw new IllegalArgumentException("pieces need as many slopes as intercepts, at least one: got "
                    + slopes.length + " and " + intercepts.length);
        }
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
        return o instanceof LinearPieces other && Arrays.equals(slopes, other.slopes)
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
