package org.activationlab.plot;

import java.util.Objects;

/**
 * A filled band between two curves over the same x, e.g. the values a randomized function can
 * take: the area between {@code lows} and {@code highs}, in one colour at an opacity.
 *
 * @param name a machine name, unique in its panel, e.g. {@code "band:rrelu"}
 * @param xs the x of each point, increasing (copied)
 * @param lows the lower edge at each x (copied)
 * @param highs the upper edge at each x (copied)
 * @param ink its colour
 * @param opacity from 0 (invisible) to 1
 */
public record Band(String name, double[] xs, double[] lows, double[] highs, Ink ink, float opacity)
        implements PlotItem {

    public Band {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(ink, "ink");
        if (xs.length != lows.length || xs.length != highs.length || xs.length < 2) {
            throw new IllegalArgumentException("band " + name + " needs at least 2 points and as many lows and highs"
                    + " as x values, got " + xs.length + ", " + lows.length + " and " + highs.length);
        }
        if (!(opacity >= 0 && opacity <= 1)) {
            throw new IllegalArgumentException("band opacity must be from 0 to 1, got " + opacity);
        }
        xs = xs.clone();
        lows = lows.clone();
        highs = highs.clone();
    }

    @Override
    public double[] xs() {
        return xs.clone();
    }

    @Override
    public double[] lows() {
        return lows.clone();
    }

    @Override
    public double[] highs() {
        return highs.clone();
    }
}
