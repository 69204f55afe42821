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

    /** Whether a unit with f'(z) = 0 on {@code zeroCount} of {@code inputs} inputs is dead. */
    public static boolean isDead(int zeroCount, int inputs) {
        return zeroCount == inputs;
    }

    /** Whether a unit saturated by {@code saturatedCount} of {@code inputs} inputs is saturated. */
    public static boolean isSaturated(int saturatedCount, int inputs) {
        return 10L * saturatedCount >= (long) SATURATED_TENTHS * inputs;
    }
}
