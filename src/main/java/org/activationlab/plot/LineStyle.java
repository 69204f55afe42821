package org.activationlab.plot;

import java.util.Objects;

/**
 * How a line is stroked. Widths are in points at scale 1; the renderer multiplies them by the
 * figure scale (presentation mode, HiDPI exports).
 *
 * @param ink its colour
 * @param width its width in points (> 0)
 * @param dash its dash pattern
 * @param opacity from 0 (invisible) to 1 (opaque)
 */
public record LineStyle(Ink ink, float width, Dash dash, float opacity) {

    public LineStyle {
        Objects.requireNonNull(ink, "ink");
        Objects.requireNonNull(dash, "dash");
        if (!(width > 0) || !Float.isFinite(width)) {
            throw new IllegalArgumentException("line width must be a finite number > 0, got " + width);
        }
        if (!(opacity >= 0 && opacity <= 1)) {
            throw new IllegalArgumentException("opacity must be from 0 to 1, got " + opacity);
        }
    }

    /** A solid, opaque line. */
    public static LineStyle solid(Ink ink, float width) {
        return new LineStyle(ink, width, Dash.SOLID, 1f);
    }

    /** The same line with another dash pattern. */
    public LineStyle withDash(Dash newDash) {
        return new LineStyle(ink, width, newDash, opacity);
    }

    /** The same line with another width. */
    public LineStyle withWidth(float newWidth) {
        return new LineStyle(ink, newWidth, dash, opacity);
    }

    /** The same line with another opacity. */
    public LineStyle withOpacity(float newOpacity) {
        return new LineStyle(ink, width, dash, newOpacity);
    }
}
