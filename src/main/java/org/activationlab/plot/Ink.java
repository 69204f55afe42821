package org.activationlab.plot;

import java.awt.Color;

/**
 * A colour as figures name it: a fixed colour, a role of the theme (foreground, grid, ...) or
 * the i-th colour of the theme's series palette. The {@link Theme} turns an ink into a colour
 * when drawing, so one figure renders correctly in the light, dark and high-contrast themes.
 */
public sealed interface Ink permits Ink.Fixed, Ink.Role, Ink.SeriesColour {

    /** The i-th colour of the theme's series palette (cycling), for data series. */
    static Ink series(int index) {
        return new SeriesColour(index);
    }

    /** A colour that does not change with the theme. */
    static Ink fixed(Color colour) {
        return new Fixed(colour);
    }

    /** A colour that does not change with the theme. */
    record Fixed(Color colour) implements Ink {
        public Fixed {
            java.util.Objects.requireNonNull(colour, "colour");
        }
    }

    /** The i-th colour of the theme's palette; indices past its end wrap around. */
    record SeriesColour(int index) implements Ink {
        public SeriesColour {
            if (index < 0) {
                throw new IllegalArgumentException("palette index must be >= 0, got " + index);
            }
        }
    }

    /** A colour the theme defines for a purpose. */
    enum Role implements Ink {
        /** The page behind everything. */
        BACKGROUND,
        /** Axes, titles and text. */
        FOREGROUND,
        /** Tick labels, captions and secondary lines. */
        MUTED,
        /** Grid lines. */
        GRID,
        /** Neutral shading and hatching that belongs to no series. */
        NEUTRAL
    }
}
