package org.activationlab.plot;

/**
 * Drops the points of a pixel polyline that lie within a tolerance of the segment drawn past
 * them, so that a smooth curve of thousands of samples becomes the few hundred segments the eye
 * can see. Fewer segments rasterise several times faster and make smaller SVG and PDF files; a
 * tolerance of a hundredth of a pixel changes nothing visible.
 *
 * <p>Linear-time sleeve fitting (Zhao and Saalfeld, 1997): from an anchor, keep the cone of
 * directions whose rays pass within the tolerance of every point seen so far; extend the
 * segment while the next point's direction stays in the cone and points move away from the
 * anchor; then the last point that fitted becomes the next anchor. Every dropped point lies
 * within the tolerance of the segment that replaces it.
 */
final class PolylineSimplifier {
    private PolylineSimplifier() {
    }

    /**
     * Marks in {@code keep} which points of {@code xs[from..to]}, {@code ys[from..to]} (inclusive)
     * to keep; the two ends are always kept.
     *
     * @return how many points are kept
     */
    static int simplify(double[] xs, double[] ys, int from, int to, double tolerance, boolean[] keep) {
        keep[from] = true;
        int kept = 1;
        double tol2 = tolerance * tolerance;
        int anchor = from;
        while (anchor < to) {
            int last = extend(xs, ys, anchor, to, tolerance, tol2);
            keep[last] = true;
            kept++;
            anchor = last;
        }
        return kept;
    }

    /** The farthest point after {@code anchor} that the segment from the anchor can reach. */
    private static int extend(double[] xs, double[] ys, int anchor, int to, double tolerance, double tol2) {
        double ax = xs[anchor];
        double ay = ys[anchor];
        boolean coneSet = false;
        double loX = 0;
        double loY = 0;
        double hiX = 0;
        double hiY = 0;
        double farthest = 0;
        int last = anchor + 1;
        for (int j = anchor + 1; j <= to; j++) {
            double vx = xs[j] - ax;
            double vy = ys[j] - ay;
            double d2 = vx * vx + vy * vy;
            if (!coneSet && d2 <= tol2) {
                last = j;
                continue;
            }
            if (coneSet && (d2 < farthest || cross(loX, loY, vx, vy) < 0 || cross(vx, vy, hiX, hiY) < 0)) {
                break;
            }
            double sin = tolerance / Math.sqrt(d2);
            double cos = Math.sqrt(1 - sin * sin);
            double cwX = vx * cos + vy * sin;
            double cwY = vy * cos - vx * sin;
            double ccwX = vx * cos - vy * sin;
            double ccwY = vy * cos + vx * sin;
            if (!coneSet) {
                loX = cwX;
                loY = cwY;
                hiX = ccwX;
                hiY = ccwY;
                coneSet = true;
            } else {
                if (cross(loX, loY, cwX, cwY) > 0) {
                    loX = cwX;
                    loY = cwY;
                }
                if (cross(ccwX, ccwY, hiX, hiY) > 0) {
                    hiX = ccwX;
                    hiY = ccwY;
                }
            }
            farthest = d2;
            last = j;
            if (cross(loX, loY, hiX, hiY) < 0) {
                break;
            }
        }
        return last;
    }

    /** The z component of a x b: positive when b is counter-clockwise from a. */
    private static double cross(double ax, double ay, double bx, double by) {
        return ax * by - ay * bx;
    }
}
