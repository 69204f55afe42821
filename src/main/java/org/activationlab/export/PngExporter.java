package org.activationlab.export;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import org.activationlab.plot.Figure;
import org.activationlab.plot.FigureRenderer;
import org.activationlab.plot.GlyphOutlineGraphics2D;
import org.activationlab.plot.RenderOptions;

/** Rasterises figures into BufferedImages and PNG files. */
public final class PngExporter {
    /** The largest image written, in pixels: 100 megapixels (400 MB of memory while drawing). */
    public static final long MAX_PIXELS = 100_000_000L;

    private PngExporter() {
    }

    /**
     * The figure drawn at {@code width} x {@code height} units and {@code pixelScale} pixels per
     * unit (2 for a 2x image): the image is round(width * pixelScale) x round(height * pixelScale).
     * Opaque RGB unless the options ask for a transparent background.
     *
     * @throws ExportException if the image would be empty or larger than {@link #MAX_PIXELS}
     */
    public static BufferedImage render(Figure figure, int width, int height, double pixelScale, RenderOptions options)
            throws ExportException {
        int pw = (int) Math.round(width * pixelScale);
        int ph = (int) Math.round(height * pixelScale);
        if (!(pixelScale > 0) || pw < 1 || ph < 1 || (long) pw * ph > MAX_PIXELS) {
            throw new ExportException(ExportTexts.format("export.png.tooLarge", width, height, pixelScale, pw, ph,
                    MAX_PIXELS / 1_000_000));
        }
        BufferedImage image = new BufferedImage(pw, ph,
                options.transparentBackground() ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(GlyphOutlineGraphics2D.RASTER_TARGET, Boolean.TRUE);
            g.scale(pw / (double) width, ph / (double) height);
            FigureRenderer.render(figure, g, width, height, options);
        } finally {
            g.dispose();
        }
        return image;
    }

    /** Writes the figure as a PNG file, atomically. */
    public static void write(Figure figure, Path file, int width, int height, double pixelScale, RenderOptions options)
            throws ExportException {
        BufferedImage image = render(figure, width, height, pixelScale, options);
        AtomicFiles.write(file, out -> PngEncoding.write(image, out));
    }
}
