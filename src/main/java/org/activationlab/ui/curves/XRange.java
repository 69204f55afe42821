package org.activationlab.ui.curves;

import org.activationlab.model.Numbers;
import org.activationlab.ui.controls.SliderSteps;

/**
 * The x interval the curves view shows, and how zooming, panning and the range slider move it.
 * Every result stays within [-{@value #LIMIT}, {@value #LIMIT}] and at least {@value #MIN_SPAN}
 * wide; a range pushed past a limit keeps its width.
 *
 * @param from the left end (finite)
 * @param to the right end (finite, > from)
 */
public record XRange(double from, double to) {
    /** The farthest from 0 the view goes: enough for every tail and saturation region worth teaching. */
    public static final double LIMIT = 20;
    /** The narrowest range, for looking closely at a kink. */
    public static final double MIN_SPAN = 0.01;
    /** The range the view opens with and returns to on reset. */
    public static final XRange DEFAULT = new XRange(-6, 6);

    /** Relative slack on {@link #MIN_SPAN}: {@code left + MIN_SPAN - left} can fall an ulp short. */
    private static final double SPAN_TOLERANCE = 1e-9;

    public XRange {
        if (!Double.isFinite(from) || !Double.isFinite(to) || !(from < to)) {
            throw new IllegalArgumentException("an x range needs finite ends with from < to, got from "
                    + from + " to " + to);
        }
    }

    /**
     * Whether [{@code from}, {@code to}] is a range the view can show: within the limits and at
     * least {@link #MIN_SPAN} wide, give or take the rounding of {@link #clamped}'s {@code left + span}.
     */
    public static boolean allowed(double from, double to) {
        return from >= -LIMIT && to <= LIMIT && to - from >= MIN_SPAN * (1 - SPAN_TOLERANCE);
    }

    /**
     * [{@code from}, {@code to}], a range the view can show ({@link #allowed}): the one check of
     * the x range of the tab's state, its session part and its lesson pictures.
     *
     * @throws IllegalArgumentException naming the range and the limits
     */
    public static XRange checked(double from, double to) {
        if (!allowed(from, to)) {
            throw new IllegalArgumentException("the x range must lie within [-" + Numbers.format(LIMIT) + ", "
                    + Numbers.format(LIMIT) + "] and be at least " + Numbers.format(MIN_SPAN)
                    + " wide, got from " + Numbers.format(from) + " to " + Numbers.format(to));
        }
        return new XRange(from, to);
    }

    /**
     * [{@code from}, {@code to}] moved inside the limits: widened about its centre to
     * {@link #MIN_SPAN} if narrower, shrunk to the whole allowed range if wider, and shifted
     * back (keeping its width) if it sticks out.
     *
     * @throws IllegalArgumentException if an end is not finite or {@code from > to}
     */
    public static XRange clamped(double from, double to) {
        if (!Double.isFinite(from) || !Double.isFinite(to) || from > to) {
            throw new IllegalArgumentException("an x range needs finite ends with from <= to, got from "
                    + from + " to " + to);
        }
        double left = from;
        double right = to;
        double span = to - from;
        if (span < MIN_SPAN || span > 2 * LIMIT) {
            span = Math.min(Math.max(span, MIN_SPAN), 2 * LIMIT);
            left = (from + to) / 2 - span / 2;
            right = left + span;
        }
        if (left < -LIMIT) {
            return new XRange(-LIMIT, -LIMIT + span);
        }
        if (right > LIMIT) {
            return new XRange(LIMIT - span, LIMIT);
        }
        return new XRange(left, right);
    }

    /**
     * The ends rounded to a 1-2-5 step of about a five-hundredth of the span (as parameter sliders
     * snap), so that a zoomed or panned range reads -5.98 to 6.02 rather than -5.9812763 to
     * 6.0187237 in the caption and the exported data; then {@link #clamped}.
     */
    public XRange rounded() {
        double step = SliderSteps.step(from, to, false);
        double left = SliderSteps.snap(from, step);
        double right = SliderSteps.snap(to, step);
        return right > left ? clamped(left, right) : this;
    }

    /** The width to - from. */
    public double span() {
        return to - from;
    }

    /**
     * Zoomed by {@code factor} about {@code anchor}: the point at {@code anchor} stays where it
     * is on screen, the span is multiplied by {@code factor} (below 1 zooms in).
     */
    public XRange zoom(double factor, double anchor) {
        if (!(factor > 0) || !Double.isFinite(factor) || !Double.isFinite(anchor)) {
            throw new IllegalArgumentException("zoom needs a finite factor > 0 and a finite anchor, got "
                    + factor + " about " + anchor);
        }
        double span = Math.min(Math.max(span() * factor, MIN_SPAN), 2 * LIMIT);
        double share = (anchor - from) / span();
        double left = anchor - share * span;
        return clamped(left, left + span);
    }

    /** Moved right by {@code delta} (left when negative), keeping the span. */
    public XRange pan(double delta) {
        return clamped(from + delta, to + delta);
    }
}
