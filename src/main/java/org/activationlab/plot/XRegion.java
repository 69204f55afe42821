package org.activationlab.plot;

import java.util.Objects;

/**
 * A band over an x interval across the whole height of the plot area, shaded or hatched:
 * e.g. where |f'(x)| &lt; eps (saturation) or where f'(x) = 0 exactly.
 *
 * @param from the left end in data units
 * @param to the right end (>= from)
 * @param fill how the band is filled
 * @param ink its colour
 * @param opacity from 0 to 1
 */
public record XRegion(double from, double to, Fill fill, Ink ink, float opacity) implements PlotItem {

    /** How a region is filled. */
    public enum Fill {
        /** A translucent solid fill. */
        SHADE,
        /** Diagonal lines. */
        HATCH
    }

    public XRegion {
        Objects.requireNonNull(fill, "fill");
        Objects.requireNonNull(ink, "ink");
        if (Double.isNaN(from) || Double.isNaN(to) || from > to) {
            throw new IllegalArgumentException("region needs from <= to, got [" + from + ", " + to + "]");
        }
        if (!(opacity >= 0 && opacity <= 1)) {
            throw new IllegalArgumentException("opacity must be from 0 to 1, got " + opacity);
        }
    }
}
