package org.activationlab.plot;

import java.util.Arrays;

/**
 * Contour lines of a function sampled on a regular grid, by marching squares: in each cell the
 * level crosses the edges whose end values lie on either side of it, at the point found by linear
 * interpolation, and the crossings are joined in pairs. A saddle cell (the level separates
 * opposite corners) is resolved by the mean of its four corners, as matplotlib's legacy tracer
 * does. A cell with a NaN corner has no line.
 *
 * <p>Written here rather than taken from a library because the kept dependencies have none and
 * the algorithm is a few dozen lines; the segments come out as one polyline broken by NaN, the
 * form {@link Series} draws with one stroke.
 */
public final class Contours {
    private Contours() {
    }

    /**
     * The contour at {@code level} as segments: {xs, ys}, each segment two points followed by a
     * NaN that breaks the line; empty arrays when the level is not crossed.
     *
     * @param xs the x of each grid column, increasing (at least 2)
     * @param ys the y of each grid row, increasing (at least 2)
     * @param values row-major, {@code values[row * xs.length + column]}
     */
    public static double[][] at(double[] xs, double[] ys, double[] values, double level) {
        int columns = xs.length;
        int rows = ys.length;
        if (columns < 2 || rows < 2 || values.length != columns * rows) {
            throw new IllegalArgumentException("contours need a grid of at least 2 x 2 with one value per node, got "
                    + columns + " x " + rows + " and " + values.length + " values");
        }
        Segments out = new Segments();
        for (int r = 0; r + 1 < rows; r++) {
            for (int c = 0; c + 1 < columns; c++) {
                cell(xs, ys, values, columns, c, r, level, out);
            }
        }
        return out.toArrays();
    }

    /** One cell: corners 0 (c, r), 1 (c+1, r), 2 (c+1, r+1), 3 (c, r+1), counter-clockwise. */
    private static void cell(double[] xs, double[] ys, double[] v, int columns, int c, int r, double level,
                             Segments out) {
        double v0 = v[r * columns + c];
        double v1 = v[r * columns + c + 1];
        double v2 = v[(r + 1) * columns + c + 1];
        double v3 = v[(r + 1) * columns + c];
        if (Double.isNaN(v0) || Double.isNaN(v1) || Double.isNaN(v2) || Double.isNaN(v3)) {
            return;
        }
        double[] cx = {xs[c], xs[c + 1], xs[c + 1], xs[c]};
        double[] cy = {ys[r], ys[r], ys[r + 1], ys[r + 1]};
        double[] cv = {v0, v1, v2, v3};
        // edge e joins corner e and corner (e + 1) % 4; it is crossed when its ends lie on either side
        double[] ex = new double[4];
        double[] ey = new double[4];
        boolean[] crossed = new boolean[4];
        int count = 0;
        for (int e = 0; e < 4; e++) {
            int f = (e + 1) % 4;
            if ((cv[e] >= level) != (cv[f] >= level)) {
                double t = (level - cv[e]) / (cv[f] - cv[e]);
                ex[e] = cx[e] + t * (cx[f] - cx[e]);
                ey[e] = cy[e] + t * (cy[f] - cy[e]);
                crossed[e] = true;
                count++;
            }
        }
        if (count == 2) {
            int first = -1;
            for (int e = 0; e < 4; e++) {
                if (crossed[e]) {
                    if (first < 0) {
                        first = e;
                    } else {
                        out.add(ex[first], ey[first], ex[e], ey[e]);
                    }
                }
            }
        } else if (count == 4) {
            // a saddle: corners 0 and 2 on one side, 1 and 3 on the other
            boolean centreAbove = (v0 + v1 + v2 + v3) / 4 >= level;
            boolean corner0Above = v0 >= level;
            if (centreAbove == corner0Above) {
                // the centre joins corners 0 and 2: the lines cut off corners 1 and 3
                out.add(ex[0], ey[0], ex[1], ey[1]);
                out.add(ex[2], ey[2], ex[3], ey[3]);
            } else {
                out.add(ex[3], ey[3], ex[0], ey[0]);
                out.add(ex[1], ey[1], ex[2], ey[2]);
            }
        }
    }

    /** Growing arrays of segments, each two points and a NaN. */
    private static final class Segments {
        private double[] xs = new double[48];
        private double[] ys = new double[48];
        private int size;

        void add(double x0, double y0, double x1, double y1) {
            if (size + 3 > xs.length) {
                xs = Arrays.copyOf(xs, xs.length * 2);
                ys = Arrays.copyOf(ys, ys.length * 2);
            }
            xs[size] = x0;
            ys[size++] = y0;
            xs[size] = x1;
            ys[size++] = y1;
            xs[size] = Double.NaN;
            ys[size++] = Double.NaN;
        }

        double[][] toArrays() {
            return new double[][] {Arrays.copyOf(xs, size), Arrays.copyOf(ys, size)};
        }
    }
}
