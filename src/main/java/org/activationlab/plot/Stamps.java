package org.activationlab.plot;

import java.awt.AlphaComposite;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Small drawings (text outlines, data markers) kept as images, for targets that draw into a
 * BufferedImage: a figure redrawn frame after frame mostly repeats its labels and points at the
 * same places, and stamping an image is far cheaper than rasterising shapes again. A stamp is
 * keyed by what it shows, the colour, scale, rendering hints and the position's fraction of a
 * device pixel, and rasterised at that fraction, so it covers exactly the pixels the shapes
 * would, with the same coverage; only the compositing rounds once more (by about 1/255). Used
 * only where the target says it draws into an image ({@link #RASTER_TARGET}) with a plain colour,
 * source-over compositing and a transform that only scales, moves and turns by quarter turns (text
 * along a y axis); otherwise the caller draws as usual.
 * Thread-safe.
 */
final class Stamps {
    /** Rendering hint: {@link Boolean#TRUE} on a Graphics2D whose device space is the pixels of a BufferedImage. */
    static final RenderingHints.Key RASTER_TARGET = new RenderingHints.Key(0x4C41) {
        @Override
        public boolean isCompatibleValue(Object value) {
            return value instanceof Boolean;
        }

        @Override
        public String toString() {
            return "draws into an image";
        }
    };
    /**
     * The most pixels kept in stamps (16 MB); the least recently used go first. Bounded by pixels,
     * not by count: live training draws ever new numbers, and 8192 stamps of about 10 KB each filled
     * 85 MB, most of a small heap.
     */
    static final long MAX_PIXELS = 4L << 20;
    /** Transparent pixels of margin around each stamp. */
    private static final int MARGIN = 1;
    private static final Map<Key, Stamp> STAMPS = new LinkedHashMap<>(256, 0.75f, true);
    /** The pixels of the stamps in {@link #STAMPS}. */
    private static long pixels;

    /** What makes two stamps the same; {@code what} must have value equality and say everything else drawn. */
    private record Key(Object what, int argb, double m00, double m10, double m01, double m11, double fractionX,
                       double fractionY, RenderingHints hints) {
    }

    /** A stamp and where its top-left pixel goes relative to the whole device pixel of the drawing's origin. */
    private record Stamp(BufferedImage image, int left, int top) {
        long pixels() {
            return image == null ? 0 : (long) image.getWidth() * image.getHeight();
        }
    }

    private Stamps() {
    }

    /**
     * Draws {@code what} with its origin at (x, y) of {@code g} from a stamp, if {@code g} allows it.
     *
     * @param what a value describing the drawing completely apart from position, scale and the current colour
     * @param bounds where the drawing can ink, relative to its origin, in user units
     * @param paint draws it with its origin at (0, 0), in the current colour unless {@code what} names others
     * @return false if {@code g} does not draw into an image as required; then nothing was drawn
     */
    static boolean draw(Graphics2D g, Object what, double x, double y, Rectangle2D bounds, Consumer<Graphics2D> paint) {
        AffineTransform t = g.getTransform();
        if (!Boolean.TRUE.equals(g.getRenderingHint(RASTER_TARGET)) || !(g.getPaint() instanceof Color colour)
                || !AlphaComposite.SrcOver.equals(g.getComposite())
                || (t.getType() & ~(AffineTransform.TYPE_TRANSLATION | AffineTransform.TYPE_MASK_SCALE
                | AffineTransform.TYPE_QUADRANT_ROTATION)) != 0) {
            return false;
        }
        double deviceX = t.getScaleX() * x + t.getShearX() * y + t.getTranslateX();
        double deviceY = t.getShearY() * x + t.getScaleY() * y + t.getTranslateY();
        double wholeX = Math.floor(deviceX);
        double wholeY = Math.floor(deviceY);
        Key key = new Key(what, colour.getRGB(), t.getScaleX(), t.getShearY(), t.getShearX(), t.getScaleY(),
                deviceX - wholeX, deviceY - wholeY,
                g.getRenderingHints());
        Stamp stamp;
        synchronized (STAMPS) {
            stamp = STAMPS.get(key);
        }
        if (stamp == null) {
            stamp = rasterise(key, bounds, paint);
            keep(key, stamp);
        }
        if (stamp.image() != null) {
            g.setTransform(new AffineTransform());
            try {
                g.drawImage(stamp.image(), (int) wholeX + stamp.left(), (int) wholeY + stamp.top(), null);
            } finally {
                g.setTransform(t);
            }
        }
        return true;
    }

    /** Adds {@code stamp} to the cache, dropping the least recently used stamps beyond {@link #MAX_PIXELS}. */
    private static void keep(Key key, Stamp stamp) {
        synchronized (STAMPS) {
            Stamp old = STAMPS.put(key, stamp);
            pixels += stamp.pixels() - (old == null ? 0 : old.pixels());
            Iterator<Stamp> eldest = STAMPS.values().iterator();
            while (pixels > MAX_PIXELS && eldest.hasNext()) {
                pixels -= eldest.next().pixels();
                eldest.remove();
            }
        }
    }

    /** The pixels held by the cache now. */
    static long cachedPixels() {
        synchronized (STAMPS) {
            return pixels;
        }
    }

    /** The drawing at the key's scale and fraction of a pixel in a fresh image (none when it inks nothing). */
    private static Stamp rasterise(Key key, Rectangle2D bounds, Consumer<Graphics2D> paint) {
        if (bounds.isEmpty()) {
            return new Stamp(null, 0, 0);
        }
        AffineTransform place = new AffineTransform(key.m00(), key.m10(), key.m01(), key.m11(), key.fractionX(),
                key.fractionY());
        Rectangle2D device = place.createTransformedShape(bounds).getBounds2D();
        int left = (int) Math.floor(device.getMinX()) - MARGIN;
        int top = (int) Math.floor(device.getMinY()) - MARGIN;
        int width = (int) Math.ceil(device.getMaxX()) + MARGIN - left;
        int height = (int) Math.ceil(device.getMaxY()) + MARGIN - top;
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB_PRE);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHints(key.hints());
            g.setColor(new Color(key.argb(), true));
            g.translate(-left, -top);
            g.transform(place);
            paint.accept(g);
        } finally {
            g.dispose();
        }
        return new Stamp(image, left, top);
    }
}
