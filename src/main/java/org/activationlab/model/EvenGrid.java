package org.activationlab.model;

/**
 * N evenly spaced values from A to B (A &lt; B, both finite), the grid that {@code sample},
 * {@code export} and the curves are drawn on:
 * <pre>x_i = A + i (B - A) / (N - 1),   i = 0 .. N-1</pre>
 * evaluated in that order, so that ordinary ranges give the same doubles as always (the last
 * one may then differ from B by rounding, as it always did).
 *
 * <p>Huge ranges, where {@code 2 (N - 1)(B - A)} overflows (the span is within a factor of
 * 2(N - 1) of the largest double, e.g. -8e307 to 8e307 or -1e308 to -800), take another route:
 * there the product overflows to infinity, and A + (B - A) loses a B that is small next to A
 * (-1e308 + 1e308 is 0, not -800). Their grid is
 * <pre>x_i = min(A + (B - A) t, B),  t = i / (N - 1),  x_{N-1} = B</pre>
 * with {@code (1 - t) A + t B} instead when B - A itself overflows (then A &lt; 0 &lt; B and
 * both terms rise with t). It stays finite, starts at exactly A, ends at exactly B and never
 * decreases, since every step is monotone in i under rounding.
 */
public final class EvenGrid {
    private final double from;
    private final double to;
    private final int points;
    private final boolean huge;

    /**
     * The grid of {@code points} values from {@code from} to {@code to}.
     *
     * @throws IllegalArgumentException unless {@code from < to}, both finite, and 2 or more points
     */
    public EvenGrid(double from, double to, int points) {
        if (!(from < to) || !Double.isFinite(from) || !Double.isFinite(to) || points < 2) {
            throw new IllegalArgumentException("need finite from < to and 2 or more points, got "
                    + from + ", " + to + ", " + points);
        }
        this.from = from;
        this.to = to;
        this.points = points;
        this.huge = Double.isInfinite(2.0 * (points - 1) * (to - from));
    }

    /** The value x_i, {@code 0 <= i < points}. */
    public double x(int i) {
        if (!huge) {
            return from + i * (to - from) / (points - 1);
        }
        if (i == points - 1) {
            return to;
        }
        double t = i / (double) (points - 1);
        double span = to - from;
        return Math.min(Double.isFinite(span) ? from + span * t : (1 - t) * from + t * to, to);
    }
}
