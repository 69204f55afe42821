package org.activationlab.plot;

/**
 * Drops the points of a pixel polyline that lie within a tolerance of the line through their
 * neighbours (Ramer-Douglas-Peucker, 1972-73), so that a smooth curve of thousands of samples
 * becomes the few hundred segments the eye can see. Fewer segments rasterise faster and make
 * smaller SVG and PDF files; a tolerance of a hundredth of a pixel changes nothing visible.
 */
final class PolylineSimplifier {
    private PolylineSimplifier() {
    }

    /**
     * Marks in {@code keep} which points of {@code xs[from..to]}, {@code ys[from..to]} (inclusive)
     * to keep; the two ends are always kept.
     */
    static void simplify(double[] xs, double[] ys, int from, int to, double tolerance, boolean[] keep) {
        keep[from] = true;
        keep[to] = true;
        if (to - from < 2) {
            return;
        }
        int[] stack = new int[2 * (to - from + 1)];
        int top = 0;
        stack[top++] = from;
        stack[top++] = to;
        double tol2 = tolerance * tolerance;
        while (top > 0) {
            int last = stack[--top];
            int first = stack[--top];
            double ax = xs[first];
            double ay = ys[first];
            double dx = xs[last] - ax;
            double dy = ys[last] - ay;
            double len2 = dx * dx + dy * dy;
            double worst = -1;
            int worstIndex = -1;
            for (int i = first + 1; i < last; i++) {
                double d2 = distanceSquared(xs[i] - ax, ys[i] - ay, dx, dy, len2);
                if (d2 > worst) {
                    worst = d2;
                    worstIndex = i;
                }
            }
            if (worst > tol2) {
                keep[worstIndex] = true;
                if (worstIndex - first > 1) {
                    stack[top++] = first;
                    stack[top++] = worstIndex;
                }
                if (last - worstIndex > 1) {
                    stack[top++] = worstIndex;
                    stack[top++] = last;
                }
            }
        }
    }

    /** The squared distance from (px, py) to the segment from the origin to (dx, dy). */
    private static double distanceSquared(double px, double py, double dx, double dy, double len2) {
        if (len2 == 0) {
            return px * px + py * py;
        }
        double t = Math.max(0, Math.min(1, (px * dx + py * dy) / len2));
        double ex = px - t * dx;
        double ey = py - t * dy;
        return ex * ex + ey * ey;
    }
}
