package org.activationlab.bench;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Image;
import java.awt.Shape;
import java.awt.font.GlyphVector;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.awt.image.ImageObserver;
import org.activationlab.plot.DelegatingGraphics2D;

/**
 * A Graphics2D that keeps state (on a 1 x 1 image) but rasterises nothing and counts the draw
 * calls: measures the renderer's own work, as a canvas's command buffer would see it.
 */
final class NullGraphics2D extends DelegatingGraphics2D {
    private final long[] calls;

    NullGraphics2D() {
        this(new BufferedImage(1, 1, BufferedImage.TYPE_INT_ARGB).createGraphics(), new long[1]);
    }

    private NullGraphics2D(Graphics2D state, long[] calls) {
        super(state);
        this.calls = calls;
    }

    @Override
    protected Graphics2D wrap(Graphics2D copy) {
        return new NullGraphics2D(copy, calls);
    }

    /** Draw calls received so far. */
    long calls() {
        return calls[0];
    }

    @Override
    public void draw(Shape s) {
        s.getBounds2D();
        calls[0]++;
    }

    @Override
    public void fill(Shape s) {
        s.getBounds2D();
        calls[0]++;
    }

    @Override
    public void drawString(String str, float x, float y) {
        calls[0]++;
    }

    @Override
    public void drawGlyphVector(GlyphVector g, float x, float y) {
        calls[0]++;
    }

    @Override
    public boolean drawImage(Image img, AffineTransform xform, ImageObserver obs) {
        calls[0]++;
        return true;
    }

    @Override
    public void fillRect(int x, int y, int width, int height) {
        calls[0]++;
    }

    @Override
    public void clearRect(int x, int y, int width, int height) {
        calls[0]++;
    }

    @Override
    public void setBackground(Color color) {
        target.setBackground(color);
    }
}
