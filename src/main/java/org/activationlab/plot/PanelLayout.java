package org.activationlab.plot;

import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;

/**
 * Where one panel landed when a figure was drawn: its plot area in pixels and the mappings
 * between data and pixels. Views use it for hover readouts, wheel zoom and drag pan.
 *
 * @param index the panel's position in the figure, 0 at the top
 * @param plotArea the rectangle inside the axes, in the pixel space the figure was drawn in
 * @param x the horizontal mapping (shared by all panels)
 * @param y this panel's vertical mapping
 */
public record PanelLayout(int index, Rectangle2D plotArea, AxisMapping x, AxisMapping y) {

    public PanelLayout {
        plotArea = (Rectangle2D) plotArea.clone();
    }

    @Override
    public Rectangle2D plotArea() {
        return (Rectangle2D) plotArea.clone();
    }

    /** Whether the pixel (px, py) lies in the plot area. */
    public boolean contains(double px, double py) {
        return plotArea.contains(px, py);
    }

    /** The pixel position of the data point (x, y). */
    public Point2D toPixel(double dataX, double dataY) {
        return new Point2D.Double(x.toPixel(dataX), y.toPixel(dataY));
    }

    /** The data point at pixel (px, py). */
    public Point2D toData(double px, double py) {
        return new Point2D.Double(x.toData(px), y.toData(py));
    }
}
