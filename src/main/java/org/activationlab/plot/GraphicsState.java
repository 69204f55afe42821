package org.activationlab.plot;

import java.awt.Composite;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.Paint;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.Stroke;
import java.awt.geom.AffineTransform;

/**
 * The drawing state of a Graphics2D, saved to be put back later. The renderer uses it instead of
 * {@code create()}/{@code dispose()}, so that the state is saved and put back the same way on
 * every target, whatever a Graphics2D implementation's copies share.
 */
final class GraphicsState {
    private final AffineTransform transform;
    private final Shape clip;
    private final Paint paint;
    private final Stroke stroke;
    private final Font font;
    private final Composite composite;
    private final RenderingHints hints;

    private GraphicsState(Graphics2D g) {
        this.transform = g.getTransform();
        this.clip = g.getClip();
        this.paint = g.getPaint();
        this.stroke = g.getStroke();
        this.font = g.getFont();
        this.composite = g.getComposite();
        this.hints = (RenderingHints) g.getRenderingHints().clone();
    }

    /** The current state of {@code g}. */
    static GraphicsState save(Graphics2D g) {
        return new GraphicsState(g);
    }

    /** Puts {@code g} back into this state (transform first, so the clip is read in the right space). */
    void restore(Graphics2D g) {
        g.setTransform(transform);
        g.setClip(clip);
        g.setPaint(paint);
        g.setStroke(stroke);
        if (font != null) {
            g.setFont(font);
        }
        g.setComposite(composite);
        g.setRenderingHints(hints);
    }
}
