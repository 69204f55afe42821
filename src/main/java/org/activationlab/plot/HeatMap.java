package org.activationlab.plot;

import java.util.Objects;

/**
 * A grid of values drawn as coloured cells over a data rectangle, with an optional colour bar
 * beside the plot area: decision regions of a trained network, statistics per layer and
 * epoch. Cells map linearly into the axes (a heat map belongs on linear axes).
 */
public final class HeatMap implements PlotItem {
    private final double xMin;
    private final double xMax;
    private final double yMin;
    private final double yMax;
    private final int columns;
    private final int rows;
    private final double[] values;
    private final ColourScale scale;
    private final double low;
    private final double high;
    private final Text colourBarLabel;
    private final boolean colourBar;

    /**
     * @param xMin left edge of the first column
     * @param xMax right edge of the last column
     * @param yMin bottom edge of row 0
     * @param yMax top edge of the last row
     * @param columns cells across (>= 1)
     * @param rows cells up (>= 1)
     * @param values row-major, row 0 at the bottom: {@code values[row * columns + column]};
     *               NaN leaves a cell transparent (copied)
     * @param scale the colour ramp
     * @param low the value drawn in the ramp's first colour (lower values clamp)
     * @param high the value drawn in the ramp's last colour (higher values clamp)
     * @param colourBar whether to draw a colour bar right of the plot area
     * @param colourBarLabel the colour bar's title
     */
    public HeatMap(double xMin, double xMax, double yMin, double yMax, int columns, int rows, double[] values,
                   ColourScale scale, double low, double high, boolean colourBar, Text colourBarLabel) {
        if (!(xMin < xMax) || !(yMin < yMax) || !Double.isFinite(xMax - xMin) || !Double.isFinite(yMax - yMin)) {
            throw new IllegalArgumentException("heat map needs a finite rectangle with min < max");
        }
        if (columns < 1 || rows < 1 || values.length != (long) columns * rows) {
            throw new IllegalArgumentException("heat map of " + columns + " x " + rows + " cells needs "
                    + (long) columns * rows + " values, got " + values.length);
        }
        if (!Double.isFinite(low) || !Double.isFinite(high) || !(low < high)) {
            throw new IllegalArgumentException("heat map colour range must be finite with low < high, got ["
                    + low + ", " + high + "]");
        }
        this.xMin = xMin;
        this.xMax = xMax;
        this.yMin = yMin;
        this.yMax = yMax;
        this.columns = columns;
        this.rows = rows;
        this.values = values.clone();
        this.scale = Objects.requireNonNull(scale, "scale");
        this.low = low;
        this.high = high;
        this.colourBar = colourBar;
        this.colourBarLabel = Objects.requireNonNull(colourBarLabel, "colourBarLabel");
    }

    public double xMin() {
        return xMin;
    }

    public double xMax() {
        return xMax;
    }

    public double yMin() {
        return yMin;
    }

    public double yMax() {
        return yMax;
    }

    public int columns() {
        return columns;
    }

    public int rows() {
        return rows;
    }

    /** The value of a cell; row 0 is the bottom row. */
    public double value(int column, int row) {
        return values[row * columns + column];
    }

    public ColourScale scale() {
        return scale;
    }

    public double low() {
        return low;
    }

    public double high() {
        return high;
    }

    public boolean colourBar() {
        return colourBar;
    }

    public Text colourBarLabel() {
        return colourBarLabel;
    }

    /** The packed ARGB colour of a value: its ramp colour, or transparent for NaN. */
    public int argb(double v) {
        return Double.isNaN(v) ? 0 : scale.argb((v - low) / (high - low));
    }
}
