package org.activationlab.ui.curves.gated;

import java.util.Objects;
import org.activationlab.model.Gate;

/**
 * Everything the Curves tab's two-input view of the gated units shows, as one value: the view
 * model's only truth and its part of a session file.
 *
 * @param unit the gated unit h(a, b) = a g(b)
 * @param aMin the left end of a, from -{@value #LIMIT}, at least {@value #MIN_SPAN} below aMax
 * @param aMax the right end of a, up to {@value #LIMIT}
 * @param bMin the lower end of b, from -{@value #LIMIT}, at least {@value #MIN_SPAN} below bMax
 * @param bMax the upper end of b, up to {@value #LIMIT}
 * @param showing whether the Curves tab shows this view rather than the element-wise functions
 */
public record GatedState(Gate unit, double aMin, double aMax, double bMin, double bMax, boolean showing) {
    /** The largest |a| and |b| the view shows. */
    public static final double LIMIT = 10;
    /** The smallest width of a range. */
    public static final double MIN_SPAN = 0.5;
    /** The state of a new window: SwiGLU over [-4, 4]², the element-wise functions shown. */
    public static final GatedState INITIAL = new GatedState(Gate.SWIGLU, -4, 4, -4, 4, false);

    public GatedState {
        Objects.requireNonNull(unit, "unit");
        requireRange("a", aMin, aMax);
        requireRange("b", bMin, bMax);
    }

    private static void requireRange(String name, double min, double max) {
        if (!(Math.abs(min) <= LIMIT) || !(Math.abs(max) <= LIMIT) || !(max - min >= MIN_SPAN)) {
            throw new IllegalArgumentException("the range of " + name + " must lie within -" + (int) LIMIT + " to "
                    + (int) LIMIT + " and be at least " + MIN_SPAN + " wide, got [" + min + ", " + max + "]");
        }
    }

    /** This state showing {@code u}. */
    public GatedState withUnit(Gate u) {
        return new GatedState(u, aMin, aMax, bMin, bMax, showing);
    }

    /** This state with a from {@code v}, kept within its limits; NaN leaves it unchanged. */
    public GatedState withAMin(double v) {
        return new GatedState(unit, lowerEnd(v, aMin, aMax), aMax, bMin, bMax, showing);
    }

    /** This state with a up to {@code v}, kept within its limits; NaN leaves it unchanged. */
    public GatedState withAMax(double v) {
        return new GatedState(unit, aMin, upperEnd(v, aMax, aMin), bMin, bMax, showing);
    }

    /** This state with b from {@code v}, kept within its limits; NaN leaves it unchanged. */
    public GatedState withBMin(double v) {
        return new GatedState(unit, aMin, aMax, lowerEnd(v, bMin, bMax), bMax, showing);
    }

    /** This state with b up to {@code v}, kept within its limits; NaN leaves it unchanged. */
    public GatedState withBMax(double v) {
        return new GatedState(unit, aMin, aMax, bMin, upperEnd(v, bMax, bMin), showing);
    }

    /** This state with both ranges set at once (each pair must be valid together). */
    public GatedState withRanges(double newAMin, double newAMax, double newBMin, double newBMax) {
        return new GatedState(unit, newAMin, newAMax, newBMin, newBMax, showing);
    }

    /** This state shown in the Curves tab, or not. */
    public GatedState withShowing(boolean show) {
        return new GatedState(unit, aMin, aMax, bMin, bMax, show);
    }

    private static double lowerEnd(double v, double unchanged, double max) {
        return Double.isNaN(v) ? unchanged : Math.max(-LIMIT, Math.min(max - MIN_SPAN, v));
    }

    private static double upperEnd(double v, double unchanged, double min) {
        return Double.isNaN(v) ? unchanged : Math.min(LIMIT, Math.max(min + MIN_SPAN, v));
    }
}
