package org.activationlab.plot;

/**
 * The map between data values on one axis and pixel positions, as laid out by the renderer.
 * For a y axis {@code pixelAtMin} is below {@code pixelAtMax} (larger), as pixels grow down.
 *
 * @param min the data value at {@code pixelAtMin}
 * @param max the data value at {@code pixelAtMax}
 * @param scale linear or log
 * @param pixelAtMin the pixel position of {@code min}
 * @param pixelAtMax the pixel position of {@code max}
 */
public record AxisMapping(double min, double max, Scale scale, double pixelAtMin, double pixelAtMax) {

    /** The pixel position of data value {@code v}; NaN for v <= 0 on a log axis. */
    public double toPixel(double v) {
        double t = scale == Scale.LOG
                ? (v > 0 ? (Math.log10(v) - Math.log10(min)) / (Math.log10(max) - Math.log10(min)) : Double.NaN)
                : (v - min) / (max - min);
        return pixelAtMin + t * (pixelAtMax - pixelAtMin);
    }

    /** The data value at pixel position {@code p} (extrapolated outside the axis). */
    public double toData(double p) {
        double t = (p - pixelAtMin) / (pixelAtMax - pixelAtMin);
        return scale == Scale.LOG
                ? Math.pow(10, Math.log10(min) + t * (Math.log10(max) - Math.log10(min)))
                : min + t * (max - min);
    }

    /** The length of the axis in pixels. */
    public double pixelLength() {
        return Math.abs(pixelAtMax - pixelAtMin);
    }
}
