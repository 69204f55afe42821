package org.activationlab.plot.curves;

import org.activationlab.plot.Dash;
import org.activationlab.plot.Ink;
import org.activationlab.plot.LineStyle;
import org.activationlab.plot.Palette;

/**
 * The line of each function: palette colour {@code i mod 8}; past the eight colours the same
 * colours come back dashed, then dotted, so twelve or more functions stay distinguishable.
 */
public final class SeriesStyles {
    /** The width of a function's line, in points. */
    public static final float CURVE_WIDTH = 2f;
    private static final Dash[] CYCLE = {Dash.SOLID, Dash.DASHED, Dash.DOTTED, Dash.DASH_DOT};

    private SeriesStyles() {
    }

    /** The line of the function in palette slot {@code colour}. */
    public static LineStyle curve(int colour) {
        return new LineStyle(Ink.series(colour), CURVE_WIDTH, CYCLE[(colour / Palette.SIZE) % CYCLE.length], 1f);
    }
}
