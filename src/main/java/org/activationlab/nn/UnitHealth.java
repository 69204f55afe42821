package org.activationlab.nn;

/**
 * When a hidden unit counts as dead or saturated over a set of inputs, one rule shared by the
 * trainer's diagnostics and the depth study.
 *
 * <ul>
 *   <li>An input saturates a unit when |f'(z)| &lt; {@value #SATURATION_SLOPE}: almost no gradient passes.</li>
 *   <li>A unit is dead when f'(z) = 0 for every input: no gradient passes at all, so it cannot learn.</li>
 *   <li>A unit is saturated when at least 90% of the inputs saturate it (a dead unit is saturated too).</li>
 * </ul>
 * A gated unit h = a g(b) has two partials, dh/da = g(b) and dh/db = a g'(b): an input saturates
 * it when both are below {@value #SATURATION_SLOPE} in size, and it is dead when both are 0 on
 * every input. Its gate is closed on an input when |g(b)| &lt; {@value #SATURATION_SLOPE}
 * (h is then almost 0 whatever a is), and the unit is a closed gate when its gate is closed on at
 * least 90% of the inputs ({@link #isClosed}); a closed gate can still learn through dh/db.
 */
public final class UnitHealth {
    /** |f'(z)| below this counts as saturated. */
    public static final double SATURATION_SLOPE = 0.01;
    /** A unit is saturated when at least this share of inputs is saturated (as tenths). */
    public static final int SATURATED_TENTHS = 9;

    private UnitHealth() {
    }

    /** Whether one input with derivative {@code derivative} saturates the unit. */
    public static boolean saturates(double derivative) {
        return Math.abs(derivative) < SATURATION_SLOPE;
    }

    /** Whether a gated unit's gate g(b) = {@code gate} is closed on one input: |g(b)| &lt; {@value #SATURATION_SLOPE}. */
    public static boolean closes(double gate) {
        return Math.abs(gate) < SATURATION_SLOPE;
    }

    /** Whether a gated unit whose gate is closed on {@code closedCount} of {@code inputs} inputs is a closed gate. */
    public static boolean isClosed(int closedCount, int inputs) {
        return isSaturated(closedCount, inputs);
    }

    /** Whether a unit with f'(z) = 0 on {@code zeroCount} of {@code inputs} inputs is dead. */
    public static boolean isDead(int zeroCount, int inputs) {
        return zeroCount == inputs;
    }

    /** Whether a unit saturated by {@code saturatedCount} of {@code inputs} inputs is saturated. */
    public static boolean isSaturated(int saturatedCount, int inputs) {
        return 10L * saturatedCount >= (long) SATURATED_TENTHS * inputs;
    }
}
