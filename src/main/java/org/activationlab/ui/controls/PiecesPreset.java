package org.activationlab.ui.controls;

import java.util.Map;
import org.activationlab.model.LinearPieces;
import org.activationlab.ui.TextKeys;

/** Ready-made linear pieces that show what a maximum of lines can express (source text, section 4). */
public enum PiecesPreset {
    /** k = 2, (w, b) = (1, 0), (0, 0): max(x, 0), exactly ReLU. */
    RELU(TextKeys.PIECES_PRESET_RELU),
    /** k = 2, (w, b) = (-1, 0), (1, 0): max(-x, x) = |x|. */
    ABSOLUTE_VALUE(TextKeys.PIECES_PRESET_ABSOLUTE_VALUE),
    /**
     * k tangent lines of x^2 at evenly spaced points a_i over a range: y = 2 a_i x - a_i^2. Their
     * max is a convex piecewise-linear approximation of x^2 that touches it at every a_i. Uses
     * the current k when it is at least 3, otherwise {@link #DEFAULT_TANGENTS}.
     */
    SQUARE_TANGENTS(TextKeys.PIECES_PRESET_SQUARE);

    /** Pieces of the x^2 approximation when the current k is too small to show the idea. */
    public static final int DEFAULT_TANGENTS = 5;
    private static final int FEWEST_TANGENTS = 3;

    private final String textKey;

    PiecesPreset(String textKey) {
        this.textKey = textKey;
    }

    /** The text key of the preset's name. */
    public String textKey() {
        return textKey;
    }

    /**
     * The parameters of this preset for a function whose pieces are {@code current}: the count
     * first, then each piece's slope and intercept ({@link LinearPieces#parametersFor}).
     *
     * @param current the current pieces (their count is used by {@link #SQUARE_TANGENTS})
     * @param from the left end of the x range the tangent points spread over
     * @param to the right end of that range
     * @throws IllegalArgumentException for {@link #SQUARE_TANGENTS} unless {@code from < to}, both finite
     */
    public Map<String, Double> parameters(LinearPieces current, double from, double to) {
        return switch (this) {
            case RELU -> current.parametersFor(new double[] {1, 0}, new double[] {0, 0});
            case ABSOLUTE_VALUE -> current.parametersFor(new double[] {-1, 1}, new double[] {0, 0});
            case SQUARE_TANGENTS -> squareTangents(current,
                    current.count() >= FEWEST_TANGENTS ? current.count() : DEFAULT_TANGENTS, from, to);
        };
    }

    private static Map<String, Double> squareTangents(LinearPieces current, int k, double from, double to) {
        if (!(Double.isFinite(from) && Double.isFinite(to) && from < to)) {
            throw new IllegalArgumentException("not an x range: " + from + " to " + to);
        }
        double[] w = new double[k];
        double[] b = new double[k];
        for (int i = 0; i < k; i++) {
            double a = from + i * (to - from) / (k - 1);
            w[i] = 2 * a;
            b[i] = 0 - a * a;
        }
        return current.parametersFor(w, b);
    }
}
