package org.activationlab.plot;

import java.awt.geom.Path2D;

/**
 * A series as drawn: its kept points in pixels, in pieces that are each one unbroken line. Built
 * once per series and per drawing ({@link ItemPainter#polyline}); an image target strokes its
 * segments straight from these arrays ({@link RasterLines#drawPolyline}), other targets get the
 * same line as one path ({@link #toPath()}).
 */
final class PixelPolyline {
    private final double[] xs;
    private final double[] ys;
    private final int size;
    private final int[] pieceStarts;
    private final int pieces;

    /**
     * @param xs the x of each kept point, piece after piece (not copied)
     * @param ys the y of each kept point (not copied)
     * @param size how many entries of {@code xs} and {@code ys} are used
     * @param pieceStarts where each piece starts in {@code xs}, increasing, from 0 (not copied)
     * @param pieces how many entries of {@code pieceStarts} are used
     */
    PixelPolyline(double[] xs, double[] ys, int size, int[] pieceStarts, int pieces) {
        this.xs = xs;
        this.ys = ys;
        this.size = size;
        this.pieceStarts = pieceStarts;
        this.pieces = pieces;
    }

    /** The number of pieces. */
    int pieces() {
        return pieces;
    }

    /** The index of the first point of piece {@code p}. */
    int start(int p) {
        return pieceStarts[p];
    }

    /** The index after the last point of piece {@code p}. */
    int end(int p) {
        return p + 1 < pieces ? pieceStarts[p + 1] : size;
    }

    double x(int i) {
        return xs[i];
    }

    double y(int i) {
        return ys[i];
    }

    /** The line as one path: a moveTo at the start of each piece and a lineTo to each further point. */
    Path2D.Double toPath() {
        Path2D.Double path = new Path2D.Double(Path2D.WIND_NON_ZERO, Math.max(1, size));
        for (int p = 0; p < pieces; p++) {
            path.moveTo(xs[start(p)], ys[start(p)]);
            for (int i = start(p) + 1; i < end(p); i++) {
                path.lineTo(xs[i], ys[i]);
            }
        }
        return path;
    }
}
