package org.activationlab.plot.studies;

import java.util.List;
import java.util.Objects;
import org.activationlab.model.Gate;
import org.activationlab.plot.SeriesTable;

/**
 * A gated unit h(a, b) = a g(b) and its partial derivatives dh/da = g(b) and dh/db = a g'(b)
 * ({@link Gate}) sampled at the nodes of a regular grid over a rectangle of (a, b), both ends
 * included: the data behind the two-input figures and their CSV.
 */
public final class GatedGrid {
    /** Nodes along a and along b of the grid the two-input view and its export sample. */
    public static final int NODES = 121;
    /** The CSV columns, one row per node. */
    public static final List<String> HEADERS = List.of("a", "b", "h", "dh_da", "dh_db");

    private final Gate unit;
    private final double[] as;
    private final double[] bs;
    private final double[] h;
    private final double[] dhda;
    private final double[] dhdb;

    private GatedGrid(Gate unit, double[] as, double[] bs) {
        this.unit = unit;
        this.as = as;
        this.bs = bs;
        int n = as.length * bs.length;
        h = new double[n];
        dhda = new double[n];
        dhdb = new double[n];
        for (int row = 0; row < bs.length; row++) {
            for (int column = 0; column < as.length; column++) {
                int i = row * as.length + column;
                h[i] = unit.value(as[column], bs[row]);
                dhda[i] = unit.partialA(as[column], bs[row]);
                dhdb[i] = unit.partialB(as[column], bs[row]);
            }
        }
    }

    /**
     * {@code unit} sampled at {@code nodes} x {@code nodes} points from (aMin, bMin) to (aMax, bMax).
     *
     * @throws IllegalArgumentException if a range is not finite with min &lt; max or nodes &lt; 2
     */
    public static GatedGrid sample(Gate unit, double aMin, double aMax, double bMin, double bMax, int nodes) {
        Objects.requireNonNull(unit, "unit");
        if (nodes < 2) {
            throw new IllegalArgumentException("a grid needs at least 2 nodes per side, got " + nodes);
        }
        return new GatedGrid(unit, even(aMin, aMax, nodes, "a"), even(bMin, bMax, nodes, "b"));
    }

    private static double[] even(double min, double max, int nodes, String name) {
        if (!(min < max) || !Double.isFinite(max - min)) {
            throw new IllegalArgumentException("the range of " + name + " must be finite with min < max, got ["
                    + min + ", " + max + "]");
        }
        double[] values = new double[nodes];
        for (int i = 0; i < nodes; i++) {
            values[i] = i == nodes - 1 ? max : min + (max - min) * i / (nodes - 1);
        }
        return values;
    }

    public Gate unit() {
        return unit;
    }

    /** The a of each column, increasing (a copy). */
    public double[] as() {
        return as.clone();
    }

    /** The b of each row, increasing (a copy). */
    public double[] bs() {
        return bs.clone();
    }

    /** h row-major, {@code [row * columns + column]}, row 0 at the smallest b (a copy). */
    public double[] values() {
        return h.clone();
    }

    /** dh/da = g(b), laid out as {@link #values()} (a copy). */
    public double[] partialsA() {
        return dhda.clone();
    }

    /** dh/db = a g'(b), laid out as {@link #values()} (a copy). */
    public double[] partialsB() {
        return dhdb.clone();
    }

    public int columns() {
        return as.length;
    }

    public int rows() {
        return bs.length;
    }

    /** One row per node, b slowest: a, b, h, dh_da, dh_db. */
    public SeriesTable table() {
        int n = h.length;
        double[] a = new double[n];
        double[] b = new double[n];
        for (int i = 0; i < n; i++) {
            a[i] = as[i % as.length];
            b[i] = bs[i / as.length];
        }
        return new SeriesTable(HEADERS, List.of(a, b, h, dhda, dhdb));
    }
}
