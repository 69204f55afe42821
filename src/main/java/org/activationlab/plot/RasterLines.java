package org.activationlab.plot;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.PathIterator;

/**
 * Strokes straight lines on a target that draws into an image ({@link Stamps#RASTER_TARGET}) one
 * segment at a time. Java2D rasterises a single straight line as an antialiased parallelogram,
 * many times faster than the general path rasteriser, whose cost grows with the rows the whole
 * path spans: a grid or a hatch drawn as one path of 50 lines costs about as much as all the
 * curves of a figure. On other targets (SVG, PDF) the path is drawn whole, so files keep one path
 * per grid, hatch or curve.
 */
final class RasterLines {
    private RasterLines() {
    }

    /** Whether {@code g} draws into an image. */
    static boolean rasterTarget(Graphics2D g) {
        return Boolean.TRUE.equals(g.getRenderingHint(Stamps.RASTER_TARGET));
    }

    /** Strokes every straight segment of {@code path} (separate lines, such as grid lines) with the current stroke. */
    static void drawSeparately(Graphics2D g, Path2D path) {
        if (!rasterTarget(g)) {
            g.draw(path);
            return;
        }
        Line2D.Double line = new Line2D.Double();
        double[] c = new double[6];
        double x = 0;
        double y = 0;
        for (PathIterator it = path.getPathIterator(null); !it.isDone(); it.next()) {
            int type = it.currentSegment(c);
            if (type == PathIterator.SEG_LINETO) {
                line.setLine(x, y, c[0], c[1]);
                g.draw(line);
            }
            x = c[0];
            y = c[1];
        }
    }

    /**
     * Strokes a polyline. On an image, with a solid stroke of butt caps and an opaque colour,
     * segment by segment straight from its points: each is lengthened by half the line width at
     * the ends where it meets its neighbour, so that the square ends cover the outside of the bend
     * as a join does; the overlap inside the bend is painted twice, invisible in an opaque colour.
     * Segments of length zero are skipped. Otherwise the line is drawn as one path.
     */
    static void drawPolyline(Graphics2D g, PixelPolyline line) {
        if (!rasterTarget(g) || !(g.getStroke() instanceof BasicStroke stroke) || stroke.getDashArray() != null
                || stroke.getEndCap() != BasicStroke.CAP_BUTT || !(g.getPaint() instanceof Color colour)
                || colour.getAlpha() != 255) {
            g.draw(line.toPath());
            return;
        }
        double half = stroke.getLineWidth() / 2;
        Line2D.Double segment = new Line2D.Double();
        double[] pending = new double[4];
        for (int p = 0; p < line.pieces(); p++) {
            boolean hasPending = false;
            boolean pendingJoinsBefore = false;
            double x = line.x(line.start(p));
            double y = line.y(line.start(p));
            for (int i = line.start(p) + 1; i < line.end(p); i++) {
                double nx = line.x(i);
                double ny = line.y(i);
                if (nx != x || ny != y) {
                    if (hasPending) {
                        drawSegment(g, segment, pending, pendingJoinsBefore ? half : 0, half);
                    }
                    pendingJoinsBefore = hasPending;
                    pending[0] = x;
                    pending[1] = y;
                    pending[2] = nx;
                    pending[3] = ny;
                    hasPending = true;
                }
                x = nx;
                y = ny;
            }
            if (hasPending) {
                drawSegment(g, segment, pending, pendingJoinsBefore ? half : 0, 0);
            }
        }
    }

    /** The segment {x0, y0, x1, y1}, lengthened by {@code before} and {@code after} along its direction. */
    private static void drawSegment(Graphics2D g, Line2D.Double line, double[] segment, double before, double after) {
        double x0 = segment[0];
        double y0 = segment[1];
        double x1 = segment[2];
        double y1 = segment[3];
        double length = Math.hypot(x1 - x0, y1 - y0);
        double ux = (x1 - x0) / length;
        double uy = (y1 - y0) / length;
        line.setLine(x0 - ux * before, y0 - uy * before, x1 + ux * after, y1 + uy * after);
        g.draw(line);
    }
}
