package org.activationlab.plot;

import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.font.FontRenderContext;
import java.awt.font.GlyphVector;
import java.awt.font.TextLayout;
import java.text.AttributedCharacterIterator;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Turns every text-drawing call into filled glyph outlines on the target, so the text looks the
 * same on every Graphics2D and needs no font where the result is viewed (self-contained SVG and
 * PDF, JLaTeXMath's bundled fonts on a JavaFX canvas). Outlines are laid out with AWT's fonts
 * and a fixed antialiased, fractional-metrics context, like the renderer's measurements. On a
 * target that draws into an image ({@link #RASTER_TARGET}) the filled outlines are kept and
 * stamped again when the same text comes back at the same place ({@link Stamps}).
 */
public final class GlyphOutlineGraphics2D extends DelegatingGraphics2D {
    /** The context every outline is laid out in. */
    static final FontRenderContext LAYOUT_CONTEXT = new FontRenderContext(null, true, true);
    /**
     * Rendering hint to set to {@link Boolean#TRUE} on a Graphics2D whose device space is the
     * pixels of a BufferedImage (never on SVG or PDF targets): text outlines are then drawn from
     * kept images, the same pixels within rounding, much faster when figures are redrawn.
     */
    public static final java.awt.RenderingHints.Key RASTER_TARGET = Stamps.RASTER_TARGET;
    /**
     * How many text outlines are kept: a figure redrawn frame after frame draws the same tick
     * labels and legend entries, so their stamps are found without laying the text out again.
     */
    private static final int OUTLINES_KEPT = 1024;
    private static final Map<StampedText, Outline> OUTLINES = new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<StampedText, Outline> eldest) {
            return size() > OUTLINES_KEPT;
        }
    };

    public GlyphOutlineGraphics2D(Graphics2D target) {
        super(target);
    }

    @Override
    protected Graphics2D wrap(Graphics2D copy) {
        return new GlyphOutlineGraphics2D(copy);
    }

    @Override
    public void drawString(String str, int x, int y) {
        drawString(str, (float) x, (float) y);
    }

    @Override
    public void drawString(String str, float x, float y) {
        if (str.isEmpty()) {
            return;
        }
        Font font = target.getFont();
        StampedText what = new StampedText(str, font);
        Outline outline = outlineAtOrigin(what);
        if (!Stamps.draw(target, what, x, y, outline.bounds(), g -> g.fill(outline.shape()))) {
            target.fill(glyphs(str, font).getOutline(x, y));
        }
    }

    private static GlyphVector glyphs(String str, Font font) {
        char[] chars = str.toCharArray();
        return font.layoutGlyphVector(LAYOUT_CONTEXT, chars, 0, chars.length, Font.LAYOUT_LEFT_TO_RIGHT);
    }

    /** The outline of a text with its origin at (0, 0), laid out once while it stays among the {@value #OUTLINES_KEPT} last used. */
    private static Outline outlineAtOrigin(StampedText what) {
        synchronized (OUTLINES) {
            Outline kept = OUTLINES.get(what);
            if (kept != null) {
                return kept;
            }
        }
        java.awt.Shape shape = glyphs(what.text(), what.font()).getOutline(0, 0);
        Outline made = new Outline(shape, shape.getBounds2D());
        synchronized (OUTLINES) {
            OUTLINES.put(what, made);
        }
        return made;
    }

    @Override
    public void drawString(AttributedCharacterIterator iterator, int x, int y) {
        drawString(iterator, (float) x, (float) y);
    }

    @Override
    public void drawString(AttributedCharacterIterator iterator, float x, float y) {
        if (iterator.getEndIndex() > iterator.getBeginIndex()) {
            TextLayout layout = new TextLayout(iterator, LAYOUT_CONTEXT);
            target.fill(layout.getOutline(java.awt.geom.AffineTransform.getTranslateInstance(x, y)));
        }
    }

    @Override
    public void drawChars(char[] data, int offset, int length, int x, int y) {
        drawString(new String(data, offset, length), (float) x, (float) y);
    }

    @Override
    public void drawGlyphVector(GlyphVector g, float x, float y) {
        target.fill(g.getOutline(x, y));
    }

    /** A text in a font, as a stamp shows it (in the current colour). */
    private record StampedText(String text, java.awt.Font font) {
    }

    /** A text's filled outline at the origin and its bounds; neither is changed after it is made. */
    private record Outline(java.awt.Shape shape, java.awt.geom.Rectangle2D bounds) {
    }
}
