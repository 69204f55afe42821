package org.activationlab.ui;

import java.awt.AlphaComposite;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import org.activationlab.plot.Figure;
import org.activationlab.plot.FigureLayout;
import org.activationlab.plot.FigureRenderer;
import org.activationlab.plot.GlyphOutlineGraphics2D;
import org.activationlab.plot.RenderOptions;

/**
 * A reused Java2D image that a figure is drawn into by {@link FigureRenderer}, exactly as the PNG
 * export draws it, at a size in layout units times an output scale (device pixels per unit, for
 * HiDPI screens). Its pixels are premultiplied ARGB ints, the layout JavaFX's
 * {@code PixelFormat.getIntArgbPreInstance()} reads. Not thread-safe: one thread at a time.
 */
final class FigureRaster {
    private BufferedImage image;

    /**
     * Draws {@code figure} filling {@code width} x {@code height} layout units at {@code scaleX} x
     * {@code scaleY} device pixels per unit, on a transparent image of
     * {@code ceil(width * scaleX)} x {@code ceil(height * scaleY)} pixels (reused when the size stays).
     *
     * @return where the panels landed, in layout units
     */
    FigureLayout draw(Figure figure, double width, double height, double scaleX, double scaleY, RenderOptions options) {
        int w = (int) Math.ceil(width * scaleX);
        int h = (int) Math.ceil(height * scaleY);
        if (image == null || image.getWidth() != w || image.getHeight() != h) {
            image = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB_PRE);
        }
        Graphics2D g = image.createGraphics();
        try {
            g.setComposite(AlphaComposite.Clear);
            g.fillRect(0, 0, w, h);
            g.setComposite(AlphaComposite.SrcOver);
            g.setRenderingHint(GlyphOutlineGraphics2D.RASTER_TARGET, Boolean.TRUE);
            g.scale(scaleX, scaleY);
            return FigureRenderer.render(figure, g, width, height, options);
        } finally {
            g.dispose();
        }
    }

    /** The width of the last drawing in device pixels. */
    int pixelWidth() {
        return image.getWidth();
    }

    /** The height of the last drawing in device pixels. */
    int pixelHeight() {
        return image.getHeight();
    }

    /** The last drawing's pixels, row by row, premultiplied ARGB; the live array, not a copy. */
    int[] pixels() {
        return ((DataBufferInt) image.getRaster().getDataBuffer()).getData();
    }
}
