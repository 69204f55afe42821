package org.activationlab.nn.neuron;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.activationlab.model.Activation;
import org.activationlab.nn.NnTexts;

/**
 * One neuron with two inputs: z = b + w1 x1 + w2 x2, output g(z) (source text, sections 1
 * and 2). It reads as logical 1 when z &gt; 0, i.e. on one side of the decision line
 * b + w1 x1 + w2 x2 = 0; for the sigmoid that is an output above 0.5, and for any increasing
 * activation a threshold on g(z) is a threshold on z.
 *
 * @param activation g
 * @param bias b
 * @param w1 the weight of x1
 * @param w2 the weight of x2
 */
public record Neuron(Activation activation, double bias, double w1, double w2) {

    /** The four inputs of a truth table, in order (0,0), (0,1), (1,0), (1,1). */
    public static final List<int[]> BINARY_INPUTS = List.of(new int[] {0, 0}, new int[] {0, 1}, new int[] {1, 0},
            new int[] {1, 1});

    /**
     * @throws IllegalArgumentException if a weight or the bias is not finite
     */
    public Neuron {
        Objects.requireNonNull(activation, "activation");
        requireFinite("b", bias);
        requireFinite("w1", w1);
        requireFinite("w2", w2);
    }

    private static void requireFinite(String name, double value) {
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException(NnTexts.format("error.neuron.value", name, value));
        }
    }

    /** z = b + w1 x1 + w2 x2. */
    public double preActivation(double x1, double x2) {
        return bias + w1 * x1 + w2 * x2;
    }

    /** g(z). */
    public double output(double x1, double x2) {
        return activation.value(preActivation(x1, x2));
    }

    /** Whether the neuron reads as 1 at (x1, x2): z &gt; 0. */
    public boolean fires(double x1, double x2) {
        return preActivation(x1, x2) > 0;
    }

    /** The truth table over {0, 1}^2, in the order of {@link #BINARY_INPUTS}. */
    public List<TruthRow> truthTable() {
        return BINARY_INPUTS.stream().map(x -> new TruthRow(x[0], x[1], preActivation(x[0], x[1]), output(x[0], x[1]),
                fires(x[0], x[1]))).toList();
    }

    /**
     * The part of the decision line z = 0 inside the square [lo, hi]^2, or empty if the line
     * misses the square or the weights are both zero (then z = b everywhere).
     */
    public Optional<Segment> decisionLine(double lo, double hi) {
        if (w1 == 0 && w2 == 0) {
            return Optional.empty();
        }
        if (Math.abs(w2) >= Math.abs(w1)) {
            // x2 = -(b + w1 x1) / w2, clipped in x1 to where x2 stays inside
            return clip(lo, hi, -bias / w2, -w1 / w2, false);
        }
        return clip(lo, hi, -bias / w1, -w2 / w1, true);
    }

    /**
     * The segment of v = intercept + slope u inside [lo, hi]^2, with |slope| &lt;= 1; u is x1
     * unless {@code swapped}.
     */
    private static Optional<Segment> clip(double lo, double hi, double intercept, double slope, boolean swapped) {
        double uStart = lo;
        double uEnd = hi;
        if (slope != 0) {
            double a = (lo - intercept) / slope;
            double b = (hi - intercept) / slope;
            uStart = Math.max(lo, Math.min(a, b));
            uEnd = Math.min(hi, Math.max(a, b));
        } else if (intercept < lo || intercept > hi) {
            return Optional.empty();
        }
        if (uStart > uEnd) {
            return Optional.empty();
        }
        double vStart = Math.min(hi, Math.max(lo, intercept + slope * uStart));
        double vEnd = Math.min(hi, Math.max(lo, intercept + slope * uEnd));
        return Optional.of(swapped ? new Segment(vStart, uStart, vEnd, uEnd) : new Segment(uStart, vStart, uEnd, vEnd));
    }

    /**
     * One row of the truth table.
     *
     * @param x1 the first input, 0 or 1
     * @param x2 the second input, 0 or 1
     * @param z b + w1 x1 + w2 x2
     * @param output g(z)
     * @param fires z &gt; 0
     */
    public record TruthRow(int x1, int x2, double z, double output, boolean fires) {
    }

    /**
     * A line segment in the (x1, x2) plane from (x1Start, x2Start) to (x1End, x2End).
     */
    public record Segment(double x1Start, double x2Start, double x1End, double x2End) {
    }
}
