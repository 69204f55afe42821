package org.activationlab.plot;

import java.util.List;
import java.util.Objects;

/**
 * One group's box plot at x, with every value of the group as a point over it: the box from the
 * first to the third quartile, a thick line at the median, whiskers with caps ({@link BoxStatistics}),
 * then the points, spread sideways so that equal values stay countable. A point is a filled dot (a
 * value), an open ring (a censored value, known only to lie beyond where it is drawn) or a cross (a
 * run that diverged, drawn where the figure puts such runs).
 *
 * @param name a machine name, unique in its panel, e.g. {@code "box:relu"}
 * @param label what the group is called
 * @param x the centre of the box in data units
 * @param halfWidth half the box's width in data units (&gt; 0)
 * @param statistics the box
 * @param points the values drawn over the box, in data units
 * @param ink the colour of the box and its points
 */
public record BoxPlot(String name, Text label, double x, double halfWidth, BoxStatistics statistics,
                      List<Point> points, Ink ink) implements PlotItem {

    /** What a point stands for, and so how it is drawn. */
    public enum Kind {
        /** A measured value: a filled dot. */
        VALUE,
        /** A censored value (e.g. a target never reached): an open ring. */
        CENSORED,
        /** A run that diverged, whose value is not a number: a cross. */
        DIVERGED
    }

    /**
     * One point over the box.
     *
     * @param x its x in data units (the box's x plus its sideways spread)
     * @param y its y in data units
     * @param kind what it stands for
     */
    public record Point(double x, double y, Kind kind) {
        public Point {
            Objects.requireNonNull(kind, "kind");
            if (!Double.isFinite(x) || !Double.isFinite(y)) {
                throw new IllegalArgumentException("a box plot's point needs a finite position, got (" + x + ", " + y
                        + ")");
            }
        }
    }

    public BoxPlot {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(statistics, "statistics");
        Objects.requireNonNull(ink, "ink");
        points = List.copyOf(points);
        if (!Double.isFinite(x) || !(halfWidth > 0) || !Double.isFinite(halfWidth)) {
            throw new IllegalArgumentException("box plot " + name + " needs a finite x and half width > 0, got " + x
                    + " and " + halfWidth);
        }
    }

    /** The number of points of {@code kind}. */
    public long count(Kind kind) {
        return points.stream().filter(p -> p.kind() == kind).count();
    }
}
